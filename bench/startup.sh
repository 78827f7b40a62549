#!/usr/bin/env bash
# Start-up and idle memory of the three hosts (issue 13): each published as bench/run.sh publishes it (Release,
# ReadyToRun), started in Production on an already migrated PostgreSQL database with the bench's data (bench/lib.sh). Measured per start:
# the time from launching `dotnet <dll>` to the first 200 of GET /posts/1 (curl every 10 ms), the host's CPU time by
# then, and its VmRSS 5 s after that answer with no other traffic. Starts are interleaved across the hosts for
# $rounds rounds and the medians printed (and saved under bench/results/). Needs PostgreSQL's initdb/pg_ctl (run as
# the postgres user, on a Unix socket in a temp dir) and python3.
# Usage: bench/startup.sh [rounds]   (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
rounds=${1:-5}
hosts="MinimalApi CarterModules MvcControllers"
work=$(mktemp -d)
cleanup() {
  set +e
  local running; running=$(jobs -p)
  [ -z "$running" ] || kill $running 2>/dev/null
  runuser -u postgres -- pg_ctl -D "$work/pg" -m immediate -w stop >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT

echo "publishing hosts (Release, ReadyToRun)..." >&2
publish_hosts "$work/build"
start_cluster "$work/pg" "$work"
runuser -u postgres -- psql -h "$work" -U postgres -qc "CREATE DATABASE startup" >/dev/null

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# Starts a host as bench/run.sh's start_host does and sets pid and base.
start() {
  local assembly=$1 port; port=$(free_port)
  env ASPNETCORE_ENVIRONMENT=Production Jwt__SigningKey="bench-signing-key-of-at-least-32-bytes!!" \
    Database__Provider=Postgres ConnectionStrings__Blog="Host=$work;Username=postgres;Database=startup" \
    Logging__LogLevel__Default=Warning Logging__LogLevel__Microsoft.Hosting.Lifetime=Information \
    RateLimits__AnonymousReads__PermitLimit=1000000000 RateLimits__Writes__PermitLimit=1000000000 \
    dotnet "$work/build/publish/$assembly/release_$rid/$assembly.dll" --urls "http://127.0.0.1:$port" >"$work/$assembly.log" 2>&1 &
  pid=$!
  base="http://127.0.0.1:$port"
}

stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; }

# The first start migrates the database; the bench's data is seeded through the API.
start MinimalApi
for _ in $(seq 1 300); do curl -sf -o /dev/null "$base/health" && break; sleep 0.1; done
seed "$base"
stop

# One start: "ms cpu_ms rss_mib".
measure() {
  local assembly=$1 started code ended cpu rss
  started=$(date +%s%N)
  start "$assembly"
  for _ in $(seq 1 3000); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "$base/posts/1" || true)
    [ "$code" = 200 ] && break
    sleep 0.01
  done
  ended=$(date +%s%N)
  [ "$code" = 200 ] || { echo "$assembly did not answer 200:" >&2; cat "$work/$assembly.log" >&2; exit 1; }
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.0f", ($14 + $15) * 1000 / hz}' "/proc/$pid/stat")
  sleep 5
  rss=$(awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$pid/status")
  stop
  echo "$(( (ended - started) / 1000000 )) $cpu $rss"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

declare -A runs=()
for round in $(seq 1 "$rounds"); do
  echo "round $round of $rounds..." >&2
  for assembly in $hosts; do runs[$assembly]+="$(measure "$assembly")"$'\n'; done
done

mkdir -p bench/results
result="bench/results/$(date -u +%Y-%m-%d)-startup.md"
{
  echo "# Start-up and idle memory, $(date -u +%Y-%m-%d)"
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr)," \
    "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); .NET $(dotnet --version)."
  echo "Published Release for $rid, Production, PostgreSQL migrated and seeded beforehand; median of $rounds interleaved starts."
  echo
  echo "| host | launch → first 200 of GET /posts/1, ms | CPU time by then, ms | VmRSS 5 s later, MiB |"
  echo "|---|---:|---:|---:|"
  for assembly in $hosts; do
    lines=$(sed '/^$/d' <<<"${runs[$assembly]}")
    echo "| $assembly | $(cut -d' ' -f1 <<<"$lines" | median) | $(cut -d' ' -f2 <<<"$lines" | median) | $(cut -d' ' -f3 <<<"$lines" | median) |"
  done
} | tee "$result"
