package io.github.muskopenai.archive.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Optional;

import io.github.muskopenai.archive.domain.query.Jdbc;
import io.github.muskopenai.archive.domain.query.Sql;

/**
 * A person with their aliases and correspondents in ONE statement, where the entity, its alias
 * collection and the correspondents were three. The correspondents are the list the loader
 * derives into the person's row (migration V7: the answer's JSON, passed through as bytes), not
 * aggregated per request: a busy correspondent of a large corpus has thousands. The person
 * built here is a plain object, not a managed entity. The statement also reads the corpus state,
 * so that the answer needs no transaction (see {@link Stamped}).
 */
final class PersonRows {

    private static final String WITH_CORRESPONDENTS = """
            select p.id, p.name, p.role, p.description, p.messages_sent, p.messages_received, p.first_message_at,
                   p.last_message_at, p.source_document, p.first_line, p.last_line,
                   array(select a.alias from person_alias a where a.person_id = p.id order by a.position),
                   coalesce(p.correspondents::text, '[]'),
                   %s as %s
            from person p where p.id = ?""".formatted(CorpusRepository.STATE_KEY, CorpusRepository.STATE_COLUMN);

    private PersonRows() {
    }

    /** The person with this id and the corpus state it was read in (one statement, one snapshot). */
    static Optional<Stamped<PersonWithCorrespondents>> withCorrespondents(Jdbc jdbc, String id) {
        return Optional.ofNullable(Sql.first(jdbc, WITH_CORRESPONDENTS,
                row -> new Stamped<>(read(row), row.getString(CorpusRepository.STATE_COLUMN)), id));
    }

    private static PersonWithCorrespondents read(ResultSet row) throws SQLException {
        Person p = new Person();
        p.id = row.getString(1);
        p.name = row.getString(2);
        p.role = row.getString(3);
        p.description = row.getString(4);
        p.messagesSent = row.getInt(5);
        p.messagesReceived = row.getInt(6);
        p.firstMessageAt = localDateTime(row.getTimestamp(7));
        p.lastMessageAt = localDateTime(row.getTimestamp(8));
        p.source = AggregatedRows.source(row.getString(9), row.getInt(10), row.getInt(11));
        p.aliases.addAll(Sql.strings(row.getArray(12)));
        return new PersonWithCorrespondents(p, row.getBytes(13)); // the row's UTF-8, as the driver received it
    }

    private static LocalDateTime localDateTime(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime();
    }
}
