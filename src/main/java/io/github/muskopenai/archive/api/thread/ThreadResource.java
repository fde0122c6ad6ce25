package io.github.muskopenai.archive.api.thread;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.github.muskopenai.archive.api.common.CorpusStateStamp;
import io.github.muskopenai.archive.api.common.ListPage;
import io.github.muskopenai.archive.api.common.QueryParams;
import io.github.muskopenai.archive.api.common.RecordNotFoundException;
import io.github.muskopenai.archive.api.message.MessageDto;
import io.github.muskopenai.archive.api.message.MessageViews;
import io.github.muskopenai.archive.domain.MailThread;
import io.github.muskopenai.archive.domain.MessageRepository;
import io.github.muskopenai.archive.domain.ThreadRepository;
import io.github.muskopenai.archive.domain.query.Page;
import io.github.muskopenai.archive.domain.query.PageRequest;
import io.github.muskopenai.archive.domain.query.ThreadFilter;

/** The email threads of the corpus. */
@Path("/api/threads")
@Tag(name = "Threads", description = "Email threads: subjects as written and their messages in source order.")
@Transactional
@CorpusStateStamp
public class ThreadResource {

    @Inject
    ThreadRepository threads;

    @Inject
    MessageRepository messages;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listThreads", summary = "List threads")
    public RestResponse<ListPage<ThreadDto>> list(@BeanParam ThreadQuery query, @Context UriInfo uri) {
        QueryParams params = new QueryParams();
        ThreadFilter filter = query.filter(params);
        PageRequest page = query.page(params);
        params.check();
        Page<MailThread> found = threads.find(filter, page);
        Map<String, Map<String, String>> participants = threads.participants(found.items().stream().map(t -> t.id).toList());
        return ListPage.ok(found.map(t -> ThreadDto.from(t, participants.getOrDefault(t.id, Map.of()))), uri);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getThread", summary = "One thread with its messages")
    public ThreadDetailDto get(@PathParam("id") @Parameter(example = "honest-thoughts") String id) {
        MailThread thread = threads.findByIdOptional(id).orElseThrow(() -> new RecordNotFoundException("thread", id));
        List<MessageDto> threadMessages = MessageViews.of(messages.inThread(id));
        ThreadDto dto = ThreadDto.from(thread, threads.participants(List.of(id)).getOrDefault(id, Map.of()));
        return new ThreadDetailDto(dto, threadMessages, ThreadDetailDto.links(threadMessages));
    }
}
