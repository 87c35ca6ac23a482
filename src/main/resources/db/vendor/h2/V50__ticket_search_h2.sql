-- H2 (the embedded default): search matches the lower-cased document with LIKE, no index of its own.
-- This script keeps the version numbers of both databases alike (PostgreSQL adds tsvector columns here).
select 1;
