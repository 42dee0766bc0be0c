-- Data-scope markers (see docs/ARCHITECTURE.md, "Data scope"): every table says how it is confined.
comment on table audit.record is 'The hash-chained audit log; an auditor sees the records of actors inside their scope. [scope: actor_scope]';
comment on table audit.chain_base is 'Where the chain starts after a retention purge. [unscoped: chain metadata - a sequence number and a hash, nothing regional or personal]';
comment on table audit.anchor is 'Periodic digests of the chain head. [unscoped: chain metadata - a sequence number and a hash, nothing regional or personal]';
