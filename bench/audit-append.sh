#!/usr/bin/env bash
# Audit log appends/s (hash-chained, acknowledged after commit) vs raw JDBC batch inserts, on a fresh embedded
# PostgreSQL. Usage: bench/audit-append.sh [entries=50000] [threads=32] [rounds=3]
source "$(dirname "$0")/lib.sh"
bench_machine
bench_java org.shuzhi.bench.audit.AuditAppendBenchmark "$@"
