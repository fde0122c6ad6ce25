package io.github.muskopenai.archive.domain;

import static io.github.muskopenai.archive.domain.query.SortSpec.key;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.github.muskopenai.archive.domain.query.KeyType;
import io.github.muskopenai.archive.domain.query.KeysetPager;
import io.github.muskopenai.archive.domain.query.NativeSql;
import io.github.muskopenai.archive.domain.query.Page;
import io.github.muskopenai.archive.domain.query.PageRequest;
import io.github.muskopenai.archive.domain.query.PersonFilter;
import io.github.muskopenai.archive.domain.query.SortSpec;
import io.github.muskopenai.archive.domain.query.ValueChecks;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** People: lists, lookups by id, name or alias, and who corresponded with whom. */
@ApplicationScoped
public class PersonRepository implements PanacheRepositoryBase<Person, String> {

    private static final SortSpec.Key ID = key("p.id", KeyType.TEXT);

    /** The sorts a person list accepts, by public name; the first is the default. */
    public static final Map<String, SortSpec> SORTS = SortSpec.byName(
            SortSpec.ascending("name", key("lower(p.name)", KeyType.TEXT), ID),
            SortSpec.descending("-name", key("lower(p.name)", KeyType.TEXT), ID),
            SortSpec.ascending("messagesSent", key("p.messages_sent", KeyType.INT), ID),
            SortSpec.descending("-messagesSent", key("p.messages_sent", KeyType.INT), ID),
            SortSpec.ascending("messagesReceived", key("p.messages_received", KeyType.INT), ID),
            SortSpec.descending("-messagesReceived", key("p.messages_received", KeyType.INT), ID));

    @Inject
    ReaderPool pool;

    public Page<Person> find(PersonFilter filter, PageRequest page) {
        NativeSql sql = new NativeSql();
        if (!filter.role().isEmpty()) {
            sql.and("p.role in (?)", filter.role());
        }
        if (filter.q() != null) {
            String pattern = NativeSql.likePattern(filter.q());
            sql.and("(p.name ilike ? escape '\\' or p.id ilike ? escape '\\' or exists (select 1 from person_alias a"
                    + " where a.person_id = p.id and a.alias ilike ? escape '\\'))", pattern, pattern, pattern);
        }
        KeysetPager.Keys keys = KeysetPager.page(getEntityManager(), "person p", sql, page,
                filter.fingerprint(page.sort()));
        return keys.page(byIds(keys.ids()));
    }

    public List<Person> byIds(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Person> byId = new HashMap<>();
        for (Person person : find("id in ?1", ids).list()) {
            byId.put(person.id, person);
        }
        return ids.stream().map(byId::get).toList();
    }

    /**
     * SQL (a subquery) of the ids of the people some values name, by id, name or alias, ignoring
     * case; bind {@link #named}'s values to its placeholders. Ids
     * are lower case (slugs or hex hashes, see {@code Ids}), so the lower-cased values match them
     * as they are, by the primary key.
     */
    public static final String NAMED = "(select p.id from person p where p.id = any(?)"
            + " union select p.id from person p where lower(p.name) = any(?)"
            + " union select a.person_id from person_alias a where lower(a.alias) = any(?))";

    /** Of a text[] of lower-case values (one placeholder): those that name nobody. */
    private static final String NAMING_NOBODY = "array(select v from unnest(?::text[]) v"
            + " where not exists (select 1 from person p where p.id = v)"
            + " and not exists (select 1 from person p where lower(p.name) = v)"
            + " and not exists (select 1 from person_alias a where lower(a.alias) = v))";

    /**
     * The values to bind to {@link #NAMED} for these values, in the statement that uses them; adds
     * to {@code checks} that each value names somebody (else a problem of {@code parameter}).
     * Resolving the names inside that statement keeps it one snapshot: a separate lookup could
     * read another corpus version than the page.
     */
    public static Object[] named(String parameter, List<String> values, ValueChecks checks) {
        checks.add(parameter, NAMING_NOBODY, values, PersonRepository::lowerCase,
                value -> "no person has the id, name or alias \"" + value + "\"");
        NativeSql.TextArray keys = new NativeSql.TextArray(values.stream().map(PersonRepository::lowerCase).distinct().toList());
        return new Object[] {keys, keys, keys};
    }

    /**
     * SQL: message {@code m} involves one of the people {@link #NAMED} names, as sender or as a To
     * or Cc recipient; bind {@link #involving}'s values to its placeholders.
     */
    public static final String INVOLVING = "(m.sender_id in " + NAMED + " or exists (select 1 from message_recipient r"
            + " where r.message_id = m.id and r.person_id in " + NAMED + "))";

    /** The values to bind to {@link #INVOLVING}, with the check of the names as {@link #named} adds it. */
    public static Object[] involving(String parameter, List<String> values, ValueChecks checks) {
        Object[] named = named(parameter, values, checks);
        return Stream.concat(Arrays.stream(named), Arrays.stream(named)).toArray();
    }

    private static String lowerCase(String value) {
        return value.toLowerCase(Locale.ROOT);
    }

    /**
     * The person with everyone they exchanged messages with (as sender and To/Cc recipient),
     * busiest first, from the list the loader derives into the person's row (migration V7), and the
     * corpus state it was read in: one statement, so one snapshot without a transaction.
     */
    public Optional<Stamped<PersonWithCorrespondents>> withCorrespondents(String personId) {
        return PersonRows.withCorrespondents(pool.statement(), personId);
    }
}
