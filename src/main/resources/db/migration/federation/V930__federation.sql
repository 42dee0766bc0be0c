-- Node federation 级联 (module org.shuzhi.federation): where catalog sync stands with each neighbouring node, and the
-- nonces of signed messages already accepted.
create schema if not exists federation;

create table federation.peer_state (
    peer_node        text collate "C" not null check (peer_node ~ '^[a-z0-9][a-z0-9-]{1,39}$'),
    -- REPORT 上报 and FLOWBACK 回流: what this node sends to / takes from its parent; RECEIVED and SERVED: what a
    -- child sent here / took from here
    direction        text not null check (direction in ('REPORT', 'FLOWBACK', 'RECEIVED', 'SERVED')),
    position_at      timestamptz not null default 'epoch',
    position_id      bigint not null default 0,
    last_attempt_at  timestamptz,
    last_success_at  timestamptz,
    failures         integer not null default 0 check (failures >= 0),
    next_attempt_at  timestamptz,
    last_error       text check (length(last_error) <= 2000),
    changes_total    bigint not null default 0,
    applied_total    bigint not null default 0,
    primary key (peer_node, direction)
);
comment on table federation.peer_state is 'Catalog sync positions, outcomes and retry times per neighbouring node. [unscoped: node-level bookkeeping of the exchange between Shuzhi nodes, holds no jurisdiction''s data; shown to platform administrators only]';

create table federation.seen_nonce (
    peer_node  text collate "C" not null,
    nonce      text collate "C" not null,
    seen_at    timestamptz not null,
    primary key (peer_node, nonce)
);
create index seen_nonce_at_idx on federation.seen_nonce (seen_at);
comment on table federation.seen_nonce is 'Nonces of signed node messages already accepted, kept for twice the clock-skew window. [unscoped: replay protection of node messages, no jurisdiction''s data]';
