#!/usr/bin/env bash
# Sustained event intake over real HTTP with bearer tokens: single POSTs /api/events by N clients, batch POSTs
# /api/events/batch, and raw JDBC batch inserts of the same rows (baseline), in the same run on a fresh embedded
# PostgreSQL. Usage: bench/event-intake.sh [events=20000] [clients=16] [batch=500] [rounds=3]
source "$(dirname "$0")/lib.sh"
bench_machine
echo "load before: $(uptime)"
bench_java org.shuzhi.bench.event.EventIntakeBenchmark "$@"
echo "load after: $(uptime)"
