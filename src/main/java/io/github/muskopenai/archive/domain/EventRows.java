package io.github.muskopenai.archive.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.muskopenai.archive.domain.query.Jdbc;
import io.github.muskopenai.archive.domain.query.KeysetPager;
import io.github.muskopenai.archive.domain.query.NativeSql;
import io.github.muskopenai.archive.domain.query.PageRequest;
import io.github.muskopenai.archive.domain.query.Sql;

/**
 * Events with their message links and images in ONE statement (collections aggregated to JSON
 * in PostgreSQL, in page order), where loading the entities cost a statement for the events,
 * one for their links and one for the images, and most of a page's CPU time went to hydrating
 * them. The events built here are plain objects, not managed entities.
 */
final class EventRows {

    private static final String COLUMNS = """
            e.id, e.kind, e.position, e.date_text, e.start_date, e.end_date, e.precision, e.title, e.title_raw,
                   e.section_heading, e.section_first_line, e.section_last_line, e.text, e.parent_id,
                   e.source_document, e.first_line, e.last_line,
                   (select json_agg(json_build_array(l.message_id, l.relation, l.position) order by l.position)
                    from event_message l where l.event_id = e.id),
                   (select json_agg(json_build_array(i.id, i.position, i.alt, i.path, i.source_document, i.first_line,
                                                     i.last_line) order by i.position)
                    from image i where i.event_id = e.id)""";
    private static final String BY_IDS = "select " + COLUMNS + " from event e where e.id = any(?)";
    /** Where a page of whole events reads its rows (see {@link KeysetPager#rows}). */
    private static final KeysetPager.RowSource PAGE_ROWS = new KeysetPager.RowSource(COLUMNS, "event e", "e.id");

    private EventRows() {
    }

    /** The events with these ids, in the order of the ids (unknown ids are left out). */
    static EventsWithImages byIds(EntityManager em, List<String> ids) {
        if (ids.isEmpty()) {
            return new EventsWithImages(List.of(), Map.of());
        }
        Map<String, List<Image>> images = new HashMap<>();
        List<Event> found = Sql.list(em, BY_IDS, row -> eventWithImages(row, images), ids);
        return new EventsWithImages(AggregatedRows.inOrderOf(ids, found, e -> e.id), images);
    }

    /**
     * One page of whole events with its total and the corpus state it was read in, in one
     * statement (one snapshot), which also checks the filter's values.
     */
    static Stamped<EventPage> page(Jdbc jdbc, String from, NativeSql filter, PageRequest request,
            String fingerprint) {
        Map<String, List<Image>> images = new HashMap<>();
        KeysetPager.StampedPage<Event> page = KeysetPager.rows(jdbc, from, filter, request, fingerprint, PAGE_ROWS,
                CorpusRepository.STATE_KEY, row -> eventWithImages(row, images));
        return new Stamped<>(new EventPage(page.page(), images), page.stamp());
    }

    private static Event eventWithImages(ResultSet row, Map<String, List<Image>> images) throws SQLException {
        Event event = event(row);
        images.put(event.id, images(event.id, row.getString(19)));
        return event;
    }

    private static List<Image> images(String eventId, String json) {
        List<Image> images = new ArrayList<>();
        for (JsonNode i : AggregatedRows.elements(json)) {
            Image image = new Image();
            image.id = i.get(0).asText();
            image.eventId = eventId;
            image.position = i.get(1).asInt();
            image.alt = i.get(2).asText();
            image.path = i.get(3).asText();
            image.source = AggregatedRows.source(i.get(4).asText(), i.get(5).asInt(), i.get(6).asInt());
            images.add(image);
        }
        return images;
    }

    private static Event event(ResultSet row) throws SQLException {
        Event e = new Event();
        e.id = row.getString(1);
        e.kind = row.getString(2);
        e.position = row.getInt(3);
        e.dateText = row.getString(4);
        e.startDate = row.getDate(5).toLocalDate();
        e.endDate = row.getDate(6).toLocalDate();
        e.precision = row.getString(7);
        e.title = row.getString(8);
        e.titleRaw = row.getString(9);
        e.sectionHeading = row.getString(10);
        e.sectionFirstLine = (Integer) row.getObject(11);
        e.sectionLastLine = (Integer) row.getObject(12);
        e.text = row.getString(13);
        e.parentId = row.getString(14);
        e.source = AggregatedRows.source(row.getString(15), row.getInt(16), row.getInt(17));
        for (JsonNode l : AggregatedRows.elements(row.getString(18))) {
            EventMessageLink link = new EventMessageLink();
            link.messageId = l.get(0).asText();
            link.relation = l.get(1).asText();
            link.position = l.get(2).asInt();
            e.messages.add(link);
        }
        return e;
    }
}
