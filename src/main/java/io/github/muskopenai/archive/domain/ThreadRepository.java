package io.github.muskopenai.archive.domain;

import static io.github.muskopenai.archive.domain.query.SortSpec.key;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.github.muskopenai.archive.domain.query.KeyType;
import io.github.muskopenai.archive.domain.query.KeysetPager;
import io.github.muskopenai.archive.domain.query.NativeSql;
import io.github.muskopenai.archive.domain.query.Page;
import io.github.muskopenai.archive.domain.query.PageRequest;
import io.github.muskopenai.archive.domain.query.SortSpec;
import io.github.muskopenai.archive.domain.query.Sql;
import io.github.muskopenai.archive.domain.query.ThreadFilter;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Email threads: lists in corpus or date order, and who takes part in each. */
@ApplicationScoped
public class ThreadRepository implements PanacheRepositoryBase<MailThread, String> {

    private static final SortSpec.Key ID = key("t.id", KeyType.TEXT);

    /** The sorts a thread list accepts; the first (the order of the corpus) is the default. */
    public static final Map<String, SortSpec> SORTS = SortSpec.byName(
            SortSpec.ascending("position", key("t.position", KeyType.INT), ID),
            SortSpec.ascending("firstSentAt", key("t.first_sent_at", KeyType.TIMESTAMP), ID),
            SortSpec.descending("-firstSentAt", key("t.first_sent_at", KeyType.TIMESTAMP), ID),
            SortSpec.ascending("lastSentAt", key("t.last_sent_at", KeyType.TIMESTAMP), ID),
            SortSpec.descending("-lastSentAt", key("t.last_sent_at", KeyType.TIMESTAMP), ID));

    public Page<MailThread> find(ThreadFilter filter, PageRequest page) {
        NativeSql sql = new NativeSql();
        if (!filter.participant().isEmpty()) {
            sql.and("exists (select 1 from message m where m.thread_id = t.id and " + PersonRepository.INVOLVING + ")",
                    PersonRepository.involving("participant", filter.participant(), sql.checks()));
        }
        if (filter.q() != null) {
            sql.and("t.subject ilike ? escape '\\'", NativeSql.likePattern(filter.q()));
        }
        if (filter.after() != null || filter.before() != null) {
            sql.and("exists (select 1 from message m where m.thread_id = t.id"
                    + " and m.sent_at >= coalesce(cast(? as timestamp), '-infinity')"
                    + " and m.sent_at < coalesce(cast(? as timestamp), 'infinity'))", filter.after(), filter.before());
        }
        // In the request's transaction: the names are checked in the snapshot the page reads.
        sql.checks().verify(getEntityManager());
        KeysetPager.Keys keys = KeysetPager.page(getEntityManager(), "thread t", sql, page,
                filter.fingerprint(page.sort()));
        return keys.page(byIds(keys.ids()));
    }

    public List<MailThread> byIds(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, MailThread> byId = new HashMap<>();
        for (MailThread thread : find("id in ?1", ids).list()) {
            byId.put(thread.id, thread);
        }
        return ids.stream().map(byId::get).toList();
    }

    /**
     * Everyone taking part in each thread (senders, To and Cc), as id → name, in the order they
     * first appear in the thread.
     */
    public Map<String, Map<String, String>> participants(List<String> threadIds) {
        Map<String, Map<String, String>> byThread = new LinkedHashMap<>();
        if (threadIds.isEmpty()) {
            return byThread;
        }
        Sql.list(getEntityManager(), """
                select x.thread_id, x.person_id, p.name
                from (select m.thread_id, m.sender_id person_id, m.thread_position pos, 0 ord
                      from message m where m.thread_id = any(?) and m.sender_id is not null
                      union all
                      select m.thread_id, r.person_id, m.thread_position,
                             1 + r.position + case when r.kind = 'cc' then 100000 else 0 end
                      from message m join message_recipient r on r.message_id = m.id
                      where m.thread_id = any(?) and r.person_id is not null) x
                join person p on p.id = x.person_id
                order by x.thread_id, x.pos, x.ord""",
                row -> new String[] {row.getString(1), row.getString(2), row.getString(3)}, threadIds, threadIds)
                .forEach(row -> byThread.computeIfAbsent(row[0], k -> new LinkedHashMap<>()).putIfAbsent(row[1], row[2]));
        return byThread;
    }

}
