-- Identity 身份与权限: departments, roles and their permissions, accounts, their roles and grids, API tokens.
-- Region codes compare byte-wise (collation "C") so a scope's subtree is an index range (see ScopedSql).
create schema if not exists identity;

create table identity.department (
    code         text primary key check (code ~ '^[a-z0-9][a-z0-9_-]{1,63}$'),
    name         text        not null check (length(name) between 1 and 200),
    kind         text        not null check (kind in ('URBAN_MANAGEMENT', 'PUBLIC_SECURITY', 'CIVIL_AFFAIRS',
                     'ECOLOGY_ENVIRONMENT', 'MARKET_REGULATION', 'EMERGENCY_MANAGEMENT', 'HOUSING_CONSTRUCTION',
                     'WATER_RESOURCES', 'HEALTH', 'EDUCATION', 'HUMAN_RESOURCES', 'MEDICAL_INSURANCE', 'BIG_DATA',
                     'OTHER')),
    region_code  text collate "C" not null,
    created_at   timestamptz not null default now()
);
create index department_region_idx on identity.department (region_code);

create table identity.role (
    code                 text primary key check (code ~ '^[a-z][a-z0-9_]{1,63}$'),
    name_zh              text    not null,
    name_en              text    not null,
    built_in             boolean not null default false,
    department_narrowed  boolean not null default false
);

-- Permissions are stored by their Java constant name (org.shuzhi.identity.Permission), e.g. USER_MANAGE.
create table identity.role_permission (
    role_code   text not null references identity.role (code) on delete cascade,
    permission  text not null check (permission ~ '^[A-Z][A-Z_]*$'),
    primary key (role_code, permission)
);

create table identity.users (
    id                   bigint generated always as identity primary key,
    username             text        not null unique check (username ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
    display_name         text        not null check (length(display_name) between 1 and 200),
    kind                 text        not null check (kind in ('USER', 'SYSTEM')),
    region_code          text collate "C" not null,
    department_code      text references identity.department (code),
    status               text        not null default 'ACTIVE' check (status in ('ACTIVE', 'DISABLED')),
    password_hash        text,
    failed_attempts      integer     not null default 0,
    locked_until         timestamptz,
    password_changed_at  timestamptz,
    created_at           timestamptz not null default now()
);
create index users_region_idx on identity.users (region_code, department_code);

create table identity.user_role (
    user_id    bigint not null references identity.users (id) on delete cascade,
    role_code  text   not null references identity.role (code),
    primary key (user_id, role_code)
);
create index user_role_role_idx on identity.user_role (role_code);

create table identity.user_grid (
    user_id    bigint not null references identity.users (id) on delete cascade,
    grid_code  text collate "C" not null,
    primary key (user_id, grid_code)
);
create index user_grid_code_idx on identity.user_grid (grid_code);

-- Opaque bearer tokens: only the SHA-256 of the token is kept, never the token.
create table identity.api_token (
    id            bigint generated always as identity primary key,
    user_id       bigint      not null references identity.users (id) on delete cascade,
    token_hash    bytea       not null unique check (length(token_hash) = 32),
    name          text        not null check (length(name) between 1 and 100),
    created_at    timestamptz not null,
    expires_at    timestamptz not null,
    revoked_at    timestamptz,
    last_used_at  timestamptz
);
create index api_token_user_idx on identity.api_token (user_id);

-- The ten built-in roles. department_narrowed: holders see only their own department's records.
insert into identity.role (code, name_zh, name_en, built_in, department_narrowed) values
    ('platform_admin',          '平台管理员',         'Platform administrator',   true, false),
    ('data_authority_reviewer', '数据主管部门审核员', 'Data-authority reviewer',  true, false),
    ('department_data_admin',   '部门数据管理员',     'Department data admin',    true, true),
    ('department_handler',      '部门处置人员',       'Department handler',       true, true),
    ('dispatcher',              '调度员',             'Dispatcher',               true, false),
    ('hotline_operator',        '12345 话务员',       'Hotline operator',         true, false),
    ('grid_inspector',          '网格员',             'Grid inspector',           true, false),
    ('analyst',                 '数据分析员',         'Analyst',                  true, false),
    ('leader',                  '领导',               'Leader',                   true, false),
    ('system_account',          '系统账号',           'System account',           true, false);

insert into identity.role_permission (role_code, permission)
select 'platform_admin', p from unnest(array[
    'JURISDICTION_IMPORT', 'GRID_IMPORT', 'USER_READ', 'USER_MANAGE', 'ROLE_MANAGE', 'AUDIT_READ', 'AUDIT_VERIFY',
    'PERSONAL_VIEW_GENERAL', 'PERSONAL_VIEW_SENSITIVE', 'DATA_EXPORT', 'EVENT_REPORT', 'EVENT_DISPATCH',
    'EVENT_HANDLE', 'EVENT_VERIFY', 'EVENT_SUPERVISE', 'HOTLINE_ANSWER', 'CATALOG_MANAGE', 'CATALOG_REVIEW',
    'SHARE_REQUEST', 'SHARE_APPROVE', 'SHARE_CALL', 'STATS_READ', 'COCKPIT_READ', 'API_CLIENT']) p
union all
select 'data_authority_reviewer', p from unnest(array[
    'USER_READ', 'CATALOG_REVIEW', 'SHARE_APPROVE', 'AUDIT_READ', 'AUDIT_VERIFY', 'STATS_READ']) p
union all
select 'department_data_admin', p from unnest(array[
    'USER_READ', 'USER_MANAGE', 'CATALOG_MANAGE', 'SHARE_REQUEST', 'SHARE_CALL', 'DATA_EXPORT',
    'PERSONAL_VIEW_GENERAL', 'EVENT_REPORT', 'EVENT_HANDLE', 'STATS_READ']) p
union all
select 'department_handler', p from unnest(array['EVENT_REPORT', 'EVENT_HANDLE', 'PERSONAL_VIEW_GENERAL']) p
union all
select 'dispatcher', p from unnest(array[
    'EVENT_REPORT', 'EVENT_DISPATCH', 'EVENT_VERIFY', 'EVENT_SUPERVISE', 'PERSONAL_VIEW_GENERAL', 'STATS_READ']) p
union all
select 'hotline_operator', p from unnest(array['HOTLINE_ANSWER', 'EVENT_REPORT', 'PERSONAL_VIEW_GENERAL']) p
union all
select 'grid_inspector', p from unnest(array['EVENT_REPORT', 'EVENT_VERIFY', 'PERSONAL_VIEW_GENERAL']) p
union all
select 'analyst', p from unnest(array['STATS_READ', 'COCKPIT_READ']) p
union all
select 'leader', p from unnest(array['COCKPIT_READ', 'STATS_READ', 'EVENT_SUPERVISE', 'PERSONAL_VIEW_GENERAL']) p
union all
select 'system_account', p from unnest(array['API_CLIENT', 'SHARE_CALL']) p;
