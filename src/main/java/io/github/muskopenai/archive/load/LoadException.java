package io.github.muskopenai.archive.load;

/** A load that could not complete for a reason other than the documents' content (I/O, database). */
public class LoadException extends RuntimeException {

    public LoadException(String message, Throwable cause) {
        super(message, cause);
    }

    public LoadException(String message) {
        super(message);
    }
}
