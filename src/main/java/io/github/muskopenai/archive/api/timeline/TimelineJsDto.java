package io.github.muskopenai.archive.api.timeline;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The events as a TimelineJS3 JSON document ({@code new TL.Timeline(el, url)} renders it as is). */
@Schema(name = "TimelineJs", description = "TimelineJS3 JSON: a title slide and one slide per event.")
public record TimelineJsDto(SlideDto title, List<SlideDto> events) {

    /** One slide. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "TimelineJsSlide")
    public record SlideDto(
            @JsonProperty("start_date") DateDto startDate,
            @JsonProperty("end_date") @Schema(nullable = true) DateDto endDate,
            @JsonProperty("display_date") @Schema(description = "The date as the source writes it.", examples = "Summer 2017")
            String displayDate,
            TextDto text,
            @JsonProperty("unique_id") @Schema(description = "The event id.") String uniqueId,
            @Schema(enumeration = {"timeline", "narrative"}) String group) {
    }

    /** A date, as precise as the source allows: a month-precise date has no day. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "TimelineJsDate")
    public record DateDto(@Schema(examples = "2017") String year, @Schema(examples = "6", nullable = true) String month,
            @Schema(examples = "13", nullable = true) String day) {
    }

    /** Headline and HTML text. */
    @Schema(name = "TimelineJsText")
    public record TextDto(String headline, @Schema(description = "HTML (the source text, escaped).") String text) {
    }
}
