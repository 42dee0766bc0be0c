#!/usr/bin/env bash
# Statistics queries over a large event table: a demo year for each of 吴江区's 14 townships, generated with COPY
# (no timelines) to about [events] rows, then counts by category/township/day for a month and a year, the on-time
# rate (SQL, county scope), the statistics API from the events (exact medians) and from the daily rollup, and the
# GET /api/events list page over HTTP. Usage: bench/event-statistics.sh [events=10000000] [reps=5] [data-dir]
# — with a data dir the generated database is kept there and reused by the next run (generation takes ~10–50 min).
source "$(dirname "$0")/lib.sh"
bench_machine
echo "load before: $(uptime)"
bench_java org.shuzhi.bench.event.EventStatisticsBenchmark "$@"
echo "load after: $(uptime)"
