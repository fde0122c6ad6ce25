package io.github.muskopenai.archive.ingest;

/** One line of a document, without its line terminator, and its 1-based number. */
record Line(int number, String text) {

    boolean isBlank() {
        return text.isBlank();
    }
}
