#!/usr/bin/env bash
# Profiles single-request intake the way docs/BENCHMARKS.md reports it: runs one round of bench/event-intake.sh and
# takes `jcmd Thread.print` samples 2 s apart, then counts where the request threads inside POST /api/events are.
# Usage: bench/event-intake-profile.sh [events=8000] [samples=25] [outdir=target/intake-profile]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
events=${1:-8000}; samples=${2:-25}; out=${3:-$here/../target/intake-profile}
mkdir -p "$out"; rm -f "$out"/dump-*.txt "$out"/load.txt
"$here/event-intake.sh" "$events" 16 500 1 > "$out/bench.log" 2>&1 &
for _ in $(seq 1 600); do
  pid=$(jcmd -l | awk '/EventIntakeBenchmark/{print $1}')
  if [ -n "$pid" ] && grep -q "event intake:" "$out/bench.log"; then break; fi
  sleep 1
done
sleep 2
for s in $(seq 1 "$samples"); do
  jcmd "$pid" Thread.print > "$out/dump-$s.txt" 2>/dev/null || true
  uptime >> "$out/load.txt"
  sleep 2
done
wait
grep "round\|MEDIAN" "$out/bench.log"
python3 - "$out" <<'PY'
import collections, glob, re, sys
counts = collections.Counter(); busy = 0
for dump in glob.glob(sys.argv[1] + '/dump-*.txt'):
    for thread in open(dump).read().split('\n\n'):
        if '"http-nio' not in thread or 'EventApi.report' not in thread:
            continue
        busy += 1
        frames = [l.strip()[3:] for l in thread.splitlines() if l.strip().startswith('at ')]
        ours = next((f for f in frames if f.startswith('org.shuzhi')), '')
        where = re.sub(r'\(.*', '', ours.replace('org.shuzhi.', ''))
        if any('HikariPool.getConnection' in f for f in frames):
            what = 'waiting for a pooled connection'
        elif any('DataSourceTransactionManager.doCommit' in f for f in frames):
            what = 'commit'
        elif any(k in f for f in frames[:12] for k in ('NioSocketImpl', 'SocketDispatcher.read', 'socketRead')):
            what = 'database: ' + where
        else:
            what = 'java: ' + where
        counts[what] += 1
print('busy samples of request threads in POST /api/events:', busy)
for what, n in counts.most_common():
    print(f'{n:5d}  {what}')
PY
