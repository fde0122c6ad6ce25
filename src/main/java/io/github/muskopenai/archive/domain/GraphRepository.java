package io.github.muskopenai.archive.domain;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.github.muskopenai.archive.domain.query.Sql;

/**
 * The correspondence network: who wrote to whom (To and Cc), counted over the messages sent in
 * a window ({@code after} inclusive, {@code before} exclusive; null = open).
 */
@ApplicationScoped
public class GraphRepository {

    /** A person and the messages they sent and received in the window. */
    public record Node(String id, String name, long messagesSent, long messagesReceived) {
    }

    /** Messages {@code source} sent with {@code target} in To, and in Cc. */
    public record Link(String source, String target, long to, long cc) {
    }

    /** Binds after, then before, each time it stands in a statement. */
    private static final String WINDOW = "m.sent_at >= coalesce(cast(? as timestamp), '-infinity')"
            + " and m.sent_at < coalesce(cast(? as timestamp), 'infinity')";

    @Inject
    EntityManager em;

    public List<Node> nodes(LocalDateTime after, LocalDateTime before) {
        return Sql.list(em, """
                select p.id, p.name, coalesce(s.sent, 0), coalesce(r.received, 0)
                from person p
                left join (select m.sender_id id, count(*) sent from message m where %1$s group by m.sender_id) s
                       on s.id = p.id
                left join (select x.person_id id, count(distinct x.message_id) received
                           from message_recipient x join message m on m.id = x.message_id
                           where x.person_id is not null and %1$s group by x.person_id) r on r.id = p.id
                where s.sent > 0 or r.received > 0
                order by p.id""".formatted(WINDOW),
                r -> new Node(r.getString(1), r.getString(2), r.getLong(3), r.getLong(4)), after, before, after, before);
    }

    public List<Link> links(LocalDateTime after, LocalDateTime before) {
        return Sql.list(em, """
                select m.sender_id, x.person_id,
                       count(distinct m.id) filter (where x.kind = 'to'), count(distinct m.id) filter (where x.kind = 'cc')
                from message m join message_recipient x on x.message_id = m.id
                where m.sender_id is not null and x.person_id is not null and %s
                group by m.sender_id, x.person_id
                order by m.sender_id, x.person_id""".formatted(WINDOW),
                r -> new Link(r.getString(1), r.getString(2), r.getLong(3), r.getLong(4)), after, before);
    }
}
