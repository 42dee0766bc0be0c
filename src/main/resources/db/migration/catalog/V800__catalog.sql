-- Data resource catalog 政务数据资源目录 (module org.shuzhi.catalog), after GB/T 21063 and the catalog guide.
create schema if not exists catalog;

-- One catalog entry 目录 with its working copy; published versions are kept apart in catalog.entry_version.
create table catalog.entry (
    id                   bigint generated always as identity primary key,
    code                 text collate "C" not null unique check (code ~ '^[0-9A-Za-z][0-9A-Za-z/._-]{2,63}$'),
    version              integer not null default 1 check (version >= 1),
    published_version    integer check (published_version >= 1),
    state                text not null check (state in ('DRAFT', 'ATTACHED', 'SUBMITTED', 'APPROVED', 'PUBLISHED',
                             'REJECTED', 'WITHDRAWN')),
    -- 类 / 项 / 目 / 细目: a two-digit class (e.g. 01 基础信息资源), then item, category and sub-category codes
    class_code           text collate "C" not null check (class_code ~ '^[0-9]{2}$'),
    item_code            text collate "C" check (item_code ~ '^[0-9]{2,3}$'),
    category_code        text collate "C" check (category_code ~ '^[0-9]{2,3}$'),
    detail_code          text collate "C" check (detail_code ~ '^[0-9]{2,4}$'),
    name                 text not null check (length(name) between 1 and 200),
    abstract             text not null check (length(abstract) between 1 and 4000),
    format               text not null check (format in ('DATABASE', 'FILE', 'API', 'SPREADSHEET', 'IMAGE',
                             'STREAMING', 'OTHER')),
    update_cycle         text not null check (update_cycle in ('REALTIME', 'DAILY', 'WEEKLY', 'MONTHLY',
                             'QUARTERLY', 'YEARLY', 'IRREGULAR')),
    region_code          text collate "C" not null check (region_code ~ '^[0-9]{2}([0-9]{2}([0-9]{2}([0-9]{3}([0-9]{3})?)?)?)?$'),
    provider_department  text collate "C" not null,
    grade                text not null check (grade in ('CORE', 'IMPORTANT', 'GENERAL')),
    sharing_type         text not null check (sharing_type in ('UNCONDITIONAL', 'CONDITIONAL', 'NOT_SHARED')),
    sharing_condition    text check (length(sharing_condition) <= 2000),
    sharing_method       text check (sharing_method in ('API', 'DOWNLOAD', 'BOTH')),
    legal_basis          text check (length(legal_basis) <= 2000),
    open_type            text not null check (open_type in ('OPEN', 'CONDITIONAL', 'NOT_OPEN')),
    resource_kind        text check (resource_kind in ('DATASET', 'API')),
    resource_ref         text check (length(resource_ref) <= 500),
    related_codes        text[] not null default '{}',
    published_on         date,
    -- words of name, abstract and information items, segmented by Lucene smartcn, for Chinese full-text search
    search_words         tsvector not null default ''::tsvector,
    created_by           text not null,
    created_at           timestamptz not null,
    modified_at          timestamptz not null,
    row_version          integer not null default 0,
    check ((resource_kind is null) = (resource_ref is null)),
    check (sharing_type = 'UNCONDITIONAL' or legal_basis is not null)
);
create index entry_region_idx on catalog.entry (region_code, modified_at desc);
create index entry_provider_idx on catalog.entry (provider_department, state);
create index entry_modified_idx on catalog.entry (modified_at, id);
create index entry_search_idx on catalog.entry using gin (search_words);
comment on table catalog.entry is 'Catalog entries 目录 with their working copy and workflow state. [scope: region_code, provider_department]';
comment on column catalog.entry.published_version is 'The version consumers see; null until first published';

-- 信息项: the fields of the working copy, in order.
create table catalog.item (
    entry_id       bigint not null references catalog.entry (id) on delete cascade,
    position       smallint not null check (position between 1 and 500),
    name           text not null check (length(name) between 1 and 100),
    column_name    text collate "C" not null check (column_name ~ '^[a-z][a-z0-9_]{0,62}$'),
    data_type      text not null check (data_type in ('TEXT', 'INTEGER', 'DECIMAL', 'DATE', 'DATETIME', 'BOOLEAN')),
    field_type     text not null,
    grade          text not null check (grade in ('CORE', 'IMPORTANT', 'GENERAL')),
    personal_info  text not null check (personal_info in ('SENSITIVE', 'GENERAL', 'NONE')),
    masking_rule   text check (length(masking_rule) <= 200),
    required       boolean not null default false,
    is_key         boolean not null default false,
    primary key (entry_id, position),
    unique (entry_id, column_name)
);
comment on table catalog.item is 'Information items 信息项 of an entry''s working copy. [scope via catalog.entry]';

-- Every published version as it was published, so that consumers and the sync keep seeing what was agreed.
create table catalog.entry_version (
    entry_id      bigint not null references catalog.entry (id),
    version       integer not null,
    published_at  timestamptz not null,
    published_by  text not null,
    snapshot      jsonb not null,
    primary key (entry_id, version)
);
comment on table catalog.entry_version is 'Published versions of catalog entries, as published. [scope via catalog.entry]';

-- The workflow's history 流转记录: who did what to which version, and why.
create table catalog.entry_step (
    id          bigint generated always as identity primary key,
    entry_id    bigint not null references catalog.entry (id),
    version     integer not null,
    at          timestamptz not null,
    action      text not null,
    from_state  text,
    to_state    text not null,
    actor       text not null,
    reason      text check (length(reason) <= 2000)
);
create index entry_step_entry_idx on catalog.entry_step (entry_id, id);
comment on table catalog.entry_step is 'Workflow steps of catalog entries. [scope via catalog.entry]';
