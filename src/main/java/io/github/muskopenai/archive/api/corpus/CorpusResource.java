package io.github.muskopenai.archive.api.corpus;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.github.muskopenai.archive.api.common.CorpusStateStamp;
import io.github.muskopenai.archive.api.common.RecordNotFoundException;
import io.github.muskopenai.archive.domain.CorpusRepository;
import io.github.muskopenai.archive.domain.CorpusState;

/** What is loaded. */
@Path("/api/corpus")
@Tag(name = "Corpus", description = "What is loaded: documents, hashes, counts, parse warnings and the corpus version.")
@Transactional
@CorpusStateStamp
public class CorpusResource {

    @Inject
    CorpusRepository corpus;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getCorpus", summary = "The loaded corpus",
            description = "Documents with their sha256, counts per record kind, load"
            + " time and parse warnings, and the corpus version.")
    public CorpusDto get() {
        CorpusState state = corpus.state().orElseThrow(() -> new RecordNotFoundException("corpus", "current"));
        return CorpusDto.from(state, corpus.counts(), corpus.documents());
    }
}
