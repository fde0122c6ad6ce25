package io.github.muskopenai.archive.api.thread;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.github.muskopenai.archive.api.common.LocalTimes;
import io.github.muskopenai.archive.api.common.PersonRefDto;
import io.github.muskopenai.archive.api.common.SourceDto;
import io.github.muskopenai.archive.domain.MailThread;

/** An email thread: its subject as written and what it holds. */
@Schema(name = "Thread")
public record ThreadDto(
        @Schema(examples = "honest-thoughts") String id,
        @Schema(description = "As written; null when the emails come without a subject line.", nullable = true,
                examples = "Honest Thoughts") String subject,
        @Schema(description = "The count the source states (\"4 emails\"), or null.", nullable = true, examples = "4")
        Integer declaredCount,
        @Schema(description = "Messages found, including those known only as quoted.", examples = "4") int messageCount,
        @Schema(description = "Senders and recipients, in order of first appearance.") List<PersonRefDto> participants,
        @Schema(examples = "2017-09-20T14:08") String firstSentAt,
        @Schema(examples = "2017-09-20T14:17") String lastSentAt,
        SourceDto source) {

    public static ThreadDto from(MailThread t, Map<String, String> participants) {
        List<PersonRefDto> refs = participants.entrySet().stream()
                .map(e -> PersonRefDto.person(e.getKey(), e.getValue())).toList();
        return new ThreadDto(t.id, t.subject, t.declaredCount, t.messageCount, refs, LocalTimes.format(t.firstSentAt),
                LocalTimes.format(t.lastSentAt), SourceDto.from(t.source));
    }
}
