-- Every admin and security act is audited (issue 12): the customer an entry concerns, for filtering,
-- and the act's details (JSON text). Entries are append-only: the application has no path that
-- updates or deletes one.
alter table audit_entry add column customer_id bigint;
alter table audit_entry add column details_json varchar(20000);
update audit_entry set customer_id = cast(entity_id as bigint) where entity_type = 'customer';
create index audit_entry_time_idx on audit_entry (recorded_at);
create index audit_entry_action_idx on audit_entry (action, recorded_at);
create index audit_entry_customer_idx on audit_entry (customer_id, recorded_at);
