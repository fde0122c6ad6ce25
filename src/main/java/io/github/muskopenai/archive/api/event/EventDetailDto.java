package io.github.muskopenai.archive.api.event;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.github.muskopenai.archive.api.common.SourceDto;
import io.github.muskopenai.archive.api.message.MessageDto;
import io.github.muskopenai.archive.domain.NarrativeQuote;

/** An event with its messages, the narrative's quotes of emails, and its dated statements. */
@Schema(name = "EventDetail", allOf = EventDto.class)
public record EventDetailDto(
        @JsonUnwrapped EventDto event,
        @Schema(description = "The linked messages, in order.") List<MessageDto> messages,
        @Schema(description = "Passages of the narrative that quote an email.") List<QuoteDto> quotes,
        @Schema(description = "Timeline: the narrative events (dated statements) of its section.") List<String> childIds) {

    /** A passage the narrative quotes; its message is null when the email is not in the corpus. */
    @Schema(name = "NarrativeQuote")
    public record QuoteDto(
            @Schema(examples = "2017-09-12-elon-laid-out-a-board-quote-1") String id,
            @Schema(description = "As the narrative writes it.", examples = "unequivocally have initial control of the company")
            String text,
            @Schema(description = "The date the narrative gives; it may differ from the email's.", nullable = true,
                    examples = "2017-09-12") LocalDate statementDate,
            @Schema(description = "The quoted email, or null when it is not in the corpus.", nullable = true,
                    examples = "df886f242168c7e7") String messageId,
            @Schema(enumeration = {"matched", "not-in-corpus"}) String status,
            SourceDto source) {

        static QuoteDto from(NarrativeQuote q) {
            return new QuoteDto(q.id, q.text, q.statementDate, q.messageId, q.status, SourceDto.from(q.source));
        }
    }
}
