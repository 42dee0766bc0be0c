-- Sharing exchange 共享交换 (module org.shuzhi.sharing): applications 共享申请, grants 授权, calls and objections 数据异议.
-- Every table concerns two sides: the consumer (who applies, calls, objects) and the provider (the catalog entry's
-- region and department). The marker names the consumer's columns; the provider's side is read with the same scope
-- on provider_region, provider_department (see docs/ARCHITECTURE.md, Data scope: two-sided tables).
create schema if not exists sharing;

create table sharing.application (
    id                   bigint generated always as identity primary key,
    entry_code           text collate "C" not null,
    entry_name           text not null,
    provider_region      text collate "C" not null,
    provider_department  text collate "C" not null,
    consumer_region      text collate "C" not null,
    consumer_department  text collate "C",
    applicant            text not null,
    purpose              text not null check (length(purpose) between 1 and 2000),
    fields               text[] not null check (cardinality(fields) >= 1),
    duration_days        integer not null check (duration_days between 1 and 1095),
    legal_basis          text not null check (length(legal_basis) between 1 and 2000),
    row_region           text collate "C" not null,
    state                text not null check (state in ('PENDING', 'APPROVED', 'REJECTED')),
    submitted_at         timestamptz not null,
    remind_at            timestamptz not null,
    due_at               timestamptz not null,
    reminded_at          timestamptz,
    escalated_at         timestamptz,
    decided_at           timestamptz,
    decided_by           text,
    reason               text check (length(reason) <= 2000),
    check (state = 'PENDING' or decided_at is not null),
    check (state <> 'REJECTED' or reason is not null)
);
create index application_consumer_idx on sharing.application (consumer_region, submitted_at desc);
create index application_provider_idx on sharing.application (provider_region, submitted_at desc);
create index application_pending_idx on sharing.application (due_at) where state = 'PENDING';
comment on table sharing.application is 'Sharing applications 共享申请. [scope: consumer_region, consumer_department] '
    '[provider side: provider_region, provider_department]';

create table sharing.application_step (
    id              bigint generated always as identity primary key,
    application_id  bigint not null references sharing.application (id),
    at              timestamptz not null,
    action          text not null check (action in ('SUBMIT', 'REMIND', 'ESCALATE', 'APPROVE', 'REJECT')),
    actor           text not null,
    note            text check (length(note) <= 2000)
);
create index application_step_idx on sharing.application_step (application_id, id);
comment on table sharing.application_step is 'What happened to an application, and who did it. [scope via sharing.application]';

create table sharing.access_grant (
    id                   bigint generated always as identity primary key,
    application_id       bigint unique references sharing.application (id),
    entry_code           text collate "C" not null,
    provider_region      text collate "C" not null,
    provider_department  text collate "C" not null,
    consumer_region      text collate "C" not null,
    consumer_department  text collate "C",
    consumer_account     text,
    purpose              text not null,
    fields               text[] not null check (cardinality(fields) >= 1),
    clear_fields         text[] not null default '{}',
    row_region           text collate "C" not null,
    valid_from           timestamptz not null,
    valid_until          timestamptz not null check (valid_until > valid_from),
    granted_at           timestamptz not null,
    granted_by           text not null,
    check (clear_fields <@ fields)
);
create index access_grant_consumer_idx on sharing.access_grant (entry_code, consumer_account, consumer_department);
create index access_grant_provider_idx on sharing.access_grant (provider_region, granted_at desc);
comment on table sharing.access_grant is 'Grants 授权: who may call which fields of which rows until when. '
    '[scope: consumer_region, consumer_department] [provider side: provider_region, provider_department]';

-- One row per call, written in batches by a background flusher so that calls need not wait for it.
create table sharing.call (
    id                   bigint generated always as identity primary key,
    at                   timestamptz not null,
    entry_code           text collate "C" not null,
    provider_region      text collate "C",
    provider_department  text collate "C",
    consumer_region      text collate "C",
    consumer_department  text collate "C",
    consumer             text not null,
    grant_id             bigint,
    status               smallint not null,
    row_count            integer not null default 0,
    latency_micros       integer not null
);
create index call_consumer_idx on sharing.call (consumer_region, at);
create index call_provider_idx on sharing.call (provider_region, at);
comment on table sharing.call is 'Sharing API calls for statistics. [scope: consumer_region, consumer_department] '
    '[provider side: provider_region, provider_department]';

create table sharing.objection (
    id                   bigint generated always as identity primary key,
    entry_code           text collate "C" not null,
    provider_region      text collate "C" not null,
    provider_department  text collate "C" not null,
    consumer_region      text collate "C" not null,
    consumer_department  text collate "C",
    filed_by             text not null,
    row_key              text not null check (length(row_key) between 1 and 200),
    column_name          text collate "C",
    description          text not null check (length(description) between 1 and 2000),
    evidence             text check (length(evidence) <= 2000),
    state                text not null check (state in ('OPEN', 'ACCEPTED', 'CORRECTED', 'REJECTED')),
    filed_at             timestamptz not null,
    resolved_at          timestamptz,
    resolved_by          text,
    reason               text check (length(reason) <= 2000),
    check (state <> 'REJECTED' or reason is not null)
);
create index objection_consumer_idx on sharing.objection (consumer_region, filed_at desc);
create index objection_provider_idx on sharing.objection (provider_region, state, filed_at desc);
comment on table sharing.objection is 'Objections 数据异议 to shared data. [scope: consumer_region, consumer_department] '
    '[provider side: provider_region, provider_department]';
