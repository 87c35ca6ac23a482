-- Cluster-wide locks and job claims (io.connectdesk.cluster): several nodes share this database.
-- A named lock is this row taken with SELECT ... FOR UPDATE; last_due is the due time of the latest
-- run of a periodic job that a node claimed, so each due time runs on one node only.
create table cluster_lock (
    name     varchar(400)             primary key,
    last_due timestamp with time zone
);

-- One renewal ticket per issued certificate, however many nodes check at the same time: a node
-- claims the certificate's serial here, in the transaction that files the ticket.
create table certificate_renewal (
    serial      varchar(64)              primary key,
    request_key varchar(300)             not null,
    ticket_id   varchar(40),
    claimed_at  timestamp with time zone not null
);

-- The internal certificate authority's root, created once for the whole cluster: the certificate
-- (public) and its private key encrypted with the secret key (never in clear).
create table certificate_authority (
    id              varchar(20)              primary key,
    certificate_pem varchar(8000)            not null,
    key_cipher_text varchar(8000)            not null,
    created_at      timestamp with time zone not null
);
