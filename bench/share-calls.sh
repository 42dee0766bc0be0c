#!/usr/bin/env bash
# Sharing API calls/s over HTTP (bearer token, catalog lookup, rows through Datasets over a real table, masking,
# hash-chained audit entry per call, statistics row) vs the same query through plain JDBC, in the same run, on a
# fresh embedded PostgreSQL; the rows are uploaded into the demo entry's dataset through the real loader first.
# Usage: bench/share-calls.sh [threads=32] [seconds=15] [rows=100000] [warm-up seconds=120]
source "$(dirname "$0")/lib.sh"
bench_machine
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
bench_java org.shuzhi.bench.sharing.ShareCallBenchmark "$@"
