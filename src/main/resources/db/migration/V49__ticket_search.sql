-- Full-text search (issue 15): one document per ticket, rebuilt by the search module when the ticket's
-- text changes. public_text is what everyone on the ticket sees (title, description, public replies,
-- item parameters, public attachments' names); internal_text what only staff see (internal notes, their files).
-- PostgreSQL adds tsvector columns and GIN indexes over them (db/vendor/postgresql); H2 matches the
-- lower-cased text (db/vendor/h2 adds nothing of its own yet).
create table ticket_search (
    ticket_id     bigint primary key references ticket (id),
    customer_id   bigint not null references customer (id),
    public_text   text   not null,
    internal_text text   not null
);
create index ticket_search_customer_idx on ticket_search (customer_id, ticket_id);
