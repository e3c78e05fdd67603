#!/usr/bin/env bash
# Load benchmark of the public wijk page: starts the application (demo data, throw-away database) on loopback,
# runs 50 concurrent clients against /wijk/WK034403 for 30 s after a 10 s warm-up, prints the figures, stops.
# Usage: bench/wijk-page.sh [clients] [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
clients=${1:-50}
seconds=${2:-30}
port=${BENCH_PORT:-18080}
data=$(mktemp -d)
[ -f app/target/wijkplaats.jar ] || ./mvnw -q -DskipTests install
WIJKPLAATS_DATA_DIR="$data" PORT=$port java -Xmx1g -jar app/target/wijkplaats.jar --spring.profiles.active=demo \
  --logging.level.root=WARN > "$data/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do
  curl -sf -o /dev/null "http://localhost:$port/wijk/WK034403" && break
  sleep 1
done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(date -u +%Y-%m-%dT%H:%MZ)"
java bench/WijkPageLoad.java "http://localhost:$port/wijk/WK034403" "$clients" "$seconds" 10
