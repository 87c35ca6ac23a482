-- Notices are stored as what to say (kind or message key, arguments, link) and rendered by the sender,
-- in the recipient's language at that time, instead of inside the transaction of the ticket change
-- (docs/filing-performance.md). Rows written before keep their rendered subject and body.
-- Portable SQL (H2 and PostgreSQL).
alter table notice_outbox add column message_key varchar(100);
alter table notice_outbox add column arguments varchar(10000);
alter table notice_outbox add column link varchar(2000);
alter table notice_outbox alter column subject drop not null;
alter table notice_outbox alter column body drop not null;
alter table notice_outbox alter column locale drop not null;
