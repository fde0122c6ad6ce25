-- The q filters of /api/people and /api/threads match a fragment anywhere in a name, alias or
-- subject (ILIKE '%…%'); trigram indexes serve those without scanning the tables.
-- pg_trgm is a trusted extension (PostgreSQL 13+): a database owner may create it.
create extension if not exists pg_trgm;

create index person_name_trgm_idx on person using gin (name gin_trgm_ops);
create index person_id_trgm_idx on person using gin (id gin_trgm_ops);
create index person_alias_trgm_idx on person_alias using gin (alias gin_trgm_ops);
create index thread_subject_trgm_idx on thread using gin (subject gin_trgm_ops);
