-- An event list's date range (after, before) selects the events whose dates overlap it. Asked as a
-- range overlap (&&), a GiST index finds them directly; the B-tree indexes on start_date and
-- end_date had to read every event that starts before the range (or ends after it) and filter.
-- The check end_date >= start_date makes every row a valid range.
create index event_dates_idx on event using gist (daterange(start_date, end_date, '[]'));

-- Every event on a page carries its message links in order (aggregated per event): read from this
-- index alone, where the primary key (event_id, message_id) led to one heap page per link.
create index event_message_position_idx on event_message (event_id, position) include (message_id, relation);
