package io.github.muskopenai.archive.domain.query;

/** What is wrong with one request parameter. */
public record QueryProblem(String parameter, String message) {
}
