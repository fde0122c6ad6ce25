package io.github.muskopenai.archive.resilience;

/** What one corpus version holds, as the API should report it in every answer. */
record CorpusShape(String version, long documents, long messages, long events, long people) {

    /** The total of the list of {@code kind} (messages, events or people) in this version. */
    long total(String kind) {
        return switch (kind) {
            case "messages" -> messages;
            case "events" -> events;
            case "people" -> people;
            default -> throw new IllegalArgumentException(kind);
        };
    }
}
