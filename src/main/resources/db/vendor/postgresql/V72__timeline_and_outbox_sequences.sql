-- The timeline's and the notice outbox's ids come from sequences in blocks of 50 (pooled-lo), as the ticket's
-- numbers do: each filing inserts a timeline line and notices, and an id the database makes at the insert made
-- Hibernate send each at once and read the id back (docs/filing-performance.md, section 17). The columns lose their
-- identity default, so an insert without an id fails instead of taking an id a block has handed out.
-- H2's script (db/vendor/h2) does the same with ALTER SEQUENCE ... RESTART.
alter table ticket_event alter column id drop identity;
create sequence ticket_event_seq increment by 50;
select setval('ticket_event_seq', coalesce((select max(id) from ticket_event), 0) + 1, false);

alter table notice_outbox alter column id drop identity;
create sequence notice_outbox_seq increment by 50;
select setval('notice_outbox_seq', coalesce((select max(id) from notice_outbox), 0) + 1, false);
