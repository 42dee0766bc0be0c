-- Jurisdictions 行政区划: the national five-level division tree. Only the jurisdiction module reads or writes
-- this schema; other modules go through org.shuzhi.jurisdiction.Jurisdictions.
create schema if not exists jurisdiction;

-- Trigram index support for name search (LIKE '%…%'). The zonky PostgreSQL binaries ship pg_trgm; it is
-- installed into public so that other modules could use it too (an extension exists once per database).
create extension if not exists pg_trgm with schema public;

-- Codes are digits: collation "C" compares them byte-wise instead of through the locale's rules, which is cheaper
-- for the primary key, the parent index and the code joins of an import, and orders them the same.
-- parent_code has no foreign key on purpose: the importer is the only writer, checks every parent set-based
-- before writing and never deletes, while a foreign key would check the 665k rows of a national import one by
-- one (measured on 2 cores: +10 to 14 s). division_parent_prefix below still ties each parent to its code.
create table jurisdiction.division (
    code        varchar(12) collate "C" primary key,
    name        text        not null,
    -- 1 province, 2 city, 3 county, 4 township, 5 village (DivisionLevel ordinal + 1)
    level       smallint    not null,
    parent_code varchar(12) collate "C",
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    constraint division_code_digits check (code ~ '^[0-9]+$'),
    constraint division_level_length check (length(code) = case level
        when 1 then 2 when 2 then 4 when 3 then 6 when 4 then 9 when 5 then 12 end),
    -- codes nest by prefix: a division's parent is the prefix of its code one level up
    constraint division_parent_prefix check ((level = 1 and parent_code is null)
        or (level > 1 and parent_code = left(code, case level
            when 2 then 2 when 3 then 4 when 4 then 6 when 5 then 9 end))),
    constraint division_name_not_blank check (btrim(name) <> '')
);

comment on table jurisdiction.division is '行政区划 (统计用区划代码, five levels); code is the NBS code';

-- children of a division, ordered by code (tree browsing, child counts)
create index division_parent_idx on jurisdiction.division (parent_code, code);

-- name search with LIKE '%q%': used for queries of three or more characters; shorter ones (平望) yield no
-- trigram and scan the table (150–250 ms for the national set on 2 cores, against ~5 ms with the index).
-- Keeping this index up to date is most of the write time of a national import (~11 of ~20 s).
create index division_name_trgm_idx on jurisdiction.division using gin (name public.gin_trgm_ops);
