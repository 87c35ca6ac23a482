-- H2 (the embedded default): search matches the lower-cased document with LIKE and needs no column of its own
-- (PostgreSQL adds tsvector columns in its V50). Both fill in the documents of the tickets filed before search
-- existed; the search module rebuilds them on every later change.
insert into ticket_search (ticket_id, customer_id, public_text, internal_text)
select t.id, t.customer_id,
       t.title || char(10) || t.description
           || coalesce((select char(10) || listagg(m.body, char(10)) within group (order by m.id)
                        from ticket_message m where m.ticket_id = t.id and not m.internal), '')
           || coalesce((select char(10) || listagg(i.parameters_json, char(10)) within group (order by i.line_no)
                        from ticket_item i where i.ticket_id = t.id), '')
           || coalesce((select char(10) || listagg(a.filename, char(10)) within group (order by a.id)
                        from ticket_attachment a where a.ticket_id = t.id and not a.internal), ''),
       coalesce((select listagg(m.body, char(10)) within group (order by m.id)
                 from ticket_message m where m.ticket_id = t.id and m.internal), '')
           || coalesce((select char(10) || listagg(a.filename, char(10)) within group (order by a.id)
                        from ticket_attachment a where a.ticket_id = t.id and a.internal), '')
from ticket t;
