-- The corpus schema: documents, people, threads, messages, events and what links them.
--
-- Conventions
--  * Ids are stable strings derived from content by the parser (slugs, short content hashes),
--    so URLs survive reloads.
--  * Every record that comes from the text carries its provenance: the document it was read
--    from and its first/last source line (1-based, inclusive).
--  * Foreign keys are DEFERRABLE: the loader streams records in source order and defers the
--    checks to commit, because a person is only complete at the end of a document.
--  * Dates and times are stored as the source writes them: email times are local date-times
--    (timestamp WITHOUT time zone) because the source never states a zone.

-- One row: the version of the corpus being served (changes only when a load commits).
create table corpus_state (
    singleton      boolean     primary key default true check (singleton),
    version        text        not null,
    parser_version text        not null,
    loaded_at      timestamptz not null
);

create table document (
    name           text        primary key,
    ordinal        integer     not null unique,
    sha256         text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    title          text,
    published_text text,
    source_title   text,
    source_url     text,
    previous_post  text,
    line_count     integer     not null check (line_count >= 0),
    loaded_at      timestamptz not null,
    counts         jsonb       not null default '{}',
    issues         jsonb       not null default '[]'
);

-- The text of each document as loaded (lines joined by \n), so that a record's source lines can
-- be served verbatim. EXTERNAL storage keeps it uncompressed, so substr() reads only the
-- chunks it needs instead of the whole document.
create table document_text (
    name    text primary key references document (name) on delete cascade deferrable,
    content text not null
);
alter table document_text alter column content set storage external;

create table person (
    id              text    primary key,
    name            text    not null,
    role            text    not null check (role in ('correspondent', 'mentioned')),
    description     text,
    -- Derived from the messages at the end of each load, so lists can sort and page on them.
    messages_sent     integer   not null default 0,
    messages_received integer   not null default 0,
    first_message_at  timestamp,
    last_message_at   timestamp,
    source_document text    not null references document (name) deferrable,
    first_line      integer not null check (first_line >= 1),
    last_line       integer not null,
    check (last_line >= first_line)
);
create index person_role_idx on person (role, id);
create index person_name_lower_idx on person (lower(name), id);
create index person_sent_idx on person (messages_sent, id);
create index person_received_idx on person (messages_received, id);

create table person_alias (
    person_id text    not null references person (id) on delete cascade deferrable,
    position  integer not null,
    alias     text    not null,
    primary key (person_id, position),
    unique (person_id, alias)
);
create index person_alias_lower_idx on person_alias (lower(alias));

create table event (
    id               text    primary key,
    kind             text    not null check (kind in ('timeline', 'narrative')),
    position         integer not null,
    date_text        text    not null,
    start_date       date    not null,
    end_date         date    not null,
    precision        text    not null check (precision in ('day', 'month', 'season', 'part-of-year', 'year')),
    title            text    not null,
    title_raw        text,
    section_heading  text,
    section_first_line integer,
    section_last_line  integer,
    text             text,
    parent_id        text references event (id) deferrable,
    source_document  text    not null references document (name) deferrable,
    first_line       integer not null check (first_line >= 1),
    last_line        integer not null,
    search           tsvector generated always as (
        setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', coalesce(text, '')), 'B')
    ) stored,
    check (end_date >= start_date),
    check (last_line >= first_line)
);
create index event_start_idx on event (start_date, id);
create index event_end_idx on event (end_date, id);
create index event_position_idx on event (position, id);
create index event_kind_idx on event (kind, start_date, id);
create index event_parent_idx on event (parent_id);
create index event_search_idx on event using gin (search);

create table thread (
    id              text    primary key,
    subject         text,
    declared_count  integer check (declared_count >= 0),
    position        integer not null,
    -- Derived from the messages at the end of each load, so lists can sort and page on them.
    message_count   integer   not null default 0,
    first_sent_at   timestamp,
    last_sent_at    timestamp,
    source_document text    not null references document (name) deferrable,
    first_line      integer not null check (first_line >= 1),
    last_line       integer not null,
    check (last_line >= first_line)
);
create index thread_position_idx on thread (position, id);
create index thread_first_sent_idx on thread (first_sent_at, id);
create index thread_last_sent_idx on thread (last_sent_at, id);
create index thread_subject_lower_idx on thread (lower(subject));

