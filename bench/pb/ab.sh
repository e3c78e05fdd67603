#!/usr/bin/env bash
# Interleaved A/B benchmark of revisions of the PB engine: each revision is built in a temporary git worktree and
# loaded in its own class loader in one JVM; the builds take turns on every file, so drift of the shared machine hits
# them alike (separate runs of bench/pb/run.sh differ by 10-20 % on this machine). Prints per file the CPU median
# of each build and the summed minimum and median. Single thread; the heap is 512 MB because several builds share it
# (heap use is measured by run.sh, not here).
# Usage: bench/pb/ab.sh REV,REV[,REV...] [DIR] [reps]      (REV "." = the working tree; default DIR: poland/)
# JOPTS: extra JVM options for the one JVM (e.g. JOPTS=-Dsome.property=x to try a setting on every build).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
revs="$1"
dir="${2:-$root/../shared/data/pabulib/poland}"
reps="${3:-7}"
cd "$root"
./mvnw -q -B -pl pb -DskipTests test-compile
work="$(mktemp -d)"
cleanup() {
  for wt in "$work"/src-*; do [[ -d "$wt" ]] && git worktree remove --force "$wt"; done
  rm -rf "$work"
}
trap cleanup EXIT
builds=()
i=0
for rev in ${revs//,/ }; do
  i=$((i + 1))
  if [[ "$rev" == "." ]]; then
    cp -r pb/target/classes "$work/classes-$i"
  else
    git worktree add -q --detach "$work/src-$i" "$rev"
    (cd "$work/src-$i" && ./mvnw -q -B -pl pb -DskipTests compile)
    cp -r "$work/src-$i/pb/target/classes" "$work/classes-$i"
  fi
  echo "build $i: $rev -> $work/classes-$i"
  builds+=("$work/classes-$i")
done
java ${JOPTS:-} -Xmx512m -Xms512m -XX:ActiveProcessorCount=1 -cp pb/target/test-classes \
  nl.wijkplaats.pb.bench.Add1AB "$(IFS=,; echo "${builds[*]}")" "$dir" "$reps"
