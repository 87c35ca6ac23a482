-- The timeline's and the notice outbox's ids come from sequences in blocks of 50 (pooled-lo), as the ticket's
-- numbers do: each filing inserts a timeline line and notices, and an id the database makes at the insert made
-- Hibernate send each at once and read the id back (docs/filing-performance.md, section 17). The columns lose their
-- identity default, so an insert without an id fails instead of taking an id a block has handed out.
-- PostgreSQL's script (db/vendor/postgresql) does the same with setval.
alter table ticket_event alter column id drop identity;
create sequence ticket_event_seq increment by 50;
alter sequence ticket_event_seq restart with (select coalesce(max(id), 0) + 1 from ticket_event);

alter table notice_outbox alter column id drop identity;
create sequence notice_outbox_seq increment by 50;
alter sequence notice_outbox_seq restart with (select coalesce(max(id), 0) + 1 from notice_outbox);
