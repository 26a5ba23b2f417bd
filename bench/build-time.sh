#!/bin/sh
# Build time of the distribution, the figure bench/run does not take (it builds nothing).
#   bench/build-time.sh [RUNS]     (default 3)
# Each run: `mvn -B -q -o clean package -DskipTests -pl '!itests/osgi,!itests/dist'` from the repository root, with
# the local Maven repository already warm (-o: offline; set MVN_ONLINE=1 to drop -o). It leaves a fresh
# runtime/target/voxgate behind. Prints the median and the min-max spread in seconds.
set -eu
cd "$(dirname "$0")/.."
runs=${1:-3}
offline=-o
[ "${MVN_ONLINE:-0}" = 1 ] && offline=
times=
i=0
while [ "$i" -lt "$runs" ]; do
    i=$((i + 1))
    t0=$(date +%s.%N)
    mvn -B -q -Dstyle.color=never $offline clean package -DskipTests -pl '!itests/osgi,!itests/dist' >/dev/null
    t1=$(date +%s.%N)
    t=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')
    echo "build run $i: $t s" >&2
    times="$times $t"
done
echo "$times" | tr ' ' '\n' | grep . | sort -n | awk '{ v[NR] = $1 }
    END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
          printf "| Build (mvn -o clean package, tests skipped) | %d runs | median %.1f s | min %.1f s | max %.1f s |\n", NR, m, v[1], v[NR] }'
