-- The reopen deadline is fixed when a ticket is resolved, from the window in force then: the same
-- instant the process's timer was given, whatever the setting says later.
alter table ticket add column reopenable_until timestamp with time zone;
