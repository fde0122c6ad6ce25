package io.github.muskopenai.archive.synth;

/** One entry of a To/Cc header: a person, or a wholly redacted recipient (person is null). */
record Address(Person person, String text) {

    static Address of(Person person) {
        return new Address(person, person.address());
    }

    static Address redacted(String text) {
        return new Address(null, text);
    }
}