create table message (
    id                   text      primary key,
    thread_id            text      not null references thread (id) deferrable,
    thread_position      integer   not null,
    sender_id            text      references person (id) deferrable,
    sender_redacted_text text,
    subject              text,
    sent_at              timestamp not null,
    sent_at_text         text      not null,
    time_zone            text,
    body                 text      not null,
    forwarded            boolean   not null,
    quoted_only          boolean   not null,
    has_redactions       boolean   not null,
    source_document      text      not null references document (name) deferrable,
    first_line           integer   not null check (first_line >= 1),
    last_line            integer   not null,
    -- Where lines first_line..last_line sit in document_text.content (0-based, in characters).
    source_offset        integer   not null check (source_offset >= 0),
    source_length        integer   not null check (source_length >= 0),
    search               tsvector generated always as (
        setweight(to_tsvector('english', coalesce(subject, '')), 'A') || setweight(to_tsvector('english', body), 'B')
    ) stored,
    check ((sender_id is null) <> (sender_redacted_text is null)),
    check (last_line >= first_line),
    unique (thread_id, thread_position)
);
create index message_sent_at_idx on message (sent_at, id);
create index message_sender_idx on message (sender_id, sent_at, id);
create index message_quoted_only_idx on message (quoted_only, sent_at, id);
create index message_redacted_idx on message (has_redactions, sent_at, id);
create index message_search_idx on message using gin (search);

-- Every place a message was read from; an email found in two documents has two rows.
create table message_source (
    message_id      text    not null references message (id) on delete cascade deferrable,
    source_document text    not null references document (name) deferrable,
    first_line      integer not null check (first_line >= 1),
    last_line       integer not null,
    primary key (message_id, source_document, first_line),
    check (last_line >= first_line)
);
create index message_source_document_idx on message_source (source_document);

-- To and Cc in header order: either a known person or a recipient the source redacts wholly.
create table message_recipient (
    message_id    text    not null references message (id) on delete cascade deferrable,
    kind          text    not null check (kind in ('to', 'cc')),
    position      integer not null,
    person_id     text    references person (id) deferrable,
    redacted_text text,
    primary key (message_id, kind, position),
    check ((person_id is null) <> (redacted_text is null))
);
create index message_recipient_person_idx on message_recipient (person_id, kind, message_id);

-- "On ..., X wrote:" inside a body: the quoting message and the message recovered from the quote.
create table message_quote (
    quoting_message_id text not null references message (id) on delete cascade deferrable,
    quoted_message_id  text not null references message (id) on delete cascade deferrable,
    primary key (quoting_message_id, quoted_message_id)
);
create index message_quote_quoted_idx on message_quote (quoted_message_id);

-- Redactions: runs of U+2588 and <redacted> placeholders in a body, and wholly redacted recipients.
create table redaction (
    message_id  text    not null references message (id) on delete cascade deferrable,
    position    integer not null,
    kind        text    not null check (kind in ('block', 'placeholder', 'recipient')),
    line        integer not null check (line >= 1),
    col         integer not null check (col >= 1),
    length      integer not null check (length >= 1),
    body_offset integer,
    primary key (message_id, position)
);

-- Placeholders such as "[Link to news article]" that stand for a link the source removed.
create table link_placeholder (
    message_id  text    not null references message (id) on delete cascade deferrable,
    position    integer not null,
    text        text    not null,
    line        integer not null check (line >= 1),
    col         integer not null check (col >= 1),
    body_offset integer not null,
    primary key (message_id, position)
);

-- Messages shown in an event's section ('section') or quoted by its statement ('quote').
create table event_message (
    event_id   text    not null references event (id) on delete cascade deferrable,
    message_id text    not null references message (id) on delete cascade deferrable,
    relation   text    not null check (relation in ('section', 'quote')),
    position   integer not null,
    primary key (event_id, message_id)
);
create index event_message_message_idx on event_message (message_id, event_id);

-- A passage of the narrative that quotes an email; message_id is null when the quoted email
-- is not in the corpus (status 'not-in-corpus').
create table narrative_quote (
    id               text    primary key,
    event_id         text    references event (id) on delete cascade deferrable,
    position         integer not null,
    text             text    not null,
    statement_date   date,
    message_id       text    references message (id) deferrable,
    status           text    not null check (status in ('matched', 'not-in-corpus')),
    source_document  text    not null references document (name) deferrable,
    first_line       integer not null check (first_line >= 1),
    last_line        integer not null,
    check ((message_id is null) = (status = 'not-in-corpus')),
    check (last_line >= first_line)
);
create index narrative_quote_event_idx on narrative_quote (event_id, position);
create index narrative_quote_message_idx on narrative_quote (message_id);

create table image (
    id              text    primary key,
    event_id        text    references event (id) on delete cascade deferrable,
    position        integer not null,
    alt             text    not null,
    path            text    not null,
    source_document text    not null references document (name) deferrable,
    first_line      integer not null check (first_line >= 1),
    last_line       integer not null,
    check (last_line >= first_line)
);
create index image_event_idx on image (event_id, position);
