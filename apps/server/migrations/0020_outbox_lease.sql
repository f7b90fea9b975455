-- Several workers may drain the outbox at once: each claims a batch for a minute, so an event is
-- handed to its consumers by one worker at a time (a worker that dies lets the lease run out).
alter table outbox_event add column leased_until timestamptz;
