package io.github.muskopenai.archive.api.message;

import java.util.List;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.github.muskopenai.archive.api.common.PageParams;
import io.github.muskopenai.archive.api.common.QueryParams;
import io.github.muskopenai.archive.domain.MessageRepository;
import io.github.muskopenai.archive.domain.query.MessageFilter;
import io.github.muskopenai.archive.domain.query.PageRequest;
import io.github.muskopenai.archive.domain.query.SortSpec;

/** The query parameters of {@code GET /api/messages}. */
public class MessageQuery {

    static final String PERSON = " A person's id, name or alias, case-insensitive (elon = Elon Musk = elon-musk)."
            + " Repeat to OR values.";

    @QueryParam("from")
    @Parameter(description = "Sender." + PERSON, example = "elon")
    List<String> from;

    @QueryParam("to")
    @Parameter(description = "A To recipient." + PERSON, example = "sam-altman")
    List<String> to;

    @QueryParam("cc")
    @Parameter(description = "A Cc recipient." + PERSON, example = "Shivon Zilis")
    List<String> cc;

    @QueryParam("participant")
    @Parameter(description = "Sender, To or Cc." + PERSON, example = "gdb")
    List<String> participant;

    @QueryParam("thread")
    @Parameter(description = "Thread id. Repeat to OR values.", example = "honest-thoughts")
    List<String> thread;

    @QueryParam("after")
    @Parameter(description = "Sent on or after (inclusive): a date (midnight) or a local date-time, no zone.",
            example = "2017-09-20")
    String after;

    @QueryParam("before")
    @Parameter(description = "Sent before (exclusive): a date (midnight) or a local date-time, no zone.",
            example = "2017-09-21")
    String before;

    @QueryParam("quoted")
    @Parameter(description = "true: only messages known only as quoted replies; false: only messages with a header of their own.",
            example = "true", schema = @Schema(type = SchemaType.BOOLEAN))
    String quoted;

    @QueryParam("redacted")
    @Parameter(description = "true: only messages with redactions (█ runs, <redacted> in the body, or a wholly redacted recipient).",
            example = "true", schema = @Schema(type = SchemaType.BOOLEAN))
    String redacted;

    @QueryParam("q")
    @Parameter(description = "Full-text search over subject and body, PostgreSQL websearch syntax: words, \"quoted phrases\","
            + " -exclusions, or.", example = "\"majority equity\" OR ceo")
    String q;

    @QueryParam("sort")
    @Parameter(description = "sentAt (oldest first, default) or -sentAt (newest first); ties broken by id.", example = "-sentAt")
    String sort;

    @BeanParam
    PageParams paging;

    @QueryParam("format")
    @Parameter(description = "csv or json: the same as Accept: text/csv or application/json. CSV holds every matching"
            + " row (limit and cursor do not apply).", example = "csv")
    String format;

    MessageFilter filter(QueryParams params) {
        MessageFilter filter = new MessageFilter(params.list("from", from), params.list("to", to), params.list("cc", cc),
                params.list("participant", participant), params.list("thread", thread), params.dateTime("after", after),
                params.dateTime("before", before), params.bool("quoted", quoted), params.bool("redacted", redacted),
                params.text("q", q));
        params.window(filter.after(), filter.before());
        return filter;
    }

    SortSpec sort(QueryParams params) {
        return params.sort(sort, MessageRepository.SORTS);
    }

    PageRequest page(QueryParams params) {
        return paging.page(params, sort, MessageRepository.SORTS);
    }
}
