package io.github.muskopenai.archive.api.message;

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
import io.github.muskopenai.archive.domain.ExportRepository;
import io.github.muskopenai.archive.domain.Message;
import io.github.muskopenai.archive.domain.MessageRepository;
import io.github.muskopenai.archive.domain.NamedMessagePage;
import io.github.muskopenai.archive.domain.NamedMessages;
import io.github.muskopenai.archive.domain.Stamped;
import io.github.muskopenai.archive.domain.query.MessageFilter;
import io.github.muskopenai.archive.domain.query.PageRequest;
import io.github.muskopenai.archive.domain.query.SortSpec;
import io.quarkus.arc.NoClassInterceptors;

/** The emails of the corpus. */
@Path("/api/messages")
@Tag(name = "Messages", description = "The emails, with senders, recipients, local times as written, redactions and provenance.")
@Transactional
@CorpusStateStamp
public class MessageResource {

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
    @Operation(operationId = "listMessages", summary = "List messages",
            description = "Filtered, keyset-paginated messages. Person filters take an id,"
            + " a name or an alias; repeating a parameter ORs its values; different parameters AND. With Accept: text/csv"
            + " (or format=csv): every matching message as RFC 4180 CSV, To and Cc joined with \"; \".")
    @NoClassInterceptors // one statement: no transaction, and it reads the corpus state itself (CorpusStateStamp)
    public RestResponse<ListPage<MessageDto>> list(@BeanParam MessageQuery query, @Context UriInfo uri) {
        QueryParams params = new QueryParams();
        MessageFilter filter = query.filter(params);
        PageRequest page = query.page(params);
        params.check();
        Stamped<NamedMessagePage> found = messages.page(filter, page);
        served.set(found.corpusState());
        NamedMessagePage named = found.value();
        return ListPage.ok(named.page().withItems(MessageViews.of(named.messages())), uri);
    }

    @GET
    @Produces(CsvResponses.MEDIA_TYPE_LOW_QUALITY)
    // One operation in the OpenAPI document with the JSON list: OpenApiDocument adds text/csv to it.
    @Operation(hidden = true)
    public Response csv(@BeanParam MessageQuery query) {
        QueryParams params = new QueryParams();
        MessageFilter filter = query.filter(params);
        SortSpec sort = query.sort(params);
        params.check();
        return csv.stream(exports.messages(filter, sort), "messages");
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getMessage", summary = "One message")
    @NoClassInterceptors // one statement: no transaction, and it reads the corpus state itself (CorpusStateStamp)
    public MessageDto get(@PathParam("id") @Parameter(example = "3a2e690e9cfd2e1a") String id) {
        Stamped<NamedMessages> found = messages.byId(id).orElseThrow(() -> new RecordNotFoundException("message", id));
        served.set(found.corpusState());
        return MessageViews.of(found.value()).get(0);
    }

    @GET
    @Path("/{id}/source")
    @Produces(MediaType.TEXT_PLAIN + ";charset=utf-8")
    @Operation(operationId = "getMessageSource", summary = "The source lines of one message, verbatim",
            description = "The lines firstLine to lastLine of its (first) source document, exactly as stored.")
    public String source(@PathParam("id") @Parameter(example = "3a2e690e9cfd2e1a") String id) {
        Message message = find(id);
        return messages.sourceLines(message);
    }

    private Message find(String id) {
        return messages.findByIdOptional(id).orElseThrow(() -> new RecordNotFoundException("message", id));
    }
}
