package io.github.muskopenai.archive.domain;

import static io.github.muskopenai.archive.domain.query.SortSpec.key;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.github.muskopenai.archive.domain.query.EventFilter;
import io.github.muskopenai.archive.domain.query.KeyType;
import io.github.muskopenai.archive.domain.query.NativeSql;
import io.github.muskopenai.archive.domain.query.PageRequest;
import io.github.muskopenai.archive.domain.query.SortSpec;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Events: timeline items and dated narrative statements, with their images and quotes. */
@ApplicationScoped
public class EventRepository implements PanacheRepositoryBase<Event, String> {

    private static final SortSpec.Key START = key("e.start_date", KeyType.DATE);
    private static final SortSpec.Key POSITION = key("e.position", KeyType.INT);
    private static final SortSpec.Key ID = key("e.id", KeyType.TEXT);

    /** The sorts an event list accepts; the first (chronological) is the default. */
    public static final Map<String, SortSpec> SORTS = SortSpec.byName(
            SortSpec.ascending("start", START, POSITION, ID),
            SortSpec.descending("-start", START, POSITION, ID),
            SortSpec.ascending("position", POSITION, ID));

    @Inject
    ReaderPool pool;

    /**
     * One page of whole events (message links, images), with the total and the corpus state it was
     * read in, in one statement (one snapshot, no transaction needed), which also checks the
     * filter's values.
     */
    public Stamped<EventPage> page(EventFilter filter, PageRequest page) {
        return EventRows.page(pool.statement(), "event e", conditions(filter), page, filter.fingerprint(page.sort()));
    }

    /**
     * The WHERE conditions of a filter (on alias {@code e}), with the checks of its values (people,
     * search words), for the statement that uses them to evaluate.
     */
    NativeSql conditions(EventFilter filter) {
        NativeSql sql = new NativeSql();
        if (!filter.kind().isEmpty()) {
            sql.and("e.kind in (?)", filter.kind());
        }
        if (filter.after() != null || filter.before() != null) {
            // end_date >= after and start_date < before (a missing bound is open), in the form the
            // GiST index event_dates_idx answers
            sql.and("daterange(e.start_date, e.end_date, '[]') && daterange(?::date, ?::date, '[)')",
                    filter.after(), filter.before());
        }
        if (!filter.person().isEmpty()) {
            sql.and("exists (select 1 from event_message em join message m on m.id = em.message_id"
                    + " where em.event_id = e.id and " + PersonRepository.INVOLVING + ")",
                    PersonRepository.involving("person", filter.person(), sql.checks()));
        }
        if (filter.q() != null) {
            TextSearch.checkSearchable(sql.checks(), "q", filter.q());
            sql.and(TextSearch.MATCH.formatted("e.search"), filter.q());
        }
        return sql;
    }

    /** The events with these ids, with their message links and images, in one statement. */
    public EventsWithImages byIds(List<String> ids) {
        return EventRows.byIds(getEntityManager(), ids);
    }

    /** Every event of the given kinds (all when empty), by start date, then page order. */
    public List<Event> chronological(List<String> kinds) {
        if (kinds.isEmpty()) {
            return find("order by startDate, position, id").list();
        }
        return find("kind in ?1 order by startDate, position, id", kinds).list();
    }

    public List<NarrativeQuote> quotes(String eventId) {
        return getEntityManager()
                .createQuery("from NarrativeQuote q where q.eventId = :id order by q.position", NarrativeQuote.class)
                .setParameter("id", eventId).getResultList();
    }

    /** The narrative events whose statements stand in this event's section. */
    public List<String> childIds(String eventId) {
        return getEntityManager()
                .createQuery("select e.id from Event e where e.parentId = :id order by e.position", String.class)
                .setParameter("id", eventId).getResultList();
    }
}
