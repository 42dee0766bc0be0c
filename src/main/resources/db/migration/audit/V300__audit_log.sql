-- The append-only, hash-chained audit log (审计日志). Each record carries the hash of the one before.
create schema if not exists audit;

create table audit.record (
    seq          bigint      primary key,
    recorded_at  timestamptz not null,
    actor        text        not null,
    actor_scope  text,
    action       text        not null,
    target       text,
    outcome      text        not null,
    client_ip    text,
    request_id   text,
    details      text,
    prev_hash    bytea       not null,
    hash         bytea       not null
);
create index record_recorded_at_idx on audit.record (recorded_at);
create index record_actor_idx on audit.record (actor, recorded_at);
create index record_action_idx on audit.record (action, recorded_at);

-- Where the chain starts after old records were purged by retention: the seq and hash of the last purged record.
create table audit.chain_base (
    id    smallint primary key check (id = 1),
    seq   bigint not null,
    hash  bytea  not null
);

-- Periodic anchors (digest of the head); also written to a file outside the database so a cut tail is detected.
create table audit.anchor (
    seq          bigint      primary key,
    hash         bytea       not null,
    anchored_at  timestamptz not null
);

-- Append-only: updates and deletes are refused unless the retention purge declares itself for this transaction.
create function audit.refuse_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and current_setting('shuzhi.audit_purge', true) = 'on' then
        return old;
    end if;
    raise exception 'audit.record is append-only (% refused)', tg_op;
end $$;

create trigger record_append_only before update or delete on audit.record
    for each row execute function audit.refuse_change();
