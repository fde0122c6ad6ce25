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
import io.github.muskopenai.archive.ingest.Ids;
import io.quarkus.agroal.DataSource;

/**
 * HTTP caching for every GET of the API. The answer to a request depends only on the corpus
 * loaded and on the request, so the ETag is a hash of the corpus version, its load time, the
 * URI and the Accept header; {@code If-None-Match} with it answers 304 without running the query.
 * {@code Cache-Control: public, no-cache} lets caches keep answers but revalidate each use, so a
 * reload is seen at once; errors are {@code no-store}.
 * <p>
 * The version is read before the request's data, so the data is never older than its ETag says.
 */
@Provider
public class HttpCaching implements ContainerRequestFilter, ContainerResponseFilter {

    static final String CACHE_CONTROL = "public, no-cache";
    /** CORS echoes the request's Origin, so shared caches must keep answers apart per origin too. */
    static final String VARY = "Accept, Origin";
    private static final String ETAG_PROPERTY = HttpCaching.class.getName() + ".etag";

    @Inject
    @DataSource("reader")
    AgroalDataSource reader;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!isCacheable(request)) {
            return;
        }
        String state = corpusState();
        if (state == null) {
            return;
        }
        EntityTag tag = new EntityTag(Ids.hash(20, state, request.getMethod().equals(HttpMethod.HEAD) ? HttpMethod.GET
                : request.getMethod(), request.getUriInfo().getRequestUri().getRawPath(),
                request.getUriInfo().getRequestUri().getRawQuery(), request.getHeaderString(HttpHeaders.ACCEPT)));
        request.setProperty(ETAG_PROPERTY, tag);
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && matches(ifNoneMatch, tag)) {
            request.abortWith(Response.notModified(tag).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                    .header(HttpHeaders.VARY, VARY).build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() >= 400) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
            return;
        }
        Object tag = request.getProperty(ETAG_PROPERTY);
        if (tag != null && response.getStatus() == 200) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
            response.getHeaders().putSingle(HttpHeaders.VARY, VARY);
            if (isStar(request.getHeaderString(HttpHeaders.IF_NONE_MATCH))) {
                // "*" matches any current representation, so only now that one exists (RFC 9110 13.1.2).
                response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
                response.setEntity(null);
            }
        }
    }

    private static boolean isStar(String ifNoneMatch) {
        return ifNoneMatch != null && ifNoneMatch.strip().equals("*");
    }

    private static boolean isCacheable(ContainerRequestContext request) {
        String method = request.getMethod();
        return (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))
                && request.getUriInfo().getPath().startsWith("/api");
    }

    private static boolean matches(String ifNoneMatch, EntityTag tag) {
        String quoted = "\"" + tag.getValue() + "\"";
        return Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                .anyMatch(candidate -> candidate.equals(quoted) || candidate.equals("W/" + quoted));
    }

    /** Version and load time of the corpus served, or null when none is loaded (or the database is down). */
    private String corpusState() {
        try (Connection connection = reader.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select version || '@' || loaded_at from corpus_state")) {
            return rows.next() ? rows.getString(1) : null;
        } catch (SQLException e) {
            return null; // the request itself will meet the outage and answer 503
        }
    }
}
