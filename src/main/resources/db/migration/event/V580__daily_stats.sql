-- Daily rollup of event statistics 事件统计日汇总 (docs/STATISTICS.md "Daily rollup").

-- One row per local day (shuzhi.calendar.zone) an event was reported on, region (village) and handling department,
-- and per value of one grouping dimension: dim 't' (no further dimension: totals, by day, region, department),
-- 'g' grid, 'c' leaf category, 's' source. Keeping one dimension per row (rather than every combination) is what
-- makes the rollup small: per day and village the events spread over many category × grid × source combinations.
-- Counts are those of StatisticsRepository (merged duplicates left out); hours are summed per stage so averages are
-- exact, and kept as a sparse histogram of log-spaced buckets (StageHistogram) for approximate medians.
-- Absent values (no department yet, no grid) are '' so that rows can be compared and joined on every key.
create table event.daily_stats (
    day                 date not null,
    region_code         text collate "C" not null,
    assigned_department text collate "C" not null,
    dim                 char(1) not null check (dim in ('t', 'g', 'c', 's')),
    val                 text collate "C" not null,
    reported            integer not null,
    accepted            integer not null,
    rejected            integer not null,
    handled             integer not null,
    closed              integer not null,
    overdue             integer not null,
    on_time             integer not null,
    returns             bigint not null,
    reopens             bigint not null,
    n_report_to_accept     integer not null,
    sum_report_to_accept   double precision not null,
    n_accept_to_dispatch   integer not null,
    sum_accept_to_dispatch double precision not null,
    n_dispatch_to_handled  integer not null,
    sum_dispatch_to_handled double precision not null,
    n_handled_to_closed    integer not null,
    sum_handled_to_closed  double precision not null,
    -- (stage << 40) | (bucket << 32) | events, one element per stage and bucket that holds any event
    hours               bigint[] not null,
    primary key (dim, day, region_code, assigned_department, val)
);
comment on table event.daily_stats is 'Daily rollup of event statistics per day, village, department and one dimension value, recomputed from event.event. [scope: region_code, assigned_department]';
comment on column event.daily_stats.day is 'The local day the events were reported on: every figure of a row belongs to that day''s cohort';

-- Which (day, region) rows to recompute: appended in the transaction that changes an event, consumed by the refresher.
create table event.daily_stats_dirty (
    day         date not null,
    region_code text collate "C" not null
);
comment on table event.daily_stats_dirty is 'Days and regions whose rollup rows are to be recomputed. [unscoped: bookkeeping of the rollup refresher, never read by a caller]';
