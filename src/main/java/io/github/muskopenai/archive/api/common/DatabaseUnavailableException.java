package io.github.muskopenai.archive.api.common;

/** The database could not answer; becomes a 503 problem (see {@link ProblemMappers}). */
public class DatabaseUnavailableException extends RuntimeException {

    public DatabaseUnavailableException(Throwable cause) {
        super("database unavailable", cause);
    }
}
