package io.github.muskopenai.archive.api.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Completes the generated OpenAPI document: the API's description, the problem responses every
 * operation can give (so that each 4xx is documented with the problem schema), and examples of
 * real answers (recorded from the loaded corpus in {@code openapi-examples/}).
 * <p>
 * It runs at build time: the document is then served as built, and no start of the application
 * spends time parsing and filtering it again.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class OpenApiDocument implements OASFilter {

    private static final String DESCRIPTION = """
            A read-only REST API over the published record of OpenAI's dealings with Elon Musk, 2015–2023 \
            (the page reproducing OpenAI's post "Elon Musk wanted an OpenAI for-profit"): its timeline, narrative \
            and email threads.

            Every value is as the source states it: email times are local date-times with no time zone (the \
            source states none), subjects and dates are also given exactly as written, and every record points \
            back to its source lines (`source`: document, firstLine, lastLine). Ids are stable across reloads.

            Lists are keyset-paginated: `{items, total, limit, nextCursor}` plus the headers `X-Total-Count` and \
            `Link: <…>; rel="next"`. Errors are `application/problem+json` (RFC 9457) naming the offending \
            parameter in `errors[]`.""";

    /** Problem responses: status → component name and description. */
    private static final Map<String, String[]> PROBLEMS = Map.of(
            "400", new String[] {"BadRequest", "An invalid or unknown query parameter; errors[] names each one."},
            "404", new String[] {"NotFound", "No record has this id, or nothing is served at this path."},
            "405", new String[] {"MethodNotAllowed", "The API is read-only: only GET (and HEAD, OPTIONS)."},
            "406", new String[] {"NotAcceptable", "The Accept header asks for a format this resource does not offer."},
            "503", new String[] {"ServiceUnavailable", "The database is not answering, or the query took too long."});

    private static final ObjectMapper JSON = new ObjectMapper();

    /** List operations that also answer text/csv (every matching row) to Accept: text/csv or format=csv. */
    private static final Set<String> CSV_LISTS = Set.of("listMessages", "listEvents");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getInfo() == null) {
            // At build time the title and version (application.properties) are not set yet.
            openAPI.info(OASFactory.createInfo());
        }
        openAPI.getInfo().description(DESCRIPTION);
        // Relative: the API is described wherever it is served.
        openAPI.servers(List.of(OASFactory.createServer().url("/").description("This server")));
        openAPI.getComponents().responses(null);
        PROBLEMS.forEach((status, response) -> openAPI.getComponents().addResponse(response[0], problemResponse(response[1])));
        if (openAPI.getPaths() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            Operation get = path.getValue().getGET();
            if (get != null) {
                complete(get);
            }
        }
    }

    private static void complete(Operation operation) {
        for (String status : List.of("400", "404", "405", "406", "503")) {
            operation.getResponses().addAPIResponse(status,
                    OASFactory.createAPIResponse().ref("#/components/responses/" + PROBLEMS.get(status)[0]));
        }
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(OpenApiDocument::arrayExample);
        }
        Object example = example(operation.getOperationId());
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        if (example != null && ok != null && ok.getContent() != null) {
            ok.getContent().getMediaTypes().values().forEach(media -> media.setExample(example));
        }
        if (CSV_LISTS.contains(operation.getOperationId()) && ok != null && ok.getContent() != null) {
            ok.getContent().addMediaType(CsvResponses.MEDIA_TYPE, OASFactory.createMediaType().schema(OASFactory
                    .createSchema().addType(Schema.SchemaType.STRING).description("RFC 4180 CSV with a header row:"
                            + " every row matching the filters (limit and cursor do not apply).")));
        }
    }

    /**
     * A nullable reference comes out as {@code type: object} plus {@code anyOf: [$ref, null]}, which
     * refuses null; without the type it says what is meant.
     */
    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getAnyOf() != null && schema.getType() != null && schema.getType().contains(Schema.SchemaType.OBJECT)
                && schema.getAnyOf().stream().anyMatch(s -> s.getType() != null && s.getType().contains(Schema.SchemaType.NULL))) {
            schema.setType(null);
        }
        return schema;
    }

    /** A repeatable parameter's example must be an array. */
    private static void arrayExample(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (schema != null && schema.getType() != null && schema.getType().contains(Schema.SchemaType.ARRAY)
                && parameter.getExample() instanceof String value) {
            parameter.setExample(List.of(value));
        }
    }

    private static APIResponse problemResponse(String description) {
        return OASFactory.createAPIResponse().description(description).content(OASFactory.createContent()
                .addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))));
    }

    /** A recorded answer of the operation, from openapi-examples/{operationId}.json, or null. */
    private static Object example(String operationId) {
        if (operationId == null) {
            return null;
        }
        String resource = "openapi-examples/" + operationId + ".json";
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : JSON.readValue(in, Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
