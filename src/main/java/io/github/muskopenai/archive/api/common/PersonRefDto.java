package io.github.muskopenai.archive.api.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A sender or recipient: a person ({@code id}, {@code name}), or a recipient the source redacts
 * wholly ({@code redacted: true} and the {@code text} as written).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "PersonRef", description = "A person {id, name}, or a wholly redacted recipient {redacted: true, text}.")
public record PersonRefDto(
        @Schema(examples = "elon-musk") String id,
        @Schema(examples = "Elon Musk") String name,
        @Schema(description = "Present and true only for a redacted recipient.") Boolean redacted,
        @Schema(description = "The redacted recipient as written.", examples = "<redacted>") String text) {

    public static PersonRefDto person(String id, String name) {
        return new PersonRefDto(id, name, null, null);
    }

    public static PersonRefDto redacted(String text) {
        return new PersonRefDto(null, null, Boolean.TRUE, text);
    }
}
