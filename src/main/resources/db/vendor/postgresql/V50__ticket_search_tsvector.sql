-- PostgreSQL only (spring.flyway.locations: db/vendor/{vendor}): full-text vectors over the search document,
-- computed by the database on every write, and GIN indexes for them. 'simple': no stemming, the same for
-- English and Spanish text, and host names (api.acme.example), repository names and CIDRs stay whole tokens.
alter table ticket_search add column public_tsv tsvector generated always as (to_tsvector('simple', public_text)) stored;
alter table ticket_search add column all_tsv tsvector
    generated always as (to_tsvector('simple', public_text || ' ' || internal_text)) stored;
create index ticket_search_public_tsv_idx on ticket_search using gin (public_tsv);
create index ticket_search_all_tsv_idx on ticket_search using gin (all_tsv);

-- The documents of the tickets filed before search existed (the search module rebuilds them on every later change).
insert into ticket_search (ticket_id, customer_id, public_text, internal_text)
select t.id, t.customer_id,
       t.title || chr(10) || t.description
           || coalesce((select chr(10) || string_agg(m.body, chr(10) order by m.id)
                        from ticket_message m where m.ticket_id = t.id and not m.internal), '')
           || coalesce((select chr(10) || string_agg(i.parameters_json, chr(10) order by i.line_no)
                        from ticket_item i where i.ticket_id = t.id), '')
           || coalesce((select chr(10) || string_agg(a.filename, chr(10) order by a.id)
                        from ticket_attachment a where a.ticket_id = t.id and not a.internal), ''),
       coalesce((select string_agg(m.body, chr(10) order by m.id)
                 from ticket_message m where m.ticket_id = t.id and m.internal), '')
           || coalesce((select chr(10) || string_agg(a.filename, chr(10) order by a.id)
                        from ticket_attachment a where a.ticket_id = t.id and a.internal), '')
from ticket t;
