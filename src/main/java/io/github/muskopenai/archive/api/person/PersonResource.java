package io.github.muskopenai.archive.api.person;

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
import io.github.muskopenai.archive.api.common.RawJson;
import io.github.muskopenai.archive.api.common.RecordNotFoundException;
import io.github.muskopenai.archive.api.common.ServedCorpusState;
import io.github.muskopenai.archive.domain.PersonRepository;
import io.github.muskopenai.archive.domain.PersonWithCorrespondents;
import io.github.muskopenai.archive.domain.Stamped;
import io.github.muskopenai.archive.domain.query.PageRequest;
import io.github.muskopenai.archive.domain.query.PersonFilter;
import io.quarkus.arc.NoClassInterceptors;

/** The people of the corpus. */
@Path("/api/people")
@Tag(name = "People", description = "Correspondents and the people the narrative names.")
@Transactional
@CorpusStateStamp
public class PersonResource {

    @Inject
    PersonRepository people;

    @Inject
    ServedCorpusState served;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listPeople", summary = "List people",
            description = "Correspondents (in a From/To/Cc or quote line) and people the"
            + " narrative names, with message counts.")
    public RestResponse<ListPage<PersonDto>> list(@BeanParam PersonQuery query, @Context UriInfo uri) {
        QueryParams params = new QueryParams();
        PersonFilter filter = query.filter(params);
        PageRequest page = query.page(params);
        params.check();
        return ListPage.ok(people.find(filter, page).map(PersonDto::from), uri);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getPerson", summary = "One person and their correspondents")
    @NoClassInterceptors // one statement: no transaction, and it reads the corpus state itself (CorpusStateStamp)
    public PersonDetailDto get(@PathParam("id") @Parameter(example = "elon-musk") String id) {
        Stamped<PersonWithCorrespondents> stamped = people.withCorrespondents(id)
                .orElseThrow(() -> new RecordNotFoundException("person", id));
        served.set(stamped.corpusState());
        PersonWithCorrespondents found = stamped.value();
        return new PersonDetailDto(PersonDto.from(found.person()), new RawJson(found.correspondentsJson()));
    }
}
