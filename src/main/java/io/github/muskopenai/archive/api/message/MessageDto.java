package io.github.muskopenai.archive.api.message;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.github.muskopenai.archive.api.common.LocalTimes;
import io.github.muskopenai.archive.api.common.PersonRefDto;
import io.github.muskopenai.archive.api.common.SourceDto;
import io.github.muskopenai.archive.api.common.Utf8Text;
import io.github.muskopenai.archive.domain.LinkMark;
import io.github.muskopenai.archive.domain.Message;
import io.github.muskopenai.archive.domain.Recipient;
import io.github.muskopenai.archive.domain.RedactionMark;

/** An email as the source states it. */
@Schema(name = "Message", description = "An email, every value as the source states it.")
public record MessageDto(
        @Schema(description = "Stable content hash.", examples = "3a2e690e9cfd2e1a") String id,
        @Schema(examples = "re-ai-docs") String threadId,
        @Schema(description = "The subject line of the thread it is listed under; null when known only as quoted.",
                examples = "Re: AI docs", nullable = true) String subject,
        PersonRefDto from,
        @Schema(description = "To, in header order.") List<PersonRefDto> to,
        @Schema(description = "Cc, in header order.") List<PersonRefDto> cc,
        @Schema(description = "Local date-time as stated by the source: no zone, no invented seconds.",
                examples = "2015-11-20T12:29") String sentAt,
        @Schema(description = "The date exactly as written.", examples = "Fri, Nov 20, 2015 at 12:29 PM") String sentAtText,
        @Schema(description = "The zone the source states; null, because this source states none.", nullable = true)
        String timeZone,
        @Schema(type = SchemaType.STRING, implementation = String.class, description = "The body, verbatim.") Utf8Text body,
        @Schema(description = "Shown under a \"Forwarded message\" marker.") boolean forwarded,
        @Schema(description = "Known only as a quoted reply (\"On …, X wrote:\") inside another message.") boolean quotedOnly,
        @Schema(description = "Ids of messages whose bodies quote this one.") List<String> quotedIn,
        @Schema(description = "Ids of messages this one quotes.") List<String> quotes,
        List<RedactionDto> redactions,
        List<LinkPlaceholderDto> linkPlaceholders,
        @Schema(description = "Where it was read from (the first place, when several).") SourceDto source,
        @Schema(description = "Every place it was read from.") List<SourceDto> sources) {

    /** A redaction: a █ run ("block"), a "<redacted>" placeholder in the body, or a wholly redacted recipient. */
    @Schema(name = "Redaction")
    public record RedactionDto(
            @Schema(enumeration = {"block", "placeholder", "recipient"}) String kind,
            @Schema(description = "Document line.", examples = "79") int line,
            @Schema(description = "1-based column on that line.", examples = "311") int column,
            @Schema(description = "Length in characters.", examples = "31") int length,
            @Schema(description = "Offset in the body; null for recipients.", nullable = true) Integer bodyOffset) {

        static RedactionDto from(RedactionMark r) {
            return new RedactionDto(r.kind, r.line, r.column, r.length, r.bodyOffset);
        }
    }

    /** A placeholder where the source removed a link. */
    @Schema(name = "LinkPlaceholder")
    public record LinkPlaceholderDto(@Schema(examples = "[Link to news article]") String text, int line, int column,
            int bodyOffset) {

        static LinkPlaceholderDto from(LinkMark l) {
            return new LinkPlaceholderDto(l.text, l.line, l.column, l.bodyOffset);
        }
    }

    /** @param names display names of the people the message names, by id */
    public static MessageDto from(Message m, Map<String, String> names) {
        List<PersonRefDto> to = new ArrayList<>();
        List<PersonRefDto> cc = new ArrayList<>();
        for (Recipient r : m.recipients) {
            PersonRefDto ref = r.personId == null ? PersonRefDto.redacted(r.redactedText)
                    : PersonRefDto.person(r.personId, names.get(r.personId));
            ("cc".equals(r.kind) ? cc : to).add(ref);
        }
        PersonRefDto from = m.senderId == null ? PersonRefDto.redacted(m.senderRedactedText)
                : PersonRefDto.person(m.senderId, names.get(m.senderId));
        return new MessageDto(m.id, m.threadId, m.subject, from, to, cc, LocalTimes.format(m.sentAt), m.sentAtText,
                m.timeZone, m.bodyUtf8 != null ? new Utf8Text(m.bodyUtf8) : Utf8Text.of(m.body), m.forwarded, m.quotedOnly, List.copyOf(m.quotedIn), List.copyOf(m.quotes),
                m.redactions.stream().map(RedactionDto::from).toList(),
                m.linkPlaceholders.stream().map(LinkPlaceholderDto::from).toList(), SourceDto.from(m.source),
                m.sources.stream().map(SourceDto::from).toList());
    }
}
