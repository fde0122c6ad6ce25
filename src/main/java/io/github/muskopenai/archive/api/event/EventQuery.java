package io.github.muskopenai.archive.api.event;

import java.util.List;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.github.muskopenai.archive.api.common.PageParams;
import io.github.muskopenai.archive.api.common.QueryParams;
import io.github.muskopenai.archive.domain.EventRepository;
import io.github.muskopenai.archive.domain.query.EventFilter;
import io.github.muskopenai.archive.domain.query.PageRequest;
import io.github.muskopenai.archive.domain.query.SortSpec;

/** The query parameters of {@code GET /api/events}. */
public class EventQuery {

    @QueryParam("kind")
    @Parameter(description = "timeline or narrative. Repeat to OR values.", example = "timeline")
    List<String> kind;

    @QueryParam("after")
    @Parameter(description = "The event's interval ends on or after this date (inclusive).", example = "2017-09-01")
    String after;

    @QueryParam("before")
    @Parameter(description = "The event's interval starts before this date (exclusive).", example = "2017-10-01")
    String before;

    @QueryParam("person")
    @Parameter(description = "Events whose messages involve this person (sender, To or Cc): id, name or alias."
            + " Repeat to OR values.", example = "shivon")
    List<String> person;

    @QueryParam("q")
    @Parameter(description = "Full-text search over title and text, PostgreSQL websearch syntax.", example = "equity")
    String q;

    @QueryParam("sort")
    @Parameter(description = "start (chronological, default), -start, or position (page order); ties broken by page"
            + " position, then id.", example = "start")
    String sort;

    @BeanParam
    PageParams paging;

    @QueryParam("format")
    @Parameter(description = "csv or json: the same as Accept: text/csv or application/json. CSV holds every matching"
            + " row (limit and cursor do not apply).", example = "csv")
    String format;

    EventFilter filter(QueryParams params) {
        EventFilter filter = new EventFilter(params.choices("kind", kind, List.of("timeline", "narrative")),
                params.date("after", after), params.date("before", before), params.list("person", person),
                params.text("q", q));
        params.window(filter.after(), filter.before());
        return filter;
    }

    SortSpec sort(QueryParams params) {
        return params.sort(sort, EventRepository.SORTS);
    }

    PageRequest page(QueryParams params) {
        return paging.page(params, sort, EventRepository.SORTS);
    }
}
