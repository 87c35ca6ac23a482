-- What the provisioning adapters left behind (io.connectdesk.provisioning.adapter). Portable SQL (H2, PostgreSQL).

-- One row per provisioned component: the idempotency key (ticket:component:environment) and the
-- outputs the first call returned, so a retried call answers the same and creates nothing new.
create table provisioned_component (
    request_key     varchar(300)             primary key,
    kind            varchar(40)              not null,
    customer_id     bigint                   not null references customer (id),
    ticket_id       varchar(40)              not null,
    component_key   varchar(100)             not null,
    environment_key varchar(100)             not null,
    outputs         varchar(8000)            not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null
);
create index provisioned_component_customer_idx on provisioned_component (customer_id);

-- Who may clone and push a served Git repository ({customer}/{name}.git), by e-mail.
create table git_repository_member (
    repository varchar(300) not null,
    email      varchar(320) not null,
    primary key (repository, email)
);

-- One Git access token per person: only its SHA-256 is kept; the token itself is shown once.
create table git_token (
    email      varchar(320)             primary key,
    token_id   varchar(40)              not null unique,
    token_hash varchar(64)              not null,
    created_at timestamp with time zone not null
);

-- Leaf certificates the internal CA issued, with their chain (public) and when they expire.
create table issued_certificate (
    request_key       varchar(300)             primary key,
    customer_id       bigint                   not null references customer (id),
    ticket_id         varchar(40)              not null,
    component_key     varchar(100)             not null,
    environment_key   varchar(100)             not null,
    serial            varchar(64)              not null unique,
    fingerprint       varchar(64)              not null,
    not_after         timestamp with time zone not null,
    pem_chain         varchar(20000)           not null,
    private_key_ref   varchar(60)              not null,
    renewal_ticket_id varchar(40),
    created_at        timestamp with time zone not null
);
create index issued_certificate_not_after_idx on issued_certificate (not_after);

-- Generated secrets (VPN pre-shared keys, database passwords, OIDC client secrets, private keys),
-- AES-GCM encrypted; configuration files refer to them by id only.
create table provisioning_secret (
    id          varchar(60)              primary key,
    request_key varchar(300)             not null,
    name        varchar(100)             not null,
    customer_id bigint                   not null references customer (id),
    cipher_text varchar(8000)            not null,
    created_at  timestamp with time zone not null,
    unique (request_key, name)
);
