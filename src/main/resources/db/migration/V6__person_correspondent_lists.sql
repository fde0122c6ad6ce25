-- A person's correspondents as one value in the person's row, derived at each load from the pairs
-- of V3: a person by id read them from person_correspondent, looked up each correspondent's name
-- and sorted them at every request. At 1M messages a person has 149 correspondents on average and
-- up to 2,999: 6.4 ms of PostgreSQL per person request on average, 11 ms for the one with 2,999,
-- whose list read from this column takes 0.7 ms (docs/benchmarks.md).
-- Each element is [correspondent id, their name, sent_to, received_from], busiest first, then by
-- id; SQL null when the person exchanged no message with anyone. json, not jsonb: it is stored
-- and returned as written, with no conversion per read.
alter table person add column correspondents json;

comment on column person.correspondents is
    'The person''s correspondents, busiest first: [id, name, sent_to, received_from] per element; derived from person_correspondent at each load';

-- Fills person.correspondents from person_correspondent; the loader calls it after
-- derive_person_correspondents() (V3). One definition for the loader and for the backfill below.
create function derive_correspondent_lists() returns void language sql as $$
    update person p
    set correspondents = (select json_agg(json_build_array(c.correspondent_id, q.name, c.sent_to, c.received_from)
                                          order by c.sent_to + c.received_from desc, c.correspondent_id)
                          from person_correspondent c join person q on q.id = c.correspondent_id
                          where c.person_id = p.id)
$$;

-- Databases loaded before this migration: derive the lists from the pairs already there.
select derive_correspondent_lists();
