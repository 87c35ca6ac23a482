-- The corporate e-mail domains of each customer's contract. A domain belongs to one customer only:
-- it is how a person's e-mail tells which customer they work for.
create table customer_domain (
    customer_id bigint       not null references customer (id),
    domain      varchar(253) not null primary key
);
create index customer_domain_customer_idx on customer_domain (customer_id);
