package io.github.muskopenai.archive.synth;

/** A synthetic correspondent. Addresses are always written {@code <redacted>}, as in the source. */
record Person(String first, String last) {

    String name() {
        return first + " " + last;
    }

    /** "Kalo Virent &lt;redacted&gt;", as a From/To/Cc entry. */
    String address() {
        return name() + " <redacted>";
    }
}
