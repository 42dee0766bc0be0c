#!/usr/bin/env bash
# Shared by the bench/*.sh scripts: compile once and run a benchmark class from bench/java on the test classpath.
# Usage inside a script:  source "$(dirname "$0")/lib.sh"; bench_java org.shuzhi.bench.SomeBenchmark args...
set -euo pipefail
BENCH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

bench_build() {
  (cd "$BENCH_ROOT" && mvn -o -q -B -DskipTests test-compile dependency:build-classpath \
     -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test)
}

bench_java() {
  bench_build
  local cp="$BENCH_ROOT/target/test-classes:$BENCH_ROOT/target/classes:$(cat "$BENCH_ROOT/target/bench.classpath")"
  (cd "$BENCH_ROOT" && java -Xms2g -Xmx4g ${BENCH_JAVA_OPTS:-} -cp "$cp" "$@")
}

bench_machine() {
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
}
