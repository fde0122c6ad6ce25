package io.github.muskopenai.archive.api.thread;

import java.util.List;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.github.muskopenai.archive.api.common.PageParams;
import io.github.muskopenai.archive.api.common.QueryParams;
import io.github.muskopenai.archive.domain.ThreadRepository;
import io.github.muskopenai.archive.domain.query.PageRequest;
import io.github.muskopenai.archive.domain.query.ThreadFilter;

/** The query parameters of {@code GET /api/threads}. */
public class ThreadQuery {

    @QueryParam("participant")
    @Parameter(description = "A sender or recipient in the thread: id, name or alias, case-insensitive. Repeat to OR values.",
            example = "shivon")
    List<String> participant;

    @QueryParam("q")
    @Parameter(description = "Part of the subject, case-insensitive.", example = "openai")
    String q;

    @QueryParam("after")
    @Parameter(description = "Has a message sent on or after (inclusive): a date or local date-time.", example = "2017-01-01")
    String after;

    @QueryParam("before")
    @Parameter(description = "Has a message sent before (exclusive): a date or local date-time.", example = "2018-01-01")
    String before;

    @QueryParam("sort")
    @Parameter(description = "position (order of the corpus, default), firstSentAt, -firstSentAt, lastSentAt, -lastSentAt;"
            + " ties broken by id.", example = "firstSentAt")
    String sort;

    @BeanParam
    PageParams paging;

    ThreadFilter filter(QueryParams params) {
        ThreadFilter filter = new ThreadFilter(params.list("participant", participant), params.text("q", q),
                params.dateTime("after", after), params.dateTime("before", before));
        params.window(filter.after(), filter.before());
        return filter;
    }

    PageRequest page(QueryParams params) {
        return paging.page(params, sort, ThreadRepository.SORTS);
    }
}
