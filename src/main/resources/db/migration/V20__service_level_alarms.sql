-- Service-level alarms without a ServiceLevel process per ticket (docs/filing-performance.md): the
-- clock row keeps the earliest warning or breach still to raise while it runs, and a sweep finds the
-- due ones by this index. Portable SQL (H2 and PostgreSQL).
alter table service_level_clock add column next_alarm_at timestamp with time zone;

-- Clocks that already run: the next alarm of each open target (warning until raised, then breach).
update service_level_clock set next_alarm_at = case
    when paused_at is not null or resolved_at is not null then null
    else coalesce(
        case when responded_at is null and not response_breached
             then case when response_warned then response_due_at else response_warn_at end end,
        case when not resolution_breached
             then case when resolution_warned then resolution_due_at else resolution_warn_at end end)
    end;
-- The response's next alarm comes before the resolution's unless the resolution's is earlier.
update service_level_clock set next_alarm_at = case when resolution_warned then resolution_due_at else resolution_warn_at end
where next_alarm_at is not null and not resolution_breached
  and (case when resolution_warned then resolution_due_at else resolution_warn_at end) < next_alarm_at;

create index service_level_clock_alarm_idx on service_level_clock (next_alarm_at);
