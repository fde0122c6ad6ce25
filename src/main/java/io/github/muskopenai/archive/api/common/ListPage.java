package io.github.muskopenai.archive.api.common;

import java.util.List;

import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestResponse;

import io.github.muskopenai.archive.domain.query.Page;

/**
 * The body of every list: one page of items, the total of the whole list, the page size, and
 * the cursor of the next page (null on the last). The same figures go in the {@code X-Total-Count}
 * and {@code Link: <…>; rel="next"} headers.
 */
public record ListPage<T>(
        List<T> items,
        @Schema(description = "How many records match the filters, across all pages.", examples = "22") long total,
        @Schema(description = "The page size used.", examples = "50") int limit,
        @Schema(description = "Pass as cursor= to get the next page; null on the last page.", nullable = true)
        String nextCursor) {

    public static final String TOTAL_HEADER = "X-Total-Count";

    public static <T> RestResponse<ListPage<T>> ok(Page<T> page, UriInfo uri) {
        RestResponse.ResponseBuilder<ListPage<T>> response = RestResponse.ResponseBuilder
                .ok(new ListPage<>(page.items(), page.total(), page.limit(), page.nextCursor()))
                .header(TOTAL_HEADER, page.total());
        if (page.nextCursor() != null) {
            String next = uri.getRequestUriBuilder().replaceQueryParam("cursor", page.nextCursor()).build().toString();
            response.header("Link", "<" + next + ">; rel=\"next\"");
        }
        return response.build();
    }
}
