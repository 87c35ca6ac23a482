-- Failed sign-ins are now counted per (account, client address) and per address in rate_counter
-- (V34), so that nobody can lock another person out; the per-account count and lock go.
alter table app_user drop column failed_attempts;
alter table app_user drop column locked_until;
