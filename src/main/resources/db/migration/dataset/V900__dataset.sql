-- Managed datasets 数据集 (module org.shuzhi.dataset): the rows behind catalog entries whose resource is a DATASET.
-- Each dataset's rows live in a table of their own, dataset.ds_<entry id>, created by the loader from the entry's
-- information items (typed columns, then _row, _region, _loaded_at) and commented "[scope: _region]": the rows are
-- confined by the region each row belongs to. This table registers them.
create schema if not exists dataset;

create table dataset.dataset (
    entry_id             bigint primary key,
    entry_code           text collate "C" not null unique,
    table_name           text collate "C" not null unique check (table_name ~ '^ds_[0-9]+$'),
    region_code          text collate "C" not null,
    provider_department  text collate "C" not null,
    -- the information items the table was built from, as loaded (name, column, data type, field type, key …)
    items                jsonb not null,
    row_count            bigint not null default 0,
    last_load_id         bigint,
    loaded_at            timestamptz not null
);
create index dataset_region_idx on dataset.dataset (region_code, provider_department);
comment on table dataset.dataset is 'Managed datasets: one table of rows per catalog entry (dataset.ds_<entry id>, each scoped by its _region column). [scope: region_code, provider_department]';

-- One upload 导入 of a dataset: its progress while it runs and its quality report when it is over.
create table dataset.load (
    -- ids of their own range, so that a load id never reads as a small id of another kind of object
    id                   bigint generated always as identity (start with 100001) primary key,
    entry_id             bigint not null,
    entry_code           text collate "C" not null,
    region_code          text collate "C" not null,
    provider_department  text collate "C" not null,
    mode                 text not null check (mode in ('REPLACE', 'UPSERT')),
    format               text not null check (format in ('CSV', 'XLSX', 'JSON')),
    file_name            text check (length(file_name) <= 300),
    status               text not null check (status in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    total_bytes          bigint not null,
    bytes_read           bigint not null default 0,
    rows_read            bigint not null default 0,
    created_by           text not null,
    created_at           timestamptz not null,
    started_at           timestamptz,
    finished_at          timestamptz,
    -- the quality report (rows, completeness and validity per column, duplicates) and the first errors
    report               jsonb
);
create index load_entry_idx on dataset.load (entry_id, id desc);
create index load_region_idx on dataset.load (region_code, provider_department);
comment on table dataset.load is 'Dataset loads with progress and quality report. [scope: region_code, provider_department]';
