package io.github.muskopenai.archive.api.common;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.github.muskopenai.archive.domain.ExportRepository;
import io.github.muskopenai.archive.domain.query.InvalidQueryException;
import io.vertx.core.http.HttpServerRequest;

/**
 * The one place where exceptions become HTTP errors, all as RFC 9457 problems. Clients never
 * see stack traces, class names or SQL: unexpected errors are logged here with method and path
 * and answered with a generic 500.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response invalidQuery(InvalidQueryException e, UriInfo uri) {
        List<Problem.ParameterError> errors = e.problems().stream()
                .map(p -> new Problem.ParameterError(p.parameter(), p.message())).toList();
        String detail = errors.stream().map(p -> p.parameter() + ": " + p.message()).collect(Collectors.joining("; "));
        return problem(400, "invalid-parameter", "Invalid request parameter", detail, uri, errors);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.ParameterError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.ParameterError(lastNode(v.getPropertyPath().toString()), v.getMessage())).toList();
        String detail = errors.stream().map(p -> p.parameter() + ": " + p.message()).collect(Collectors.joining("; "));
        return problem(400, "invalid-parameter", "Invalid request parameter", detail, uri, errors);
    }

    @ServerExceptionMapper
    public Response recordNotFound(RecordNotFoundException e, UriInfo uri) {
        return problem(404, "not-found", "Not found", e.getMessage(), uri, null);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return problem(404, "not-found", "Not found", "nothing is served at " + uri.getPath(), uri, null);
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, HttpServerRequest request, UriInfo uri) {
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allow == null || allow.isBlank()) {
            allow = "GET, HEAD, OPTIONS";
        }
        Response problem = problem(405, "method-not-allowed", "Method not allowed",
                request.method().name() + " is not supported here; this API is read-only (allowed: " + allow + ")", uri, null);
        return Response.fromResponse(problem).header(HttpHeaders.ALLOW, allow).build();
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, UriInfo uri) {
        return problem(406, "not-acceptable", "Not acceptable",
                "this resource is available as application/json (and, for lists of messages and events, text/csv)", uri, null);
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException e, UriInfo uri) {
        return problem(415, "unsupported-media-type", "Unsupported media type", "this API takes no request bodies", uri, null);
    }

    @ServerExceptionMapper
    public Response corpusChanged(ExportRepository.CorpusChangedException e, UriInfo uri) {
        Response problem = problem(503, "corpus-reloaded", "Corpus reloaded",
                "the corpus was reloaded while this answer was prepared; ask again", uri, null);
        return Response.fromResponse(problem).header("Retry-After", "1").build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, null, uri);
        }
        String reason = e.getResponse().getStatusInfo().getReasonPhrase();
        return problem(status, "http-" + status, reason, reason, uri, null);
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, HttpServerRequest request, UriInfo uri) {
        if (DatabaseFailures.isUnavailable(e)) {
            LOG.warnf("%s %s: database unavailable: %s", request == null ? "" : request.method(), uri.getPath(), e);
            Response problem = problem(503, "service-unavailable", "Service unavailable",
                    "the database is not answering; try again in a few seconds", uri, null);
            return Response.fromResponse(problem).header("Retry-After", "5").build();
        }
        if (DatabaseFailures.isTimeout(e)) {
            LOG.warnf("%s %s: statement timeout: %s", request == null ? "" : request.method(), uri.getPath(), e);
            return problem(503, "query-timeout", "Query took too long",
                    "the query took longer than this API allows; narrow the filters", uri, null);
        }
        LOG.errorf(e, "%s %s failed", request == null ? "" : request.method(), uri.getPath());
        return problem(500, "internal-error", "Internal error", "the request failed on the server; it has been logged",
                uri, null);
    }

    static Response problem(int status, String type, String title, String detail, UriInfo uri,
            List<Problem.ParameterError> errors) {
        Problem body = new Problem("/problems/" + type, title, status, detail, uri == null ? null : uri.getPath(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

}
