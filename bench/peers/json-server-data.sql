-- The json-server data file, made from the loaded corpus: one query per collection, each row one
-- JSON object in the shape the API serves (camelCase, recipients and provenance embedded, people
-- with their correspondents precomputed, since json-server cannot join). bench/compare.py runs
-- each query and writes {"messages": [...], "people": [...], "events": [...]}.

-- collection: messages
select json_build_object(
    'id', m.id, 'threadId', m.thread_id, 'subject', coalesce(m.subject, t.subject),
    'senderId', m.sender_id,
    'from', json_build_object('id', m.sender_id, 'name', s.name, 'redacted', m.sender_redacted_text),
    'to', coalesce((select json_agg(json_build_object('id', r.person_id, 'name', p.name, 'redacted', r.redacted_text) order by r.position)
                    from message_recipient r left join person p on p.id = r.person_id
                    where r.message_id = m.id and r.kind = 'to'), '[]'),
    'cc', coalesce((select json_agg(json_build_object('id', r.person_id, 'name', p.name, 'redacted', r.redacted_text) order by r.position)
                    from message_recipient r left join person p on p.id = r.person_id
                    where r.message_id = m.id and r.kind = 'cc'), '[]'),
    'sentAt', to_char(m.sent_at, 'YYYY-MM-DD"T"HH24:MI'), 'sentAtText', m.sent_at_text, 'timeZone', m.time_zone,
    'body', m.body, 'forwarded', m.forwarded, 'quotedOnly', m.quoted_only,
    'quotedIn', coalesce((select json_agg(q.quoting_message_id order by q.quoting_message_id) from message_quote q where q.quoted_message_id = m.id), '[]'),
    'quotes', coalesce((select json_agg(q.quoted_message_id order by q.quoted_message_id) from message_quote q where q.quoting_message_id = m.id), '[]'),
    'redactions', coalesce((select json_agg(json_build_object('kind', x.kind, 'line', x.line, 'column', x.col, 'length', x.length, 'bodyOffset', x.body_offset) order by x.position)
                            from redaction x where x.message_id = m.id), '[]'),
    'linkPlaceholders', coalesce((select json_agg(json_build_object('text', l.text, 'line', l.line, 'column', l.col, 'bodyOffset', l.body_offset) order by l.position)
                                  from link_placeholder l where l.message_id = m.id), '[]'),
    'source', json_build_object('document', m.source_document, 'firstLine', m.first_line, 'lastLine', m.last_line),
    'sources', coalesce((select json_agg(json_build_object('document', x.source_document, 'firstLine', x.first_line, 'lastLine', x.last_line) order by x.source_document, x.first_line)
                         from message_source x where x.message_id = m.id), '[]'))
from message m join thread t on t.id = m.thread_id left join person s on s.id = m.sender_id
order by m.sent_at, m.id;

-- collection: people
select json_build_object(
    'id', p.id, 'name', p.name, 'role', p.role, 'description', p.description,
    'messagesSent', p.messages_sent, 'messagesReceived', p.messages_received,
    'firstMessageAt', to_char(p.first_message_at, 'YYYY-MM-DD"T"HH24:MI'), 'lastMessageAt', to_char(p.last_message_at, 'YYYY-MM-DD"T"HH24:MI'),
    'aliases', coalesce((select json_agg(a.alias order by a.position) from person_alias a where a.person_id = p.id), '[]'),
    'source', json_build_object('document', p.source_document, 'firstLine', p.first_line, 'lastLine', p.last_line),
    'correspondents', coalesce((select json_agg(json_build_object('id', c.id, 'name', c.name, 'sentTo', c.sent_to, 'receivedFrom', c.received_from, 'total', c.sent_to + c.received_from))
                                from bench_graphql.correspondents(p.id) c), '[]'))
from person p
order by p.id;

-- collection: events
select json_build_object(
    'id', e.id, 'kind', e.kind, 'position', e.position, 'dateText', e.date_text,
    'startDate', e.start_date, 'endDate', e.end_date, 'precision', e.precision, 'title', e.title, 'titleRaw', e.title_raw,
    'sectionHeading', e.section_heading, 'text', e.text, 'parentId', e.parent_id,
    'images', coalesce((select json_agg(json_build_object('id', i.id, 'alt', i.alt, 'path', i.path) order by i.position) from image i where i.event_id = e.id), '[]'),
    'messages', coalesce((select json_agg(json_build_object('messageId', x.message_id, 'relation', x.relation) order by x.position) from event_message x where x.event_id = e.id), '[]'),
    'source', json_build_object('document', e.source_document, 'firstLine', e.first_line, 'lastLine', e.last_line))
from event e
order by e.start_date, e.position, e.id;
