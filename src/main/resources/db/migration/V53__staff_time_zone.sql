-- A staff member's own time zone for the pages (customer users read their contract's); null is UTC.
ALTER TABLE app_user ADD COLUMN time_zone VARCHAR(64);
