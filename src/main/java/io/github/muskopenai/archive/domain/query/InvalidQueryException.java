package io.github.muskopenai.archive.domain.query;

import java.util.List;

/** A request whose parameters cannot be answered; becomes a 400 problem naming each parameter. */
public class InvalidQueryException extends RuntimeException {

    private final transient List<QueryProblem> problems;

    public InvalidQueryException(List<QueryProblem> problems) {
        super(problems.isEmpty() ? "invalid query" : problems.get(0).parameter() + ": " + problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public InvalidQueryException(String parameter, String message) {
        this(List.of(new QueryProblem(parameter, message)));
    }

    public List<QueryProblem> problems() {
        return problems;
    }
}
