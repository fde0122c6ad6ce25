package io.github.muskopenai.archive.api.event;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.github.muskopenai.archive.api.common.SourceDto;
import io.github.muskopenai.archive.domain.Event;
import io.github.muskopenai.archive.domain.Image;

/** An event: a timeline item, or a dated statement of the narrative. */
@Schema(name = "Event")
public record EventDto(
        @Schema(examples = "2017-09-we-rejected-elons-terms-because") String id,
        @Schema(enumeration = {"timeline", "narrative"}) String kind,
        @Schema(description = "The date as written.", examples = "Summer 2017") String dateText,
        @Schema(description = "First day of the interval the date text covers (inclusive).", examples = "2017-06-01")
        LocalDate start,
        @Schema(description = "Last day of the interval (inclusive).", examples = "2017-08-31") LocalDate end,
        @Schema(description = "day, month, season (meteorological), part-of-year (early Jan–Apr, mid May–Aug,"
                + " late Sep–Dec) or year.", enumeration = {"day", "month", "season", "part-of-year", "year"})
        String precision,
        @Schema(description = "Timeline: the item cleaned of line-wrap artefacts; narrative: the sentence with the date.")
        String title,
        @Schema(description = "Timeline: the item exactly as written; narrative: null.", nullable = true) String titleRaw,
        @Schema(description = "Timeline: the narrative of its section; narrative: the statement's paragraph.", nullable = true)
        String text,
        @Schema(description = "Narrative: the timeline event whose section holds it.", nullable = true) String parentId,
        @Schema(description = "Timeline: the section of the page that restates it.", nullable = true) SectionDto section,
        @Schema(description = "Messages shown in its section (timeline) or quoted by it, in order.") List<String> messageIds,
        List<ImageDto> images,
        @Schema(description = "Timeline: the list item; narrative: the statement.") SourceDto source) {

    /** The heading (or plain line) that restates a timeline item, as written, and the lines of its section. */
    @Schema(name = "Section")
    public record SectionDto(
            @Schema(examples = "## Summer 2017: We and Elon agreed that a for-profit was the next step for OpenAI to advance the mission")
            String heading,
            @Schema(examples = "196") int firstLine,
            @Schema(examples = "245") int lastLine) {
    }

    /** An image of the page. */
    @Schema(name = "Image")
    public record ImageDto(
            @Schema(examples = "elon2-885407") String id,
            @Schema(examples = "greg brockman and shivon zilis as liason between elon and openai") String alt,
            @Schema(examples = "../assets/img/elon2.png") String path,
            SourceDto source) {

        static ImageDto from(Image image) {
            return new ImageDto(image.id, image.alt, image.path, SourceDto.from(image.source));
        }
    }

    public static EventDto from(Event e, List<Image> images) {
        SectionDto section = e.sectionHeading == null ? null
                : new SectionDto(e.sectionHeading, e.sectionFirstLine, e.sectionLastLine);
        return new EventDto(e.id, e.kind, e.dateText, e.startDate, e.endDate, e.precision, e.title, e.titleRaw, e.text,
                e.parentId, section, e.messages.stream().map(link -> link.messageId).toList(),
                images.stream().map(ImageDto::from).toList(), SourceDto.from(e.source));
    }
}
