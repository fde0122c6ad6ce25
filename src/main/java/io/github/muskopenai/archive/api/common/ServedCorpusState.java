package io.github.muskopenai.archive.api.common;

import jakarta.enterprise.context.RequestScoped;

/** The corpus state (version and load time) the current request's data comes from, or null. */
@RequestScoped
public class ServedCorpusState {

    private String state;

    public String get() {
        return state;
    }

    /** Records the state a one-statement read selected next to its data (see {@link CorpusStateStamp}). */
    public void set(String state) {
        this.state = state;
    }
}
