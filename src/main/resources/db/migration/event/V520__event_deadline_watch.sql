-- Deadline watch 时限监察, supervision 督办 and time limits in working hours.

-- When the current deadline started to run (a share of the time from here on warns), when to warn, and when the
-- warning was given. A new deadline (dispatch, escalation, extension, reopening) resets all three.
alter table event.event
    add column due_from  timestamptz,
    add column warn_at   timestamptz,
    add column warned_at timestamptz;
update event.event set due_from = coalesce(dispatched_at, reported_at) where due_at is not null;
comment on column event.event.due_from is 'When the current deadline started to run';
comment on column event.event.warn_at is 'When the deadline watch warns that the deadline is near (planned once per deadline)';
comment on column event.event.warned_at is 'When that warning was given (临期预警), or null';

-- the watch's queues: deadlines without a planned warning, warnings due, and (existing index) deadlines passed
create index event_warn_plan_idx on event.event (due_at)
    where warn_at is null and warned_at is null and state in ('DISPATCHED', 'RECEIVED', 'HANDLING');
create index event_warn_due_idx on event.event (warn_at)
    where warned_at is null and state in ('DISPATCHED', 'RECEIVED', 'HANDLING');
-- 督办 lists
create index event_supervised_idx on event.event (region_code, reported_at) where supervised;

-- calendar.TimeLimit knows working hours (8wh) as well as calendar hours (24h) and working days (5d)
alter table event.event drop constraint event_extension_limit_check,
    add constraint event_extension_limit_check check (extension_limit ~ '^[0-9]+(h|wh|d)$');
alter table event.category drop constraint category_limit_normal_check,
    add constraint category_limit_normal_check check (limit_normal ~ '^[0-9]+(h|wh|d)$');
alter table event.category drop constraint category_limit_urgent_check,
    add constraint category_limit_urgent_check check (limit_urgent ~ '^[0-9]+(h|wh|d)$');
