package io.github.muskopenai.archive.api.search;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.github.muskopenai.archive.api.common.LocalTimes;
import io.github.muskopenai.archive.domain.SearchRepository;

/** One search result: a message or an event, with the matching words highlighted. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "SearchHit")
public record SearchHitDto(
        @Schema(enumeration = {"message", "event"}) String type,
        @Schema(description = "The message or event id.", examples = "db544b1f87b8d1db") String id,
        @Schema(description = "Message: its subject (or its thread's); event: its title.", examples = "Honest Thoughts")
        String title,
        @Schema(description = "Matching passages, HTML-escaped, with the matches in <mark>…</mark>.",
                examples = "Either go do something on your own or continue with <mark>OpenAI</mark> as a nonprofit.")
        String snippet,
        @Schema(description = "PostgreSQL ts_rank_cd, 6 decimals; higher is better.", examples = "0.1") BigDecimal rank,
        @Schema(description = "Messages: local date-time as stated.", examples = "2017-09-20T14:17") String sentAt,
        @Schema(description = "Events: first day of the interval.", examples = "2017-09-01") LocalDate start) {

    static SearchHitDto from(SearchRepository.Hit hit) {
        return new SearchHitDto(hit.type(), hit.id(), hit.title(), hit.snippet(), hit.rank(), LocalTimes.format(hit.sentAt()),
                hit.start());
    }
}
