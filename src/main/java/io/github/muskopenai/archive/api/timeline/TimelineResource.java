package io.github.muskopenai.archive.api.timeline;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.github.muskopenai.archive.api.common.CorpusStateStamp;
import io.github.muskopenai.archive.api.common.QueryParams;
import io.github.muskopenai.archive.api.timeline.TimelineJsDto.DateDto;
import io.github.muskopenai.archive.api.timeline.TimelineJsDto.SlideDto;
import io.github.muskopenai.archive.api.timeline.TimelineJsDto.TextDto;
import io.github.muskopenai.archive.domain.CorpusRepository;
import io.github.muskopenai.archive.domain.Event;
import io.github.muskopenai.archive.domain.EventRepository;
import io.github.muskopenai.archive.domain.SourceDocument;

/** The events in TimelineJS3 format. */
@Path("/api/timeline")
@Tag(name = "Timeline", description = "The events in TimelineJS3 JSON, ready for a timeline widget.")
@Transactional
@CorpusStateStamp
public class TimelineResource {

    @Inject
    EventRepository events;

    @Inject
    CorpusRepository corpus;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getTimeline", summary = "The events as TimelineJS3 JSON",
            description = "One slide per event in chronological order, grouped by kind; dates are split into year,"
                    + " month and day only as far as the source states them, and display_date is the date as written.")
    public TimelineJsDto get(@QueryParam("kind") @Parameter(description = "timeline or narrative. Repeat to OR values;"
            + " default both.", example = "timeline") List<String> kind) {
        QueryParams params = new QueryParams();
        List<String> kinds = params.choices("kind", kind, List.of("timeline", "narrative"));
        params.check();
        List<SlideDto> slides = events.chronological(kinds).stream().map(TimelineResource::slide).toList();
        return new TimelineJsDto(title(), slides);
    }

    private SlideDto title() {
        List<SourceDocument> documents = corpus.documents();
        SourceDocument first = documents.isEmpty() ? null : documents.get(0);
        String headline = first != null && first.sourceTitle != null ? first.sourceTitle : "Musk–OpenAI Archive";
        String text = first != null && first.sourceUrl != null
                ? "<p>Source: <a href=\"" + Html.escape(first.sourceUrl) + "\">" + Html.escape(first.sourceUrl) + "</a></p>"
                : "";
        return new SlideDto(null, null, null, new TextDto(Html.escape(headline), text), "title", null);
    }

    static SlideDto slide(Event e) {
        String text = Html.paragraphs(e.text) + "<p><small>" + Html.escape(e.source.document) + ", line "
                + e.source.firstLine + (e.source.lastLine != e.source.firstLine ? "–" + e.source.lastLine : "") + "</small></p>";
        return new SlideDto(start(e), end(e), e.dateText, new TextDto(Html.escape(e.title), text), e.id, e.kind);
    }

    /** As precise as the source: a day, a month (no day), a season or part of a year (its first month), a year. */
    static DateDto start(Event e) {
        return date(e.startDate, e.precision);
    }

    /** Only intervals that span several months get an end; a day or a single month is its start. */
    static DateDto end(Event e) {
        boolean span = switch (e.precision) {
            case "season", "part-of-year" -> true;
            default -> false;
        };
        return span ? date(e.endDate, "month") : null;
    }

    private static DateDto date(LocalDate date, String precision) {
        String year = Integer.toString(date.getYear());
        String month = Integer.toString(date.getMonthValue());
        return switch (precision) {
            case "day" -> new DateDto(year, month, Integer.toString(date.getDayOfMonth()));
            case "year" -> new DateDto(year, null, null);
            default -> new DateDto(year, month, null);
        };
    }
}
