#!/usr/bin/env bash
# Benchmark of the PB engine: parse + Method of Equal Shares with Add1 on every file of a folder,
# single thread, 256 MB heap; the files take turns (warm-up passes over all files, at least the given number and on
# until the JIT compiler is nearly idle during a pass, then measured passes). Prints median/worst wall and thread-CPU
# time per file, MES runs, the peak heap and the number of warm-up passes.
# On a loaded machine compare the CPU columns and the run counts; wall time includes waiting for a core.
# Usage: bench/pb/run.sh [DIR] [least warm-up passes] [measured passes]   (default DIR: ../shared/data/pabulib/poland)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dir="${1:-$root/../shared/data/pabulib/poland}"
cd "$root"
./mvnw -q -B -pl pb -DskipTests test-compile
exec java -Xmx256m -Xms256m -XX:ActiveProcessorCount=1 \
  -cp pb/target/classes:pb/target/test-classes nl.wijkplaats.pb.bench.Add1Bench "$dir" "${2:-3}" "${3:-7}"
