-- Event centre 一网统管 (module org.shuzhi.event): the category catalogue, events and their timelines.
create schema if not exists event;

-- 三级分类: the configurable 3-level category catalogue with each leaf's time limits.
create table event.category (
    code               text collate "C" primary key check (code ~ '^[0-9]{2}([0-9]{2}([0-9]{2})?)?$'),
    parent_code        text collate "C" references event.category (code),
    level              smallint not null check (level between 1 and 3),
    name_zh            text not null check (length(name_zh) between 1 and 100),
    name_en            text not null check (length(name_en) between 1 and 200),
    -- time limits of a leaf: hours (calendar, 24 × 7) or working days, for normal and urgent events
    limit_normal       text check (limit_normal ~ '^[0-9]+[hd]$'),
    limit_urgent       text check (limit_urgent ~ '^[0-9]+[hd]$'),
    department_kind    text,
    active             boolean not null default true,
    check ((level = 1) = (parent_code is null)),
    check (level < 3 or (limit_normal is not null and limit_urgent is not null))
);
comment on table event.category is 'The 3-level event category catalogue with time limits per leaf. [unscoped: one catalogue for the whole platform, configuration rather than data about anyone]';

create table event.event (
    id                    bigint generated always as identity primary key,
    source                text not null check (source in ('GRID_PATROL', 'HOTLINE', 'PUBLIC_CITIZEN',
                              'PUBLIC_ENTERPRISE', 'PUBLIC_GOVERNMENT', 'OPEN311', 'SENSOR')),
    idempotency_key       text check (length(idempotency_key) between 1 and 200),
    category_code         text collate "C" not null references event.category (code),
    title                 text not null check (length(title) between 1 and 200),
    description           text not null check (length(description) between 1 and 4000),
    urgency               text not null check (urgency in ('NORMAL', 'URGENT', 'CRITICAL')),
    lat                   double precision check (lat between -90 and 90),
    lng                   double precision check (lng between -180 and 180),
    address               text check (length(address) <= 500),
    grid_code             text collate "C",
    region_code           text collate "C" not null check (region_code ~ '^[0-9]{6}([0-9]{3}([0-9]{3})?)?$'),
    reporter_name         text check (length(reporter_name) <= 100),
    reporter_phone        text check (length(reporter_phone) <= 40),
    reporter_account      text,
    state                 text not null check (state in ('REPORTED', 'ACCEPTED', 'REJECTED', 'DISPATCHED',
                              'RECEIVED', 'HANDLING', 'HANDLED', 'VERIFIED', 'CLOSED', 'MERGED')),
    handling_level        text check (handling_level in ('GRID', 'VILLAGE', 'TOWNSHIP', 'COUNTY')),
    assigned_region_code  text collate "C",
    assigned_department   text collate "C",
    dispatch_explanation  text,
    master_id             bigint references event.event (id),
    reported_at           timestamptz not null,
    accepted_at           timestamptz,
    dispatched_at         timestamptz,
    handled_at            timestamptz,
    closed_at             timestamptz,
    due_at                timestamptz,
    overdue               boolean not null default false,
    supervised            boolean not null default false,
    extension_requested   boolean not null default false,
    extension_limit       text check (extension_limit ~ '^[0-9]+[hd]$'),
    returns               integer not null default 0,
    reopens               integer not null default 0,
    escalations           integer not null default 0,
    version               integer not null default 0,
    check ((lat is null) = (lng is null)),
    check ((state = 'MERGED') = (master_id is not null))
);
create unique index event_idempotency_idx on event.event (source, idempotency_key) where idempotency_key is not null;
create index event_region_idx on event.event (region_code, reported_at);
create index event_department_idx on event.event (assigned_department, state);
create index event_state_due_idx on event.event (state, due_at) where state in ('DISPATCHED', 'RECEIVED', 'HANDLING');
create index event_master_idx on event.event (master_id) where master_id is not null;
create index event_category_time_idx on event.event (category_code, reported_at);
comment on table event.event is 'Events 事件 from every source with their current state. [scope: region_code, assigned_department]';
comment on column event.event.region_code is 'Where the event happened: the village (or township) from the grid, or the region given';
comment on column event.event.assigned_department is 'The department handling it; department-narrowed callers see only their own';

-- The timeline 流转记录: every transition with who, when and why.
create table event.transition (
    id            bigint generated always as identity primary key,
    event_id      bigint not null references event.event (id),
    at            timestamptz not null,
    action        text not null,
    from_state    text,
    to_state      text not null,
    actor         text not null,
    actor_scope   text,
    reason        text check (length(reason) <= 2000),
    details       jsonb
);
create index transition_event_idx on event.transition (event_id, at, id);
comment on table event.transition is 'Every state change of an event with who, when and why. [scope via event.event]';
