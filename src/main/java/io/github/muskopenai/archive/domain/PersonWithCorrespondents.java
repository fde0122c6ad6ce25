package io.github.muskopenai.archive.domain;

/**
 * A person and everyone they exchanged messages with, busiest first. The correspondents are the
 * UTF-8 bytes of the JSON array the loader derives into the person's row (migration V7), already
 * in the shape the API serves: written to the answer as they are, never parsed or decoded per
 * request. The array is the caller's to read, not to change.
 */
public record PersonWithCorrespondents(Person person, byte[] correspondentsJson) {
}
