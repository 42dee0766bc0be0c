#!/usr/bin/env bash
# Benchmark: import the national division files (31 + 342 + 2,978 + 41,352 + 620,573 rows) into a fresh embedded
# PostgreSQL, 3 rounds — fresh import and idempotent re-import — against two baselines loading the same rows into
# a bare table (plain COPY; JDBC batch inserts). Prints medians (ms, rows/s) and the ratio.
# Usage: bench/national-import.sh [DIR] [ROUNDS]   DIR defaults to ../shared/data/divisions (from the repo root);
#        DIR is read only — point it at your own provinces.csv … villages.csv(.gz).
source "$(dirname "$0")/lib.sh"
DIR="${1:-../shared/data/divisions}"
DIR="$(cd "$BENCH_ROOT" && cd "$DIR" && pwd)"
ROUNDS="${2:-3}"
bench_machine
bench_java org.shuzhi.bench.jurisdiction.NationalImportBenchmark "$DIR" "$ROUNDS"
