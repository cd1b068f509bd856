#!/usr/bin/env bash
# Whole-process benchmark of pystrade: for each N, runs `java -jar pystrade.jar bench --instruments N` in a fresh
# JVM several times under /usr/bin/time and reports the median wall time (JVM start to exit, statistics printed),
# the median of the in-process "first statistics after JVM start" and the median peak RSS.
#
# usage: scripts/bench-process.sh DATA_DIR [N ...]
#   env RUNS       runs per N (default 5)
#   env JAVA_OPTS  extra JVM options, e.g. "-XX:SharedArchiveFile=pystrade.jsa -XX:TieredStopAtLevel=1"
#   env JAR        the jar (default pystrade-examples/target/pystrade.jar)
#   env BENCH_ARGS extra bench options, e.g. "--cache /tmp/pystrade-cache"
# example: scripts/bench-process.sh ../shared/data/pysystemtrade-futures 6 12 25 50 100 226
set -euo pipefail
DATA=${1:?usage: scripts/bench-process.sh DATA_DIR [N ...]}
shift
NS=("$@")
[ ${#NS[@]} -eq 0 ] && NS=(6 12 25 50 100 226)
RUNS=${RUNS:-5}
JAR=${JAR:-pystrade-examples/target/pystrade.jar}
JAVA_OPTS=${JAVA_OPTS:-}
BENCH_ARGS=${BENCH_ARGS:-}
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 1; }

median() { sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'; }

echo "JAVA_OPTS='${JAVA_OPTS}' BENCH_ARGS='${BENCH_ARGS}' runs=${RUNS} $(java -version 2>&1 | head -1)"
echo
echo "| N | whole process wall s (median) | JVM start to statistics s (median) | peak RSS MB (median) | runs |"
echo "|---|---|---|---|---|"
for n in "${NS[@]}"; do
  walls=(); starts=(); rss=()
  for ((r = 1; r <= RUNS; r++)); do
    out=$( { $TIME -f "TIME %e %M" java $JAVA_OPTS -jar "$JAR" bench --data "$DATA" --instruments "$n" $BENCH_ARGS; } 2>&1 )
    walls+=("$(echo "$out" | awk '/^TIME/ {print $2}')")
    rss+=("$(echo "$out" | awk '/^TIME/ {printf "%.0f", $3 / 1024}')")
    starts+=("$(echo "$out" | awk '/first statistics/ {print $3}')")
  done
  w=$(printf '%s\n' "${walls[@]}" | median)
  s=$(printf '%s\n' "${starts[@]}" | median)
  m=$(printf '%s\n' "${rss[@]}" | median)
  echo "| $n | $w | $s | $m | $RUNS |"
done
