-- V11's (urgent, next_due_at) index served the first queue; since V18 every queue view reads its own index
-- (ticket_view_*), and no query orders all tickets by due time. It only cost writes: an insert into it per
-- filing and a move in it at every change of a ticket's due times (docs/filing-performance.md, section 10).
drop index ticket_queue_due_idx;
