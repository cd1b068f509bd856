#!/usr/bin/env bash
# Whole-process benchmark of the daily price update into the embedded database (issue 13's target: one new bar for
# each of the 226 instruments, with the checks and the writes, <= 2 s). Copies DATA_DIR into a fresh SQLite store
# one day short and writes that day's contract bars into a folder (DailyUpdateSetup, from the benchmarks jar), then
# runs `pystrade.jar data update` on a fresh copy of the store RUNS times under /usr/bin/time and prints each wall
# time, peak RSS and CPU.
#
# usage: scripts/bench-daily-update.sh DATA_DIR [WORK_DIR]
#   env RUNS       runs (default 5)
#   env JAVA_OPTS  JVM options, e.g. "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
#   env JAR        the jar (default pystrade-examples/target/pystrade.jar)
#   env BENCH_JAR  the benchmarks jar (default pystrade-benchmarks/target/benchmarks.jar; mvn -Pbench package)
set -euo pipefail
DATA=${1:?usage: scripts/bench-daily-update.sh DATA_DIR [WORK_DIR]}
WORK=${2:-$(mktemp -d)}
RUNS=${RUNS:-5}
JAR=${JAR:-pystrade-examples/target/pystrade.jar}
BENCH_JAR=${BENCH_JAR:-pystrade-benchmarks/target/benchmarks.jar}
JAVA_OPTS=${JAVA_OPTS:-}
mkdir -p "$WORK"
if [ ! -f "$WORK/store.db" ]; then
  java -cp "$BENCH_JAR" org.pystrade.benchmarks.DailyUpdateSetup "$DATA" "jdbc:sqlite:$WORK/store.db" "$WORK/bars" \
    2>/dev/null | tail -1
fi
echo "JAVA_OPTS='${JAVA_OPTS}' runs=${RUNS} $(java -version 2>&1 | head -1); load: $(cut -d' ' -f1-3 /proc/loadavg)"
for ((r = 1; r <= RUNS; r++)); do
  cp "$WORK/store.db" "$WORK/run.db"
  rm -f "$WORK/run.db-wal" "$WORK/run.db-shm"
  sync
  # shellcheck disable=SC2086
  /usr/bin/time -f "run $r: %e s wall, %M KB peak RSS, %U s user, %S s sys" java $JAVA_OPTS -jar "$JAR" data update \
    --source "$WORK/bars" --data "jdbc:sqlite:$WORK/run.db" --progress none 2>&1 >/dev/null | grep '^run' || true
done
