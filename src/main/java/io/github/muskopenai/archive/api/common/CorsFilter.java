package io.github.muskopenai.archive.api.common;

import java.util.List;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * CORS for the read-only API: browser apps on the allowed origins (all, by default) may GET and
 * read the paging and caching headers. Done here rather than by the HTTP layer so that a
 * cross-origin write still reaches the API and gets its 405 problem instead of a bare 403.
 */
@Provider
@PreMatching
public class CorsFilter implements ContainerRequestFilter, ContainerResponseFilter {

    static final String ALLOWED_METHODS = "GET, HEAD, OPTIONS";
    static final String EXPOSED_HEADERS = "Link, ETag, X-Total-Count, Content-Disposition";
    private static final String ORIGIN = "Origin";

    /** Resolved per request: providers are built before the runtime configuration is available. */
    @Inject
    Instance<CorsConfig> config;

    /** Answers preflight requests; everything else goes on to the API. */
    @Override
    public void filter(ContainerRequestContext request) {
        String origin = request.getHeaderString(ORIGIN);
        String method = request.getHeaderString("Access-Control-Request-Method");
        if (!HttpMethod.OPTIONS.equals(request.getMethod()) || origin == null || method == null) {
            return;
        }
        Response.ResponseBuilder preflight = Response.noContent().header("Vary", "Origin, Access-Control-Request-Headers");
        if (allowed(origin)) {
            // A preflight for another method gets no Allow-Methods naming it: the browser stops there.
            preflight.header("Access-Control-Allow-Origin", origin)
                    .header("Access-Control-Allow-Methods", ALLOWED_METHODS)
                    .header("Access-Control-Max-Age", "86400");
            String headers = request.getHeaderString("Access-Control-Request-Headers");
            if (headers != null && !headers.isBlank()) {
                preflight.header("Access-Control-Allow-Headers", headers);
            }
        }
        request.abortWith(preflight.build());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String origin = request.getHeaderString(ORIGIN);
        if (origin != null && allowed(origin) && !response.getHeaders().containsKey("Access-Control-Allow-Origin")) {
            response.getHeaders().putSingle("Access-Control-Allow-Origin", origin);
            response.getHeaders().putSingle("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        }
    }

    private boolean allowed(String origin) {
        List<String> origins = config.get().origins();
        return origins.contains("*") || origins.contains(origin);
    }
}
