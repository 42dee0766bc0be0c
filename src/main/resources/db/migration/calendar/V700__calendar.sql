-- Calendar 工作日历: public holidays and make-up working days (调休) per year (module org.shuzhi.calendar).
create schema if not exists calendar;

create table calendar.year (
    year        integer primary key check (year between 2000 and 2100),
    origin      varchar(16)  not null check (origin in ('BUNDLED', 'UPLOADED')),
    checksum    char(64)     not null,
    source      varchar(300) not null,
    updated_by  varchar(100) not null,
    updated_at  timestamptz  not null default now()
);

create table calendar.day (
    day      date primary key,
    year     integer not null references calendar.year (year) on delete cascade,
    kind     varchar(8) not null check (kind in ('HOLIDAY', 'WORKDAY')),
    name     varchar(50) not null check (length(trim(name)) > 0),
    name_en  varchar(50),
    check (extract(year from day) = year),
    -- a make-up working day (调休上班) is always a weekend day; a holiday may fall on any day
    check (kind = 'HOLIDAY' or extract(isodow from day) in (6, 7))
);
create index day_year on calendar.day (year);

comment on table calendar.year is 'Years whose holiday arrangement is known, and where each came from: BUNDLED (the State Council notice shipped with Shuzhi) or UPLOADED (set by this deployment, kept over bundled data). [unscoped: national public holiday arrangement, the same for every jurisdiction]';
comment on column calendar.year.checksum is 'SHA-256 of the year''s days in canonical CSV form, to tell whether a bundled file changed';
comment on table calendar.day is 'Holidays (HOLIDAY, 休) and make-up working days (WORKDAY, 调休上班) of the known years; every other day is a working day from Monday to Friday. [unscoped: national public holiday arrangement, the same for every jurisdiction]';
