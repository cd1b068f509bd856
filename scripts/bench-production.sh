#!/usr/bin/env bash
# Whole-process benchmarks of production trading (issue 15), each JVM start to exit under /usr/bin/time:
#  1. one daily cycle (`production run-daily`, simulated broker) of the chapter-15 rules on every instrument of a
#     data folder (equal instrument weights), on a state made by `production init`;
#  2. the paper replay (`production replay`) of a config over five years.
#
# usage: scripts/bench-production.sh DATA_DIR CONFIG [DAY [FROM TO]]
#   DAY       the daily cycle's day (default: the data's last day)
#   FROM, TO  the replay's period (default 2018-09-03 to 2023-08-31); the config's start_date is set to FROM so that
#             the replay, starting flat, is comparable with the backtest from its first day
#   env RUNS  runs of each (default 3)  env JAR  the jar (default pystrade-examples/target/pystrade.jar)
#   env CAPITAL  the capital `production init` sets (default the config's; e.g. 100000000 to trade most instruments)
#   env OUT   working folder (default a new temporary folder)
# example: scripts/bench-production.sh /work/shared/data/pysystemtrade-futures /work/shared/golden/configs/futuresconfig.yaml
set -euo pipefail
DATA=${1:?usage: scripts/bench-production.sh DATA_DIR CONFIG [DAY [FROM TO]]}
CONFIG=${2:?usage: scripts/bench-production.sh DATA_DIR CONFIG [DAY [FROM TO]]}
DAY=${3:-}
FROM=${4:-2018-09-03}
TO=${5:-2023-08-31}
RUNS=${RUNS:-3}
JAR=${JAR:-pystrade-examples/target/pystrade.jar}
OUT=${OUT:-$(mktemp -d)}
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 1; }

# the config with every instrument of the data at equal weights (the instrument_weights block replaced)
mapfile -t INSTRUMENTS < <(ls "$DATA/multiple_prices_csv" | sed -E 's/\.csv(\.gz)?$//' | sort)
N=${#INSTRUMENTS[@]}
ALL=$OUT/all-instruments.yaml
awk '/^instrument_weights:/ {skip = 1; next} skip && /^[^ #]/ {skip = 0} !skip' "$CONFIG" > "$ALL"
{
  echo "instrument_weights:"
  for i in "${INSTRUMENTS[@]}"; do printf '    %s: %.10f\n' "$i" "$(echo "1 / $N" | bc -l)"; done
} >> "$ALL"
REPLAY_CONFIG=$OUT/replay.yaml
grep -v '^start_date:' "$CONFIG" > "$REPLAY_CONFIG"
echo "start_date: $FROM" >> "$REPLAY_CONFIG"

echo "$(java -version 2>&1 | head -1); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| run | what | wall s | peak RSS MB | exit |"
echo "|---|---|---|---|---|"
for ((r = 1; r <= RUNS; r++)); do
  rm -rf "$OUT/state"
  java -jar "$JAR" production init --state "$OUT/state" --config "$ALL" ${CAPITAL:+--capital "$CAPITAL"} > /dev/null
  args=(production run-daily --state "$OUT/state" --data "$DATA")
  [ -n "$DAY" ] && args+=(--date "$DAY")
  set +e
  out=$( { $TIME -f "TIME %e %M %x" java -jar "$JAR" "${args[@]}" > "$OUT/run-daily.out"; } 2>&1 )
  set -e
  orders=$(grep 'broker orders sent' "$OUT/run-daily.out" || true)
  echo "$out" | awk -v r="$r" -v n="$N" -v o="$orders" '/^TIME/ {printf "| %d | run-daily, %d instruments (%s) | %s | %.0f | %s |\n", r, n, o, $2, $3 / 1024, $4}'
done
for ((r = 1; r <= RUNS; r++)); do
  rm -rf "$OUT/replay"
  set +e
  out=$( { $TIME -f "TIME %e %M %x" java -jar "$JAR" production replay --config "$REPLAY_CONFIG" --data "$DATA" \
    --from "$FROM" --to "$TO" --out "$OUT/replay" > "$OUT/replay.out"; } 2>&1 )
  set -e
  echo "$out" | awk -v r="$r" -v f="$FROM" -v t="$TO" '/^TIME/ {printf "| %d | replay %s to %s | %s | %.0f | %s |\n", r, f, t, $2, $3 / 1024, $4}'
done
echo
echo "last run-daily: $(grep -c '' "$OUT/run-daily.out") lines of output in $OUT/run-daily.out"
cat "$OUT/replay/summary.txt"
