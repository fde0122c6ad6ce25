-- What PostGraphile needs to answer the benchmark's request classes with the same database work
-- as the API: functions in their own schema (bench_graphql), each the same SQL the API's
-- repositories run, so both systems use the same indexes (the GIN index for search). SQL
-- functions marked STABLE are inlined by the planner, so PostGraphile's LIMIT reaches the index
-- scan. Run as the database owner; :reader is the role PostGraphile connects as.
-- Argument names avoid after/before: PostGraphile's connections use those for cursors.
drop schema if exists bench_graphql cascade;
create schema bench_graphql;

-- List class: messages from one sender in a date range, in the API's default order.
create or replace function bench_graphql.messages_from(sender text, since timestamp, until timestamp)
    returns setof public.message language sql stable as $$
    select m.* from public.message m
    where m.sender_id = sender and m.sent_at >= since and m.sent_at < until
    order by m.sent_at, m.id
$$;

-- Event range class: events overlapping [since, until), in the API's default order.
create or replace function bench_graphql.events_between(since date, until date)
    returns setof public.event language sql stable as $$
    select e.* from public.event e
    where daterange(e.start_date, e.end_date, '[]') && daterange(since, until, '[)')
    order by e.start_date, e.position, e.id
$$;

-- The correspondents of a person as rows, from the pairs the loader derives (table
-- person_correspondent); json-server's data file embeds them. PostGraphile's person request reads
-- the list the loader derives into the person's row instead (column person.correspondents,
-- migration V6), as the API does: a column of the shared schema, exposed as a JSON field.
create or replace function bench_graphql.correspondents(person_id text)
    returns table (id text, name text, sent_to integer, received_from integer) language sql stable as $$
    select c.correspondent_id, pp.name, c.sent_to, c.received_from
    from public.person_correspondent c join public.person pp on pp.id = c.correspondent_id
    where c.person_id = correspondents.person_id
    order by c.sent_to + c.received_from desc, c.correspondent_id
$$;

-- Search class: ranked hits over messages and events (ts_rank_cd, the GIN indexes), best first,
-- with the API's highlighted snippet (ts_headline over the HTML-escaped text). The query is parsed
-- once per record type, in FROM, as the API's statement does: PostGraphile's statements are
-- prepared, and in PostgreSQL's generic plan a websearch_to_tsquery(q) beside the columns would be
-- evaluated again for every matching row.
create or replace function bench_graphql.search(q text)
    returns table (type text, id text, title text, snippet text, rank numeric, sent_at timestamp, start_date date)
    language sql stable as $$
    select h.type, h.id,
           case when h.type = 'message' then (select coalesce(m.subject, t.subject) from public.message m
                                              join public.thread t on t.id = m.thread_id where m.id = h.id)
                else (select e.title from public.event e where e.id = h.id) end,
           case when h.type = 'message' then (
                    select ts_headline('english', replace(replace(replace(
                               coalesce(coalesce(m.subject, t.subject) || E'\n\n', '') || m.body,
                               '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), h.query,
                               'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "')
                    from public.message m join public.thread t on t.id = m.thread_id where m.id = h.id)
                else (
                    select ts_headline('english', replace(replace(replace(
                               case when e.kind = 'narrative' then coalesce(e.text, e.title)
                                    else e.title || ' ' || coalesce(e.text, '') end,
                               '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), h.query,
                               'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "')
                    from public.event e where e.id = h.id) end,
           h.rank,
           case when h.type = 'message' then (select m.sent_at from public.message m where m.id = h.id) end,
           case when h.type = 'event' then (select e.start_date from public.event e where e.id = h.id) end
    from (select 'message' as type, m.id, round(ts_rank_cd(m.search, w.query)::numeric, 6) as rank, w.query
          from websearch_to_tsquery('english', q) w(query) join public.message m on m.search @@ w.query
          union all
          select 'event', e.id, round(ts_rank_cd(e.search, w.query)::numeric, 6), w.query
          from websearch_to_tsquery('english', q) w(query) join public.event e on e.search @@ w.query) h
    order by h.rank desc, h.type desc, h.id desc
$$;

grant usage on schema bench_graphql to :"reader";
grant execute on all functions in schema bench_graphql to :"reader";
