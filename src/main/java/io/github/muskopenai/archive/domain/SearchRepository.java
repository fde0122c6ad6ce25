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
     * The query is parsed once per branch, in FROM: the driver's statements get PostgreSQL's
     * generic plan after a few executions, and there a websearch_to_tsquery(?) beside the
     * columns is evaluated again for every matching row (a common word's hits took twice as long).
     * JDBC placeholders: the query text and whether messages are searched, then the same for events.
     */
    static final String HITS = """
            select 'message:' || m.id as key, round(ts_rank_cd(m.search, q.query)::numeric, 6) as rank
            from websearch_to_tsquery('english', ?) q(query) join message m on m.search @@ q.query where ?
            union all
            select 'event:' || e.id, round(ts_rank_cd(e.search, q.query)::numeric, 6)
            from websearch_to_tsquery('english', ?) q(query) join event e on e.search @@ q.query where ?""";

    /** The source text is HTML-escaped before highlighting, so a snippet is safe HTML with <mark> tags. */
    private static final String HEADLINE = "ts_headline('english', replace(replace(replace(%s, '&', '&amp;'), '<', '&lt;'),"
            + " '>', '&gt;'), q.query, 'StartSel=<mark>, StopSel=</mark>, MaxWords=35,"
            + " MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"')";

    @Inject
    EntityManager em;

    public Page<Hit> search(SearchFilter filter, PageRequest page) {
        List<String> types = filter.type().isEmpty() ? List.of("message", "event") : filter.type();
        NativeSql hitValues = new NativeSql().and("? ? ? ?", filter.q(), types.contains("message"), filter.q(),
                types.contains("event"));
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
        // Parameters: the query text, then the ids.
        if (!messageIds.isEmpty()) {
            Sql.list(em, """
                    select m.id, coalesce(m.subject, t.subject), %s,
                           round(ts_rank_cd(m.search, q.query)::numeric, 6), m.sent_at
                    from websearch_to_tsquery('english', ?) q(query), message m join thread t on t.id = m.thread_id
                    where m.id = any(?)""".formatted(
                    HEADLINE.formatted("coalesce(coalesce(m.subject, t.subject) || E'\\n\\n', '') || m.body")),
                    r -> new Hit("message", r.getString(1), r.getString(2), r.getString(3), r.getBigDecimal(4),
                            r.getTimestamp(5).toLocalDateTime(), null), q, messageIds)
                    .forEach(hit -> hits.put("message:" + hit.id(), hit));
        }
        if (!eventIds.isEmpty()) {
            Sql.list(em, """
                    select e.id, e.title, %s, round(ts_rank_cd(e.search, q.query)::numeric, 6), e.start_date
                    from websearch_to_tsquery('english', ?) q(query), event e where e.id = any(?)""".formatted(HEADLINE.formatted(
                    // A dated statement's title is a sentence of its text: highlight the text alone.
                    "case when e.kind = 'narrative' then coalesce(e.text, e.title) else e.title || ' ' || coalesce(e.text, '') end")),
                    r -> new Hit("event", r.getString(1), r.getString(2), r.getString(3), r.getBigDecimal(4), null,
                            r.getDate(5).toLocalDate()), q, eventIds)
                    .forEach(hit -> hits.put("event:" + hit.id(), hit));
        }
        return hits;
    }
}
