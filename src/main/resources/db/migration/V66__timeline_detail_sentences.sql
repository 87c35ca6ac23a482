-- Timeline details as a sentence and its typed arguments (issue 16), rendered in each reader's language; the
-- detail column keeps the English text (older rows have only that, and readers fall back to it).
alter table ticket_event add column detail_key varchar(100);
alter table ticket_event add column detail_arguments varchar(8000);
