-- The notice sender claims a whole batch with one update and reads back the notices it got by this
-- token (a random UUID per claim), instead of one conditional update per notice (issue 13: fewer
-- statements per filing). A claim still only takes rows still pending and due, so two nodes never
-- both get a notice; the token only tells each node which rows its own update changed.
alter table notice_outbox add column claim_token varchar(36);
