package io.github.muskopenai.archive.domain;

import static io.github.muskopenai.archive.domain.query.SortSpec.key;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.github.muskopenai.archive.domain.query.KeyType;
import io.github.muskopenai.archive.domain.query.KeysetPager;
import io.github.muskopenai.archive.domain.query.NativeSql;
import io.github.muskopenai.archive.domain.query.Page;
import io.github.muskopenai.archive.domain.query.PageRequest;
import io.github.muskopenai.archive.domain.query.SearchFilter;
import io.github.muskopenai.archive.domain.query.SortSpec;
import io.github.muskopenai.archive.domain.query.Sql;

/**
 * Ranked full-text search across messages and events ({@code search} tsvector columns, GIN
 * indexes, English configuration). Ranks are {@code ts_rank_cd} rounded to 6 decimals, so the
 * cursor can hold them exactly; snippets come from {@code ts_headline} for the page's rows only.
 */
@ApplicationScoped
public class SearchRepository {

    /** The only order: best rank first, ties by type and id ("message:…", "event:…"), all descending. */
    public static final Map<String, SortSpec> SORTS = SortSpec.byName(SortSpec.descending("-rank",
            key("h.rank", KeyType.DECIMAL), key("h.key", KeyType.TEXT)));

    /** A hit: the type and id of the record, its title, a highlighted snippet and its rank. */
    public record Hit(String type, String id, String title, String snippet, BigDecimal rank, LocalDateTime sentAt,
            LocalDate start) {
    }

    /**
     * Every hit with its rank, computed once per request for both the total and the page
     * ({@link KeysetPager#pageOfComputed}): for a common word that is most of the request's cost.
     * JDBC placeholders: the query text twice and whether messages are searched, then the same for events.
     */
    private static final String HITS = """
            select 'message:' || m.id as key, round(ts_rank_cd(m.search, websearch_to_tsquery('english', ?))::numeric, 6) as rank
            from message m where m.search @@ websearch_to_tsquery('english', ?) and ?
            union all
            select 'event:' || e.id, round(ts_rank_cd(e.search, websearch_to_tsquery('english', ?))::numeric, 6)
            from event e where e.search @@ websearch_to_tsquery('english', ?) and ?""";

    /** The source text is HTML-escaped before highlighting, so a snippet is safe HTML with <mark> tags. */
    private static final String HEADLINE = "ts_headline('english', replace(replace(replace(%s, '&', '&amp;'), '<', '&lt;'),"
            + " '>', '&gt;'), websearch_to_tsquery('english', ?), 'StartSel=<mark>, StopSel=</mark>, MaxWords=35,"
            + " MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"')";

    @Inject
    EntityManager em;

    public Page<Hit> search(SearchFilter filter, PageRequest page) {
        List<String> types = filter.type().isEmpty() ? List.of("message", "event") : filter.type();
        NativeSql hitValues = new NativeSql().and("? ? ? ? ? ?", filter.q(), filter.q(), types.contains("message"),
                filter.q(), filter.q(), types.contains("event"));
        NativeSql all = new NativeSql();
        TextSearch.checkSearchable(all.checks(), "q", filter.q());
        KeysetPager.Keys keys = KeysetPager.pageOfComputed(em, HITS, "h", hitValues, all, page,
                filter.fingerprint(page.sort()));
        Map<String, Hit> details = details(keys.ids(), filter.q());
        return keys.page(keys.ids().stream().map(details::get).toList());
    }

    /** Title, snippet, rank and date of the page's hits, one query per record type. */
    private Map<String, Hit> details(List<String> keys, String q) {
        Map<String, Hit> hits = new HashMap<>();
        List<String> messageIds = keys.stream().filter(k -> k.startsWith("message:")).map(k -> k.substring(8)).toList();
        List<String> eventIds = keys.stream().filter(k -> k.startsWith("event:")).map(k -> k.substring(6)).toList();
        // Parameters: the query text for the headline, again for the rank, then the ids.
        if (!messageIds.isEmpty()) {
            Sql.list(em, """
                    select m.id, coalesce(m.subject, t.subject), %s,
                           round(ts_rank_cd(m.search, websearch_to_tsquery('english', ?))::numeric, 6), m.sent_at
                    from message m join thread t on t.id = m.thread_id where m.id = any(?)""".formatted(
                    HEADLINE.formatted("coalesce(coalesce(m.subject, t.subject) || E'\\n\\n', '') || m.body")),
                    r -> new Hit("message", r.getString(1), r.getString(2), r.getString(3), r.getBigDecimal(4),
                            r.getTimestamp(5).toLocalDateTime(), null), q, q, messageIds)
                    .forEach(hit -> hits.put("message:" + hit.id(), hit));
        }
        if (!eventIds.isEmpty()) {
            Sql.list(em, """
                    select e.id, e.title, %s, round(ts_rank_cd(e.search, websearch_to_tsquery('english', ?))::numeric, 6),
                           e.start_date
                    from event e where e.id = any(?)""".formatted(HEADLINE.formatted(
                    // A dated statement's title is a sentence of its text: highlight the text alone.
                    "case when e.kind = 'narrative' then coalesce(e.text, e.title) else e.title || ' ' || coalesce(e.text, '') end")),
                    r -> new Hit("event", r.getString(1), r.getString(2), r.getString(3), r.getBigDecimal(4), null,
                            r.getDate(5).toLocalDate()), q, q, eventIds)
                    .forEach(hit -> hits.put("event:" + hit.id(), hit));
        }
        return hits;
    }
}
