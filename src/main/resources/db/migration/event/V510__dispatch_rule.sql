-- Dispatch rules 派遣规则: where the event centre sends an event by category, place, urgency and time, along the
-- ladder 小事不出格、大事不出村、难事不出镇 (GRID, VILLAGE, TOWNSHIP, COUNTY).
create table event.dispatch_rule (
    -- numbered apart from the other objects of the platform, so that a rule's number is not mistaken for another's
    id                bigint generated always as identity (start with 1000001) primary key,
    region_code       text collate "C" not null check (region_code ~ '^[0-9]{2}([0-9]{2}([0-9]{2}([0-9]{3}([0-9]{3})?)?)?)?$'),
    name              text not null check (length(name) between 1 and 100),
    priority          integer not null default 0 check (priority between -1000 and 1000),
    category_prefix   text collate "C" check (category_prefix ~ '^[0-9]{2}([0-9]{2}([0-9]{2})?)?$'),
    grid_code         text collate "C" check (grid_code ~ '^[0-9]{15}$'),
    urgencies         text[] check (urgencies <@ array['NORMAL', 'URGENT', 'CRITICAL'] and cardinality(urgencies) > 0),
    day_types         text[] check (day_types <@ array['WORKDAY', 'WEEKEND', 'HOLIDAY'] and cardinality(day_types) > 0),
    hour_from         smallint check (hour_from between 0 and 23),
    hour_to           smallint check (hour_to between 0 and 24),
    target_level      text not null check (target_level in ('GRID', 'VILLAGE', 'TOWNSHIP', 'COUNTY')),
    target_department text collate "C",
    auto_dispatch     boolean not null default false,
    active            boolean not null default true,
    version           integer not null default 0,
    created_by        text not null,
    updated_by        text not null,
    updated_at        timestamptz not null,
    check ((hour_from is null) = (hour_to is null)),
    check (hour_from is null or hour_from <> hour_to),
    check (grid_code is null or starts_with(grid_code, region_code)),
    unique (region_code, name)
);
create index dispatch_rule_region_idx on event.dispatch_rule (region_code) where active;
comment on table event.dispatch_rule is 'Dispatch rules 派遣规则, each applying in the subtree of its region. [scope: region_code]';
comment on column event.dispatch_rule.hour_from is 'Hours of the day in the calendar zone, from (inclusive) to (exclusive); from > to wraps past midnight';
comment on column event.dispatch_rule.day_types is 'WORKDAY, WEEKEND, HOLIDAY by the working calendar; null = any day';
