package io.github.muskopenai.archive.api.common;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

import io.github.muskopenai.archive.domain.query.InvalidQueryException;
import io.github.muskopenai.archive.domain.query.QueryProblem;

/**
 * Refuses query parameters an endpoint does not declare (a typo must not silently return
 * everything) and single-valued parameters given twice. Names starting with "_" are ignored, for
 * clients that add cache-busting parameters.
 */
@Provider
public class QueryParameterGuard implements ContainerRequestFilter {

    /** Per resource method: declared parameter name → whether it may repeat. */
    private static final Map<Method, Map<String, Boolean>> DECLARED = new ConcurrentHashMap<>();

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Map<String, Boolean> declared = DECLARED.computeIfAbsent(method, QueryParameterGuard::declared);
        MultivaluedMap<String, String> given = request.getUriInfo().getQueryParameters();
        List<QueryProblem> problems = new ArrayList<>();
        for (Map.Entry<String, List<String>> parameter : given.entrySet()) {
            String name = parameter.getKey();
            if (name.startsWith("_")) {
                continue;
            }
            Boolean repeatable = declared.get(name);
            if (repeatable == null) {
                problems.add(new QueryProblem(name, declared.isEmpty() ? "this endpoint takes no query parameters"
                        : "unknown parameter; this endpoint takes " + String.join(", ", declared.keySet())));
            } else if (!repeatable && parameter.getValue().size() > 1) {
                problems.add(new QueryProblem(name, "give this parameter once"));
            } else if (parameter.getValue().stream().anyMatch(value -> value == null || value.isBlank())) {
                // The framework turns "?q=" into an absent parameter; a client that sent it meant something.
                problems.add(new QueryProblem(name, "must not be empty"));
            } else if (parameter.getValue().stream().anyMatch(QueryParameterGuard::hasControlCharacter)) {
                problems.add(new QueryProblem(name, "must not contain control characters"));
            }
        }
        // No id has control characters (and PostgreSQL text cannot hold NUL): refuse them before any query.
        request.getUriInfo().getPathParameters().forEach((name, values) -> {
            if (values.stream().anyMatch(QueryParameterGuard::hasControlCharacter)) {
                problems.add(new QueryProblem(name, "must not contain control characters"));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidQueryException(problems);
        }
    }

    static boolean hasControlCharacter(String value) {
        return value != null && value.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
    }

    private static Map<String, Boolean> declared(Method method) {
        Map<String, Boolean> declared = new LinkedHashMap<>();
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null) {
                declared.put(query.value(), Collection.class.isAssignableFrom(parameter.getType()));
            } else if (parameter.isAnnotationPresent(BeanParam.class)) {
                fields(parameter.getType(), declared);
            }
        }
        return declared;
    }

    private static void fields(Class<?> type, Map<String, Boolean> declared) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                QueryParam query = field.getAnnotation(QueryParam.class);
                if (query != null) {
                    declared.put(query.value(), Collection.class.isAssignableFrom(field.getType()));
                } else if (field.isAnnotationPresent(BeanParam.class)) {
                    fields(field.getType(), declared);
                }
            }
        }
    }
}
