#!/usr/bin/env bash
# Audit search over 1,000,000 records: the newest page with its total (AuditLog.search) per scope and per filter,
# then the scope queries again without the V302 scope index as the baseline, on a fresh embedded PostgreSQL.
# Usage: bench/audit-search.sh [rows=1000000] [repetitions=50]
source "$(dirname "$0")/lib.sh"
bench_machine
bench_java org.shuzhi.bench.audit.AuditSearchBenchmark "$@"
