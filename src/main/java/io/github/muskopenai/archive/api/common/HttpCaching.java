package io.github.muskopenai.archive.api.common;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import io.agroal.api.AgroalDataSource;
import io.github.muskopenai.archive.domain.CorpusRepository;
import io.github.muskopenai.archive.ingest.Ids;
import io.quarkus.agroal.DataSource;

/**
 * HTTP caching for every GET of the API. An answer depends only on the corpus loaded and on the
 * request, so its ETag is a hash of the corpus state its data came from (recorded in the
 * request's own snapshot by {@link CorpusStateStamper}, or by a one-statement read from its own
 * statement: see {@link CorpusStateStamp}), the URI and the Accept header.
 * {@code If-None-Match} is checked against the current state before anything runs, and answers
 * 304 when it names it. {@code Cache-Control: public, no-cache} lets caches keep answers but
 * revalidate each use, so a reload is seen at once; errors are {@code no-store}.
 */
@Provider
public class HttpCaching implements ContainerRequestFilter, ContainerResponseFilter {

    static final String CACHE_CONTROL = "public, no-cache";
    /** Answers differ by Accept (JSON or CSV), and CORS echoes the request's Origin. */
    static final String VARY = "Accept, Origin";

    @Inject
    @DataSource("reader")
    AgroalDataSource reader;

    @Inject
    ServedCorpusState served;

    @Override
    public void filter(ContainerRequestContext request) {
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch == null || isStar(ifNoneMatch) || !isCacheable(request)) {
            return;
        }
        String current = currentState();
        if (current != null && matches(ifNoneMatch, tag(current, request))) {
            request.abortWith(Response.notModified(tag(current, request)).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                    .header(HttpHeaders.VARY, VARY).build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() >= 400) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
            return;
        }
        String state = served.get();
        if (state == null || response.getStatus() != 200 || !isCacheable(request)) {
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.ETAG, tag(state, request));
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        response.getHeaders().putSingle(HttpHeaders.VARY, VARY);
        if (isStar(request.getHeaderString(HttpHeaders.IF_NONE_MATCH))) {
            // "*" matches any current representation, so only now that one exists (RFC 9110 13.1.2).
            response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
            response.setEntity(null);
        }
    }

    private static EntityTag tag(String state, ContainerRequestContext request) {
        String method = request.getMethod().equals(HttpMethod.HEAD) ? HttpMethod.GET : request.getMethod();
        return new EntityTag(Ids.hash(20, state, method, request.getUriInfo().getRequestUri().getRawPath(),
                request.getUriInfo().getRequestUri().getRawQuery(), request.getHeaderString(HttpHeaders.ACCEPT)));
    }

    private static boolean isCacheable(ContainerRequestContext request) {
        String method = request.getMethod();
        return (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))
                && request.getUriInfo().getPath().startsWith("/api");
    }

    private static boolean isStar(String ifNoneMatch) {
        return ifNoneMatch != null && ifNoneMatch.strip().equals("*");
    }

    private static boolean matches(String ifNoneMatch, EntityTag tag) {
        String quoted = "\"" + tag.getValue() + "\"";
        return Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                .anyMatch(candidate -> candidate.equals(quoted) || candidate.equals("W/" + quoted));
    }

    /** The state of the corpus served now, or null when none is loaded. An outage ends the request (503). */
    private String currentState() {
        try (Connection connection = reader.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select " + CorpusRepository.STATE_KEY)) {
            return rows.next() ? rows.getString(1) : null;
        } catch (SQLException e) {
            throw new DatabaseUnavailableException(e);
        }
    }
}
