package io.github.muskopenai.archive.ingest;

/** A timeline item from the page's numbered list, or a dated statement of the narrative. */
public enum EventKind {
    TIMELINE, NARRATIVE;

    public String wireName() {
        return name().toLowerCase();
    }
}
