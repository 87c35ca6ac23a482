-- SRE queue views (ticket module, README "Queues"). Portable SQL (H2 and PostgreSQL).
-- What the views filter on is kept on the ticket row, so that each view's first page is one
-- range of one index read in order, never a sort of every open ticket:
--   in_queue          the ticket waits for the service's work (in review, waiting on the customer, in progress)
--   assignee_id       the staff member holding its current lifecycle task (claim, give back, complete)
--   escalated_at      when the escalation ladder handed it to the experts; escalated: and it is still in the queue
--   response_warned, resolution_warned  the service-level warnings that fired
--   sla_warned        in the queue, its clock runs, and a warning fired for a target still running
alter table ticket add column in_queue boolean default false not null;
alter table ticket add column assignee_id bigint;
alter table ticket add column escalated_at timestamp with time zone;
alter table ticket add column escalated boolean default false not null;
alter table ticket add column response_warned boolean default false not null;
alter table ticket add column resolution_warned boolean default false not null;
alter table ticket add column sla_warned boolean default false not null;

update ticket set in_queue = true where status in ('IN_REVIEW', 'WAITING_FOR_CUSTOMER', 'IN_PROGRESS');

-- Each index: the view's equality columns, then the queue order (urgent first, the nearest due
-- time, no due time last, then oldest). The query orders by the same columns, so the database reads
-- the first page straight off the index and stops.
create index ticket_view_status_idx on ticket (status, urgent desc, next_due_at asc nulls last, id);
create index ticket_view_customer_status_idx on ticket (customer_id, status, urgent desc, next_due_at asc nulls last, id);
-- It starts with V1's (customer_id, status), which serves the ticket lists as before; with both, H2
-- picked V1's for the customer filter and sorted the customer's whole view (bench/README.md).
drop index ticket_customer_status_idx;
create index ticket_view_open_idx on ticket (in_queue, urgent desc, next_due_at asc nulls last, id);
create index ticket_view_customer_open_idx on ticket (customer_id, in_queue, urgent desc, next_due_at asc nulls last, id);
create index ticket_view_assignee_idx on ticket (assignee_id, urgent desc, next_due_at asc nulls last, id);
create index ticket_view_escalated_idx on ticket (escalated, urgent desc, next_due_at asc nulls last, id);
create index ticket_view_warned_idx on ticket (sla_warned, urgent desc, next_due_at asc nulls last, id);
-- The category filter looks a ticket's components up by ticket: the primary key (ticket_id, component_key) serves it.
