-- Incident service levels (issue 14): when an open incident's next target falls due, by an index, so that
-- the breach sweep reads only the due ones (it read every open incident with its contract and timeline).
-- next_alarm_at: the earliest target not yet met nor recorded as breached (null: none left);
-- the *_breached flags: that target's SERVICE_LEVEL_BREACHED line was written (once per target);
-- version: two nodes raising one incident's alarm at once, one wins.
create table incident_alarm (
    incident_id          bigint                   not null primary key references incident (id),
    next_alarm_at        timestamp with time zone,
    acknowledge_breached boolean                  not null,
    mitigate_breached    boolean                  not null,
    resolve_breached     boolean                  not null,
    version              bigint                   not null
);
create index incident_alarm_due_idx on incident_alarm (next_alarm_at);

-- The open incidents of before: due at once (the first sweep computes their next alarm), with the
-- breaches their timelines already have, so that none is written twice.
insert into incident_alarm (incident_id, next_alarm_at, acknowledge_breached, mitigate_breached, resolve_breached, version)
select i.id, i.opened_at,
       exists (select 1 from incident_event e where e.incident_id = i.id and e.kind = 'SERVICE_LEVEL_BREACHED' and e.text = 'ACKNOWLEDGE'),
       exists (select 1 from incident_event e where e.incident_id = i.id and e.kind = 'SERVICE_LEVEL_BREACHED' and e.text = 'MITIGATE'),
       exists (select 1 from incident_event e where e.incident_id = i.id and e.kind = 'SERVICE_LEVEL_BREACHED' and e.text = 'RESOLVE'),
       0
from incident i
where i.status <> 'RESOLVED';
