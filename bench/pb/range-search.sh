#!/usr/bin/env bash
# Random search (not a test, runs for the given time) for ranges of Add1 steps that the certified fast path proves
# wrongly: every proven range of a generated election is compared with the exact engine at each of its steps.
# Prints each wrong range (an election to turn into a test) and exits 1 if it found any.
# Usage: bench/pb/range-search.sh SECONDS [SEED]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
./mvnw -q -B -pl pb -DskipTests test-compile
cp="pb/target/classes:pb/target/test-classes:$(./mvnw -q -B -pl pb dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)"
exec java -cp "$cp" nl.wijkplaats.pb.rules.RangeSearch "${1:?seconds}" ${2:+"$2"}
