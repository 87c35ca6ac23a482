-- Rate limits and sign-in failure counts shared by every node (ratelimit module): one row per bucket,
-- e.g. 'api:address:203.0.113.7' or 'sign-in-failures:lou@acme.example|203.0.113.7'. hits counts
-- within the window that ends at window_ends; a row whose window has ended counts as none and is
-- deleted from time to time.
create table rate_counter (
    bucket      varchar(200)             not null primary key,
    hits        integer                  not null,
    window_ends timestamp with time zone not null
);
create index rate_counter_window_ends_idx on rate_counter (window_ends);
