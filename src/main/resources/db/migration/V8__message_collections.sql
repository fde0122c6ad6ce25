-- A message's collections (recipients with their names, the quotes either way, redactions, link
-- placeholders and sources) as one derived value per message, written at each load: a page of
-- whole messages read them with six correlated subqueries per message plus one per recipient for
-- its name, about 1,600 buffer reads and most of PostgreSQL's time for a list page of 50
-- (docs/benchmarks.md). Now a message reads one row of this table by its key.
--
-- collections is a JSON array of six arrays, in this order, each in the order the API serves it:
--   0 recipients  [kind, position, person id, redacted text, person name]  by kind (to, then cc), position
--   1 quotes      ids of the messages this one quotes                      by id
--   2 quoted in   ids of the messages that quote this one                  by id
--   3 redactions  [position, kind, line, col, length, body offset]         by position
--   4 links       [position, text, line, col, body offset]                 by position
--   5 sources     [document, first line, last line]                        by document, first line
-- An empty collection is []. json, not jsonb: stored and returned as written, with no conversion
-- per read. The tables stay the record; this is derived from them and rebuilt by every load.
create table message_collections (
    message_id  text not null primary key references message (id) on delete cascade deferrable,
    collections json not null
);

comment on table message_collections is
    'Derived at each load from message_recipient, message_quote, redaction, link_placeholder and message_source (see V8)';

-- Rebuilds message_collections from the tables; the loader calls it after the data is in. One
-- definition for the loader and for the backfill below. Set-based: one aggregate per table,
-- joined to the messages by id.
create function derive_message_collections() returns void language sql as $$
    delete from message_collections;
    insert into message_collections (message_id, collections)
    select m.id, json_build_array(coalesce(r.list, '[]'), coalesce(q.list, '[]'), coalesce(qi.list, '[]'),
                                  coalesce(x.list, '[]'), coalesce(l.list, '[]'), coalesce(o.list, '[]'))
    from message m
    left join (select r.message_id,
                      json_agg(json_build_array(r.kind, r.position, r.person_id, r.redacted_text, p.name)
                               order by r.kind desc, r.position) as list
               from message_recipient r left join person p on p.id = r.person_id
               group by r.message_id) r on r.message_id = m.id
    left join (select quoting_message_id as message_id, json_agg(quoted_message_id order by quoted_message_id) as list
               from message_quote group by quoting_message_id) q on q.message_id = m.id
    left join (select quoted_message_id as message_id, json_agg(quoting_message_id order by quoting_message_id) as list
               from message_quote group by quoted_message_id) qi on qi.message_id = m.id
    left join (select message_id,
                      json_agg(json_build_array(position, kind, line, col, length, body_offset) order by position) as list
               from redaction group by message_id) x on x.message_id = m.id
    left join (select message_id,
                      json_agg(json_build_array(position, text, line, col, body_offset) order by position) as list
               from link_placeholder group by message_id) l on l.message_id = m.id
    left join (select message_id,
                      json_agg(json_build_array(source_document, first_line, last_line)
                               order by source_document, first_line) as list
               from message_source group by message_id) o on o.message_id = m.id
$$;

-- Databases loaded before this migration: derive the collections from the rows already there.
select derive_message_collections();
