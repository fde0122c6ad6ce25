-- Who exchanged messages with whom, derived from the messages at the end of each load (like
-- person.messages_sent), so that a person's correspondents are one index range scan instead of
-- an aggregate over all their messages at every request.
--  * sent_to: messages person_id sent with correspondent_id among the To/Cc recipients;
--  * received_from: messages correspondent_id sent with person_id among the To/Cc recipients.
-- A message counts once per pair, however often the pair appears in its To and Cc lines.
-- Wholly redacted senders and recipients have no person and are not counted.
create table person_correspondent (
    person_id        text    not null references person (id) on delete cascade deferrable,
    correspondent_id text    not null references person (id) on delete cascade deferrable,
    sent_to          integer not null check (sent_to >= 0),
    received_from    integer not null check (received_from >= 0),
    primary key (person_id, correspondent_id),
    check (person_id <> correspondent_id),
    check (sent_to + received_from > 0)
);

-- Fills person_correspondent from the messages; the loader calls it once the messages are in
-- (the table is empty then). One definition for the loader and for the backfill below.
create function derive_person_correspondents() returns void language sql as $$
    insert into person_correspondent (person_id, correspondent_id, sent_to, received_from)
    with pairs as (
        select m.sender_id sender_id, r.person_id recipient_id, count(*) messages
        from message m
        join (select distinct message_id, person_id from message_recipient where person_id is not null) r
          on r.message_id = m.id
        where m.sender_id is not null and r.person_id <> m.sender_id
        group by m.sender_id, r.person_id)
    select person_id, correspondent_id, sum(sent_to), sum(received_from)
    from (select sender_id person_id, recipient_id correspondent_id, messages sent_to, 0 received_from from pairs
          union all
          select recipient_id, sender_id, 0, messages from pairs) x
    group by person_id, correspondent_id
$$;

-- Databases loaded before this migration: derive the rows from the corpus already there.
select derive_person_correspondents();
