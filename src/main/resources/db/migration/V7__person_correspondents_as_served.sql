-- A person's correspondents kept in the shape the API serves them, so that a person by id passes
-- the column through instead of parsing V6's arrays and writing them again as objects: at 1M
-- messages that parsing and writing was the API's 1.23 ms of CPU per person, its limit
-- (docs/benchmarks.md). Each element is now
--   {"id":…,"name":…,"sentTo":…,"receivedFrom":…,"total":…}
-- (the Correspondent schema of the OpenAPI document, keys in its order, compact), busiest first,
-- then by id; SQL null when the person exchanged no message with anyone, as in V6. Strings are
-- quoted by to_json, and the cast to json checks that the whole list parses.
comment on column person.correspondents is
    'The person''s correspondents as the API serves them, busiest first: {id, name, sentTo, receivedFrom, total} per element; derived from person_correspondent at each load';

create or replace function derive_correspondent_lists() returns void language sql as $$
    update person p
    set correspondents = (select ('[' || string_agg('{"id":' || to_json(c.correspondent_id)::text
                                                    || ',"name":' || to_json(q.name)::text
                                                    || ',"sentTo":' || c.sent_to
                                                    || ',"receivedFrom":' || c.received_from
                                                    || ',"total":' || (c.sent_to + c.received_from) || '}',
                                                    ',' order by c.sent_to + c.received_from desc, c.correspondent_id)
                                  || ']')::json
                          from person_correspondent c join person q on q.id = c.correspondent_id
                          where c.person_id = p.id)
$$;

-- Databases loaded before this migration: rewrite the lists in the new shape.
select derive_correspondent_lists();
