package io.github.muskopenai.archive.ingest;

/** Whether a person wrote or received email in the corpus, or is only named by the narrative. */
public enum PersonRole {
    CORRESPONDENT, MENTIONED;

    /** The name used in the database and the API. */
    public String wireName() {
        return name().toLowerCase();
    }
}
