package io.github.muskopenai.archive.api.person;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.github.muskopenai.archive.api.common.RawJson;

/**
 * A person and everyone they exchanged messages with. The correspondents arrive as the JSON array
 * the loader derived in this shape (migration V7) and are written byte for byte; {@link
 * CorrespondentDto} describes their elements in the OpenAPI document.
 */
@Schema(name = "PersonDetail", allOf = PersonDto.class)
public record PersonDetailDto(
        @JsonUnwrapped PersonDto person,
        @Schema(type = SchemaType.ARRAY, implementation = CorrespondentDto.class,
                description = "People they exchanged messages with, busiest first (most messages sent to and"
                + " received from them), then by id.") RawJson correspondents) {

    /** Someone the person exchanged messages with, counted by direction. */
    @Schema(name = "Correspondent")
    public record CorrespondentDto(
            @Schema(examples = "sam-altman") String id,
            @Schema(examples = "Sam Altman") String name,
            @Schema(description = "Messages the person sent to them (To or Cc).", examples = "4") long sentTo,
            @Schema(description = "Messages they sent to the person (To or Cc).", examples = "2") long receivedFrom,
            @Schema(description = "sentTo + receivedFrom.", examples = "6") long total) {
    }
}
