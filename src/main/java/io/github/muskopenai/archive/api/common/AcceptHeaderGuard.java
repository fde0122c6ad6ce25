package io.github.muskopenai.archive.api.common;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * An Accept header that is not a list of media types can be satisfied by nothing: answer 406
 * (a problem), not the framework's bare 400.
 */
@Provider
@PreMatching
public class AcceptHeaderGuard implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (accept == null || accept.isBlank()) {
            return;
        }
        for (String range : accept.split(",")) {
            try {
                MediaType.valueOf(range.strip());
            } catch (IllegalArgumentException e) {
                throw new NotAcceptableException("unreadable Accept header");
            }
        }
    }
}
