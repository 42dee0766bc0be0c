#!/usr/bin/env bash
# Dataset import: a generated CSV (1,000,000 rows by default) loaded through the dataset loader (every value checked,
# COPY into staging, duplicate checks, typed table with key and region indexes, one transaction), several rounds of
# full replacement and one upsert, against plain COPY of the same file into a bare table, on a fresh embedded
# PostgreSQL. Usage: bench/dataset-import.sh [rows=1000000] [rounds=3]
source "$(dirname "$0")/lib.sh"
bench_machine
bench_java org.shuzhi.bench.dataset.DatasetImportBenchmark "$@"
