-- Statistics over events and the patrols of grid inspectors (3510 standard).

-- Statistics read every event reported in a period inside a scope. With this index a period is one contiguous
-- range whose entries carry every column the statistics and the heat map read, so the scan is index-only and does
-- not touch the wide rows (title, description). The region predicate of the scope is checked on the index entry.
-- A small region over a long period is served by event_region_idx (region_code, reported_at) instead.
create index event_statistics_idx on event.event (reported_at, region_code)
    include (state, source, category_code, grid_code, assigned_department, accepted_at, dispatched_at, handled_at,
             closed_at, due_at, overdue, returns, reopens, lat, lng);

-- Reports by an inspector on patrol, for the 3510 standard (≥ 10 problems reported a day).
create index event_reporter_idx on event.event (reporter_account, reported_at)
    where source = 'GRID_PATROL' and reporter_account is not null;

-- 巡查: one patrol of a grid inspector, from check-in to check-out.
create table event.patrol (
    id                 bigint generated always as identity primary key,
    inspector_account  text not null check (length(inspector_account) between 1 and 100),
    inspector_name     text not null check (length(inspector_name) between 1 and 100),
    grid_code          text collate "C",
    region_code        text collate "C" not null check (region_code ~ '^[0-9]{2}([0-9]{2}([0-9]{2}([0-9]{3}([0-9]{3})?)?)?)?$'),
    started_at         timestamptz not null,
    ended_at           timestamptz,
    start_lat          double precision check (start_lat between -90 and 90),
    start_lng          double precision check (start_lng between -180 and 180),
    end_lat            double precision check (end_lat between -90 and 90),
    end_lng            double precision check (end_lng between -180 and 180),
    distance_metres    double precision check (distance_metres >= 0),
    check ((start_lat is null) = (start_lng is null)),
    check ((end_lat is null) = (end_lng is null)),
    check (ended_at is null or ended_at >= started_at)
);
-- at most one open patrol per inspector
create unique index patrol_open_idx on event.patrol (inspector_account) where ended_at is null;
create index patrol_region_idx on event.patrol (region_code, started_at);
create index patrol_inspector_idx on event.patrol (inspector_account, started_at);
comment on table event.patrol is 'Patrols 巡查 of grid inspectors, check-in to check-out, for the 3510 standard. [scope: region_code]';
comment on column event.patrol.region_code is 'The region of the patrolled grid (its village), or the inspector''s region without a grid';
comment on column event.patrol.inspector_name is 'The inspector''s display name at check-in (staff, shown only inside the scope)';
