package io.github.muskopenai.archive.api.event;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.github.muskopenai.archive.api.common.CorpusStateStamp;
import io.github.muskopenai.archive.api.common.CsvResponses;
import io.github.muskopenai.archive.api.common.ListPage;
import io.github.muskopenai.archive.api.common.QueryParams;
import io.github.muskopenai.archive.api.common.RecordNotFoundException;
import io.github.muskopenai.archive.api.common.ServedCorpusState;
import io.github.muskopenai.archive.api.message.MessageViews;
import io.github.muskopenai.archive.domain.Event;
import io.github.muskopenai.archive.domain.EventPage;
import io.github.muskopenai.archive.domain.EventRepository;
import io.github.muskopenai.archive.domain.EventsWithImages;
import io.github.muskopenai.archive.domain.ExportRepository;
import io.github.muskopenai.archive.domain.Image;
import io.github.muskopenai.archive.domain.MessageRepository;
import io.github.muskopenai.archive.domain.Stamped;
import io.github.muskopenai.archive.domain.query.EventFilter;
import io.github.muskopenai.archive.domain.query.PageRequest;
import io.github.muskopenai.archive.domain.query.SortSpec;
import io.quarkus.arc.NoClassInterceptors;

/** The events of the corpus: the page's timeline and the dated statements of its narrative. */
@Path("/api/events")
@Tag(name = "Events", description = "The timeline of the page and the dated statements of its narrative.")
@Transactional
@CorpusStateStamp
public class EventResource {

    @Inject
    EventRepository events;

    @Inject
    MessageRepository messages;

    @Inject
    ExportRepository exports;

    @Inject
    CsvResponses csv;

    @Inject
    ServedCorpusState served;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listEvents", summary = "List events",
            description = "Timeline items and dated narrative statements, with the date"
            + " text as written and the interval it covers. With Accept: text/csv (or format=csv): every matching event"
            + " as RFC 4180 CSV.")
    @NoClassInterceptors // one statement: no transaction, and it reads the corpus state itself (CorpusStateStamp)
    public RestResponse<ListPage<EventDto>> list(@BeanParam EventQuery query, @Context UriInfo uri) {
        QueryParams params = new QueryParams();
        EventFilter filter = query.filter(params);
        PageRequest page = query.page(params);
        params.check();
        Stamped<EventPage> found = events.page(filter, page);
        served.set(found.corpusState());
        EventPage shown = found.value();
        return ListPage.ok(shown.page().map(e -> EventDto.from(e, shown.images().getOrDefault(e.id, List.of()))), uri);
    }

    @GET
    @Produces(CsvResponses.MEDIA_TYPE_LOW_QUALITY)
    // One operation in the OpenAPI document with the JSON list: OpenApiDocument adds text/csv to it.
    @Operation(hidden = true)
    public Response csv(@BeanParam EventQuery query) {
        QueryParams params = new QueryParams();
        EventFilter filter = query.filter(params);
        SortSpec sort = query.sort(params);
        params.check();
        return csv.stream(exports.events(filter, sort), "events");
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getEvent", summary = "One event with its messages and quotes")
    public EventDetailDto get(@PathParam("id") @Parameter(example = "2017-09-12-elon-laid-out-a-board") String id) {
        EventsWithImages found = events.byIds(List.of(id));
        if (found.events().isEmpty()) {
            throw new RecordNotFoundException("event", id);
        }
        Event event = found.events().get(0);
        List<Image> images = found.images().getOrDefault(id, List.of());
        List<String> messageIds = event.messages.stream().map(link -> link.messageId).toList();
        return new EventDetailDto(EventDto.from(event, images), MessageViews.of(messages.byIds(messageIds)),
                events.quotes(id).stream().map(EventDetailDto.QuoteDto::from).toList(), events.childIds(id));
    }
}
