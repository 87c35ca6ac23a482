-- Accounts people create themselves (sign-up) or are invited to, customer admins, and sign-in throttling.
-- customer_admin: may mark the approvers of their own customer.
-- failed_attempts / locked_until: consecutive failed sign-ins and the lock they caused.
alter table app_user add column customer_admin boolean default false not null;
alter table app_user add column failed_attempts integer default 0 not null;
alter table app_user add column locked_until timestamp with time zone;

-- One-time links sent by e-mail: sign-up verification and invitations. Only the SHA-256 hash of the
-- random token is kept; a link works once (used_at) and until it expires.
create table account_token (
    token_hash varchar(64)              not null primary key,
    user_id    bigint                   not null references app_user (id),
    purpose    varchar(20)              not null,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    used_at    timestamp with time zone
);
create index account_token_user_idx on account_token (user_id, purpose);
