package io.github.muskopenai.archive.api.common;

import java.util.List;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

import io.github.muskopenai.archive.domain.query.InvalidQueryException;

/**
 * {@code format=csv} or {@code format=json} in the query string stands for the matching Accept
 * header, for clients (spreadsheets, links) that cannot set headers.
 */
@Provider
@PreMatching
public class FormatParameter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        List<String> format = request.getUriInfo().getQueryParameters().get("format");
        if (format == null || format.isEmpty()) {
            return;
        }
        String accept = switch (format.get(0).strip().toLowerCase()) {
            case "csv" -> CsvResponses.MEDIA_TYPE;
            case "json" -> MediaType.APPLICATION_JSON;
            default -> throw new InvalidQueryException("format", "must be csv or json");
        };
        request.getHeaders().putSingle(HttpHeaders.ACCEPT, accept);
    }
}
