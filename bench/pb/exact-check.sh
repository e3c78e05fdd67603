#!/usr/bin/env bash
# Check (not a test, takes minutes): Equal Shares with Add1 by the certified fast path against the exact parametric
# engine on every file of a folder; prints "same" or "DIFFERENT" per file and exits 1 if any file differs.
# Usage: bench/pb/exact-check.sh [DIR]      (default DIR: ../shared/data/pabulib/poland)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dir="${1:-$root/../shared/data/pabulib/poland}"
cd "$root"
./mvnw -q -B -pl pb -DskipTests test-compile
exec java -Xmx1g -cp pb/target/classes:pb/target/test-classes nl.wijkplaats.pb.rules.Add1ExactCheck "$dir"
