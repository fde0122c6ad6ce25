package io.github.muskopenai.archive.api.person;

import java.util.List;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.github.muskopenai.archive.api.common.QueryParams;
import io.github.muskopenai.archive.domain.PersonRepository;
import io.github.muskopenai.archive.domain.query.PageRequest;
import io.github.muskopenai.archive.domain.query.PersonFilter;

/** The query parameters of {@code GET /api/people}. */
public class PersonQuery {

    @QueryParam("role")
    @Parameter(description = "correspondent or mentioned. Repeat to OR values.", example = "correspondent")
    List<String> role;

    @QueryParam("q")
    @Parameter(description = "Part of a name, id or alias, case-insensitive.", example = "gdb")
    String q;

    @QueryParam("sort")
    @Parameter(description = "name (default), -name, messagesSent, -messagesSent, messagesReceived, -messagesReceived;"
            + " ties broken by id.", example = "-messagesSent")
    String sort;

    @QueryParam("limit")
    @Parameter(description = "Page size, 1–500 (default 50).", example = "10",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "50"))
    String limit;

    @QueryParam("cursor")
    @Parameter(description = "The nextCursor of the previous page (only valid with the same filters and sort).")
    String cursor;

    PersonFilter filter(QueryParams params) {
        return new PersonFilter(params.choices("role", role, List.of("correspondent", "mentioned")), params.text("q", q));
    }

    PageRequest page(QueryParams params) {
        return params.page(limit, sort, PersonRepository.SORTS, cursor);
    }
}
