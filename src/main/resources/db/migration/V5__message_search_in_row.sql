-- A search reads the tsvector of every message it matches (to test the match and to rank it), and
-- a common word matches a third of a large corpus. Stored out of line (the default for a large
-- value), each read is a lookup in the TOAST table; kept in the row (compressed), the scan reads
-- the table alone. At 1M messages, counting the matches of a common word took 1.5 s out of line
-- and 0.44 s in the row; ranking them 2.2 s and 0.77 s (docs/benchmarks.md). The bodies, which only
-- the page's rows read, move out of the row instead when a row is too large.
-- Applies to the rows written from now on: every load writes all of them.
alter table message alter column search set storage main;
