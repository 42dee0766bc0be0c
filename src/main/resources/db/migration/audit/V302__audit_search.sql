-- Audit search (审计查询): an auditor reads the records of actors inside their scope, newest first, filtered.
--
-- The actor's department, for a department-narrowed scope: the part after '/' of the scope label
-- ('320509/320509-cg' -> '320509-cg'); null for an actor not narrowed to a department. Derived, so the chain's
-- hashes (over the recorded fields only) are untouched.
alter table audit.record
    add column actor_department text generated always as (nullif(split_part(actor_scope, '/', 2), '')) stored;

-- Every search orders by seq (newest first, keyset paging). The scope is a byte-wise range on the label
-- (ScopedSql compares with collation "C"); each filter has an index ending in seq so its newest page is a short
-- backward index walk. The earlier (actor, recorded_at) and (action, recorded_at) indexes served no query.
create index record_scope_seq_idx on audit.record (actor_scope collate "C", seq);
drop index audit.record_actor_idx;
create index record_actor_seq_idx on audit.record (actor, seq);
drop index audit.record_action_idx;
create index record_action_seq_idx on audit.record (action collate "C", seq);
create index record_target_seq_idx on audit.record (target, seq);
create index record_request_id_idx on audit.record (request_id);
-- Partial: what auditors look for most is rare (failures, refusals; a department's own actors), and small
-- indexes cost appends little.
create index record_unsuccessful_seq_idx on audit.record (outcome, seq) where outcome <> 'SUCCESS';
create index record_department_seq_idx on audit.record (actor_department, seq) where actor_department is not null;

comment on table audit.record is 'The hash-chained audit log; an auditor sees the records of actors inside their scope (a department-narrowed one only those of actors labelled with their department); records without an actor scope only the unrestricted scope. [scope: actor_scope, actor_department]';
