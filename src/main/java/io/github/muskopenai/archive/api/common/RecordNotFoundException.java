package io.github.muskopenai.archive.api.common;

/** A request for an id that names no record; becomes a 404 problem. */
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String kind, String id) {
        super("no " + kind + " has the id \"" + id + "\"");
    }
}
