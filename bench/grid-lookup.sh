#!/usr/bin/env bash
# Point → grid lookup on one thread: the spatial index (GridIndex) against a naive scan of every polygon, in the
# same run, on a synthetic Voronoi tessellation.
# Usage: bench/grid-lookup.sh [grids=10000] [points=1000000] [iterations=7] [naive-points=2000]
source "$(dirname "$0")/lib.sh"
bench_machine
bench_java org.shuzhi.bench.grid.GridLookupBenchmark "$@"
