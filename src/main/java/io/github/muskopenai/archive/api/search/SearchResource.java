package io.github.muskopenai.archive.api.search;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.github.muskopenai.archive.api.common.CorpusStateStamp;
import io.github.muskopenai.archive.api.common.ListPage;
import io.github.muskopenai.archive.api.common.PageParams;
import io.github.muskopenai.archive.api.common.QueryParams;
import io.github.muskopenai.archive.domain.SearchRepository;
import io.github.muskopenai.archive.domain.query.PageRequest;
import io.github.muskopenai.archive.domain.query.SearchFilter;

/** Ranked full-text search across messages and events. */
@Path("/api/search")
@Tag(name = "Search", description = "Ranked full-text search over messages (subject and body) and events (title and text).")
@Transactional
@CorpusStateStamp
public class SearchResource {

    @Inject
    SearchRepository search;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "search", summary = "Search messages and events",
            description = "Best matches first. PostgreSQL websearch syntax with the English configuration: words (stemmed),"
                    + " \"quoted phrases\", -exclusions, or. A query of only stop words is refused.")
    public RestResponse<ListPage<SearchHitDto>> get(
            @QueryParam("q") @Parameter(description = "What to search for (required).", example = "\"absolute control\"")
            String q,
            @QueryParam("type") @Parameter(description = "message or event. Repeat to OR values; default both.",
                    example = "message") List<String> type,
            @BeanParam PageParams paging,
            @Context UriInfo uri) {
        QueryParams params = new QueryParams();
        String text = params.text("q", q);
        if (q == null) {
            params.problem("q", "is required");
        }
        SearchFilter filter = new SearchFilter(text, params.choices("type", type, List.of("message", "event")));
        PageRequest page = paging.page(params, null, SearchRepository.SORTS);
        params.check();
        return ListPage.ok(search.search(filter, page).map(SearchHitDto::from), uri);
    }
}
