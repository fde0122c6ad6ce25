package io.github.muskopenai.archive.domain;

/**
 * What a one-statement read returned, with the corpus state (version and load time) it was read
 * in: the statement reads both, so they come from the same snapshot without a transaction.
 */
public record Stamped<T>(T value, String corpusState) {
}
