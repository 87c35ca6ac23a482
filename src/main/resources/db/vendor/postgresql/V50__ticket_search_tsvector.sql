-- PostgreSQL only (spring.flyway.locations: db/vendor/{vendor}): full-text vectors over the search document,
-- computed by the database on every write, and GIN indexes for them. 'simple': no stemming, the same for
-- English and Spanish text, and host names (api.acme.example), repository names and CIDRs stay whole tokens.
alter table ticket_search add column public_tsv tsvector generated always as (to_tsvector('simple', public_text)) stored;
alter table ticket_search add column all_tsv tsvector
    generated always as (to_tsvector('simple', public_text || ' ' || internal_text)) stored;
create index ticket_search_public_tsv_idx on ticket_search using gin (public_tsv);
create index ticket_search_all_tsv_idx on ticket_search using gin (all_tsv);
