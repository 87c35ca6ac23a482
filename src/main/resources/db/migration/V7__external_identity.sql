-- The identity provider's subject (the "sub" claim) of a person who signs in through single sign-on:
-- an account, once linked to a subject, admits only that subject, even if someone else later shows
-- up at the provider with the same e-mail address. Accounts with a password only have none.
alter table app_user add column external_subject varchar(255);
create unique index app_user_external_subject_idx on app_user (external_subject);
