package io.github.muskopenai.archive.load;

/** When the configured documents are (re)loaded at startup. */
public enum LoadMode {
    /** Load when the documents' sha256 (or the parser version) differ from what is loaded. */
    IF_CHANGED,
    /** Rebuild the corpus at every start. */
    ALWAYS,
    /** Serve whatever the database holds. */
    NEVER
}
