-- What a catalog-driven ticket asks for: one row per component and environment, with the request
-- parameters the catalog validated (a JSON object). Provisioning and billing read these rows.
create table ticket_item (
    ticket_id        bigint         not null references ticket (id),
    line_no          integer        not null,
    component_key    varchar(100)   not null,
    environment_key  varchar(100)   not null,
    environment_kind varchar(20)    not null,
    parameters_json  varchar(10000) not null,
    primary key (ticket_id, line_no)
);
