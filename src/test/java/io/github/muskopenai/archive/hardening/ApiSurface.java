package io.github.muskopenai.archive.hardening;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The GET operations under /api as the served OpenAPI document describes them, so that the fuzzer
 * covers an endpoint or parameter as soon as it is documented.
 */
record ApiSurface(List<Endpoint> endpoints) {

    /** One documented parameter: where it goes, its schema type, and the examples the document gives. */
    record Param(String name, boolean inPath, String type, boolean repeatable, boolean required, List<String> examples) {
    }

    /** One GET operation; {@code path} is the template, e.g. {@code /api/messages/{id}}. */
    record Endpoint(String path, List<Param> params) {

        List<Param> pathParams() {
            return params.stream().filter(Param::inPath).toList();
        }

        List<Param> queryParams() {
            return params.stream().filter(p -> !p.inPath()).toList();
        }

        boolean declares(String name) {
            return params.stream().anyMatch(p -> p.name().equals(name));
        }

        /** The list whose items this endpoint's path parameter identifies: the path before the first {. */
        String collection() {
            int brace = path.indexOf("/{");
            return brace < 0 ? null : path.substring(0, brace);
        }
    }

    static ApiSurface from(JsonNode openApi) {
        List<Endpoint> endpoints = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = openApi.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            JsonNode get = path.getValue().get("get");
            if (path.getKey().startsWith("/api") && get != null) {
                List<Param> params = new ArrayList<>();
                get.path("parameters").forEach(p -> params.add(param(p)));
                endpoints.add(new Endpoint(path.getKey(), List.copyOf(params)));
            }
        }
        return new ApiSurface(List.copyOf(endpoints));
    }

    private static Param param(JsonNode p) {
        JsonNode schema = p.path("schema");
        boolean array = "array".equals(schema.path("type").asText());
        String type = array ? schema.path("items").path("type").asText("string") : schema.path("type").asText("string");
        List<String> examples = new ArrayList<>();
        JsonNode example = p.path("example");
        if (example.isArray()) {
            example.forEach(e -> examples.add(e.asText()));
        } else if (!example.isMissingNode() && !example.isNull()) {
            examples.add(example.asText());
        }
        return new Param(p.path("name").asText(), "path".equals(p.path("in").asText()), type, array,
                p.path("required").asBoolean(false), List.copyOf(examples));
    }
}
