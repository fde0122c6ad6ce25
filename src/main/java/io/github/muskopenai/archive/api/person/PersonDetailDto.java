package io.github.muskopenai.archive.api.person;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.github.muskopenai.archive.domain.PersonRepository;

/** A person and everyone they exchanged messages with. */
@Schema(name = "PersonDetail", allOf = PersonDto.class)
public record PersonDetailDto(
        @JsonUnwrapped PersonDto person,
        @Schema(description = "People they exchanged messages with, busiest first (most messages sent to and"
                + " received from them), then by id.") List<CorrespondentDto> correspondents) {

    /** Someone the person exchanged messages with, counted by direction. */
    @Schema(name = "Correspondent")
    public record CorrespondentDto(
            @Schema(examples = "sam-altman") String id,
            @Schema(examples = "Sam Altman") String name,
            @Schema(description = "Messages the person sent to them (To or Cc).", examples = "4") long sentTo,
            @Schema(description = "Messages they sent to the person (To or Cc).", examples = "2") long receivedFrom,
            @Schema(examples = "6") long total) {

        static CorrespondentDto from(PersonRepository.Correspondent c) {
            return new CorrespondentDto(c.id(), c.name(), c.sentTo(), c.receivedFrom(), c.sentTo() + c.receivedFrom());
        }
    }
}
