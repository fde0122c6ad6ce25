package io.github.muskopenai.archive.api.person;

import java.util.List;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.github.muskopenai.archive.api.common.PageParams;
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

    @BeanParam
    PageParams paging;

    PersonFilter filter(QueryParams params) {
        return new PersonFilter(params.choices("role", role, List.of("correspondent", "mentioned")), params.text("q", q));
    }

    PageRequest page(QueryParams params) {
        return paging.page(params, sort, PersonRepository.SORTS);
    }
}
