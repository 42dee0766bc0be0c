#!/usr/bin/env bash
# Cost of the data-scope predicate: page and count queries over 1,000,000 rows, unscoped (baseline) and scoped to a
# province, a county and a township, on a fresh embedded PostgreSQL. Usage: bench/scoped-query.sh [rows] [reps]
source "$(dirname "$0")/lib.sh"
bench_machine
bench_java org.shuzhi.bench.scope.ScopedQueryBenchmark "$@"
