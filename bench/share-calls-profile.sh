#!/usr/bin/env bash
# Where a sharing call's CPU goes: runs bench/share-calls.sh and, 3 s into its measured sharing phase, samples the
# whole JVM for 10 s with async-profiler (CPU time, 1 ms; fetched from Maven Central as
# tools.profiler:async-profiler:3.0), then prints each part's share of the samples — every sample counted once, under
# the deepest part its stack passes through. Needs a quiet machine, like the benchmark.
# Usage: bench/share-calls-profile.sh [outdir=target/share-profile]   (the benchmark's defaults otherwise)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out=${1:-$here/../target/share-profile}
mkdir -p "$out"; rm -f "$out/cpu.collapsed"
jar="$HOME/.m2/repository/tools/profiler/async-profiler/3.0/async-profiler-3.0.jar"
[ -f "$jar" ] || mvn -q dependency:get -Dartifact=tools.profiler:async-profiler:3.0 >/dev/null
(cd "$out" && unzip -o -q "$jar" 'linux-x64/*')
lib="$out/linux-x64/libasyncProfiler.so"
"$here/share-calls.sh" > "$out/bench.log" 2>&1 &
for _ in $(seq 1 900); do grep -q "measuring: sharing" "$out/bench.log" && break; sleep 1; done
sleep 3
pid=$(jcmd -l | awk '/ShareCallBenchmark/{print $1}')
cp="$here/../target/test-classes"
java -cp "$cp" org.shuzhi.bench.sharing.AttachProfiler "$pid" "$lib" start,event=itimer,interval=1ms
sleep 10
java -cp "$cp" org.shuzhi.bench.sharing.AttachProfiler "$pid" "$lib" "stop,file=$out/cpu.collapsed,collapsed"
wait
grep -A7 "^sharing calls" "$out/bench.log"
python3 - "$out/cpu.collapsed" <<'PY'
import collections, sys
# the deepest of these a sample's stack passes through takes the sample
parts = [('Tomcat: reading the request and the connection', ['NioEndpoint$Poller', 'Http11InputBuffer', 'CoyoteAdapter.service', 'Http11Processor.service']),
         ('Tomcat: writing the answer', ['Http11OutputBuffer']),
         ('servlet filters (request id, metrics, encoding)', ['ApplicationFilterChain', 'RequestIdFilter', 'ServerHttpObservationFilter']),
         ('Spring Security filters', ['FilterChainProxy', 'StrictHttpFirewall', 'AuthorizationFilter', 'HeaderWriterFilter', 'CsrfFilter', 'SecurityContextHolderFilter']),
         ('bearer token → caller', ['BearerTokenFilter.doFilterInternal']),
         ('handler lookups (security cache filter, dispatcher)', ['HandlerMappingIntrospector.setCache', 'DispatcherServlet.getHandler']),
         ('Spring MVC: dispatch, arguments', ['DispatcherServlet.doService', 'getMethodArgumentValues']),
         ('sharing service: entry, grant, checks', ['ShareCalls.call', 'PublishedEntries', 'ShareCalls']),
         ('reading the dataset (JDBC, pool)', ['DatasetQueries']),
         ('masking', ['ShareCalls.mask']),
         ('audit entry and call statistics (queueing)', ['CallAccounting']),
         ('audit writer and statistics writer threads', ['AuditWriter', 'CallRecorder']),
         ('JSON answer', ['ShareApi.rows']),
         ('metrics (micrometer)', ['micrometer']),
         ('load generator (same JVM)', ['ShareCallBenchmark']),
         ('JIT compiler', ['C2Compiler', 'C1Compiler']),
         ('garbage collector', ['G1', 'GCTask'])]
order = [(part, mark) for part, marks in parts for mark in marks]
counts = collections.Counter(); total = 0
for line in open(sys.argv[1]):
    stack, n = line.rsplit(' ', 1); n = int(n); total += n
    best = 'other'
    for frame in stack.split(';'):
        for part, mark in order:
            if mark in frame:
                best = part
                break
    counts[best] += n
print(f'{total} samples of the whole JVM (server and load generator)')
for part, n in counts.most_common():
    print(f'{n * 100 / total:5.1f} %  {part}')
PY
