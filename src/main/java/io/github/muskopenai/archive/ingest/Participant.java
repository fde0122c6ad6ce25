package io.github.muskopenai.archive.ingest;

/**
 * A sender or recipient as a header states it: a known person, or a recipient the source
 * redacts wholly (kept with its text as written, e.g. {@code <redacted>}), which is not a person.
 */
public record Participant(String personId, String name, String redactedText) {

    public static Participant person(String personId, String name) {
        return new Participant(personId, name, null);
    }

    public static Participant redacted(String text) {
        return new Participant(null, null, text);
    }

    public boolean isRedacted() {
        return redactedText != null;
    }
}
