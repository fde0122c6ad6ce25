package io.github.muskopenai.archive.api.person;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.github.muskopenai.archive.api.common.LocalTimes;
import io.github.muskopenai.archive.api.common.SourceDto;
import io.github.muskopenai.archive.domain.Person;

/** A person of the corpus, with how much mail they sent and received. */
@Schema(name = "Person")
public record PersonDto(
        @Schema(examples = "greg-brockman") String id,
        @Schema(examples = "Greg Brockman") String name,
        @Schema(description = "First name and signatures used in the emails.", examples = "[\"Greg\", \"gdb\"]")
        List<String> aliases,
        @Schema(description = "correspondent: in a From/To/Cc or quote line; mentioned: only named by the narrative.",
                enumeration = {"correspondent", "mentioned"}) String role,
        @Schema(description = "How the narrative introduces the person, if it does.", nullable = true,
                examples = "his wealth manager") String description,
        @Schema(description = "Messages they sent (including those known only as quoted).", examples = "3") int messagesSent,
        @Schema(description = "Messages they received as To or Cc.", examples = "9") int messagesReceived,
        @Schema(description = "Local date-time of their first message sent or received.", nullable = true,
                examples = "2016-02-19T00:05") String firstMessageAt,
        @Schema(nullable = true, examples = "2018-12-26T12:07") String lastMessageAt,
        @Schema(description = "Where the person first appears (a header, or for mentioned people the narrative).")
        SourceDto source) {

    public static PersonDto from(Person p) {
        return new PersonDto(p.id, p.name, List.copyOf(p.aliases), p.role, p.description, p.messagesSent,
                p.messagesReceived, LocalTimes.format(p.firstMessageAt), LocalTimes.format(p.lastMessageAt),
                SourceDto.from(p.source));
    }
}
