package io.github.muskopenai.archive.api.common;

import java.util.Map;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.github.muskopenai.archive.domain.query.PageRequest;
import io.github.muskopenai.archive.domain.query.SortSpec;

/** The paging parameters every list takes, as a {@code @BeanParam} inside each list's query. */
public class PageParams {

    @QueryParam("limit")
    @Parameter(description = "Page size, 1–500 (default 50).", example = "10",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "50"))
    String limit;

    @QueryParam("cursor")
    @Parameter(description = "The nextCursor of the previous page (only valid with the same filters and sort).",
            example = "WyJjMSIsImI3YjcxMWNhNzJjMyIsImVsb24gbXVzayIsImVsb24tbXVzayJd")
    String cursor;

    /** The page asked for, in {@code sort} (one of {@code sorts}; null for the default). */
    public PageRequest page(QueryParams params, String sort, Map<String, SortSpec> sorts) {
        return params.page(limit, sort, sorts, cursor);
    }
}
