#!/usr/bin/env bash
# Live-comment latency: the time from sending POST /posts/{id}/comments until a reader connected to /hubs/posts over
# WebSockets receives its commentCreated (bench/hub-latency, one comment at a time, after 20 unmeasured). Per host,
# on one instance (in-process hub), and across two instances over Redis: the write to one, the reader on the other.
# On a throwaway PostgreSQL (two instances share its database) and a throwaway redis-server. Prints a Markdown table
# (also saved under bench/results/). Needs PostgreSQL binaries, redis-server and python3.
# Usage: bench/hub-latency.sh [comments] (default 200)
set -euo pipefail
cd "$(dirname "$0")/.."
comments=${1:-200}
for tool in initdb redis-server python3; do
  command -v "$tool" >/dev/null || { echo "$tool is needed: apt-get install postgresql redis-server python3" >&2; exit 1; }
done

work=$(mktemp -d)
cleanup() {
  set +e
  local running; running=$(jobs -p)
  [ -z "$running" ] || kill $running 2>/dev/null
  [ -z "${pg_dir:-}" ] || runuser -u postgres -- pg_ctl -D "$pg_dir" -m immediate -w stop >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT

echo "building hosts and the client (Release)..." >&2
for project in minimal-api/MinimalApi.csproj carter-modules/CarterModules.csproj mvc-controllers/MvcControllers.csproj \
  bench/hub-latency/HubLatency.csproj; do
  dotnet build "$project" -c Release --artifacts-path "$work/build" -v quiet -nologo >/dev/null
done

pg_dir="$work/pg"; mkdir -p "$pg_dir"; chown postgres "$pg_dir" "$work"
runuser -u postgres -- initdb -U postgres -A trust --no-sync -D "$pg_dir" >/dev/null
runuser -u postgres -- pg_ctl -D "$pg_dir" -o "-k $work -c listen_addresses='' -c max_connections=200" -w start >/dev/null

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
redis_port=$(free_port)
redis-server --bind 127.0.0.1 --port "$redis_port" --save '' --appendonly no --dir "$work" >"$work/redis.log" 2>&1 &
for _ in $(seq 1 50); do redis-cli -p "$redis_port" ping >/dev/null 2>&1 && break; sleep 0.1; done

# Starts one instance in Production (extra settings as KEY=value ...) and sets pid and base.
start_host() {
  local name=$1 assembly=$2 database=$3; shift 3
  env ASPNETCORE_ENVIRONMENT=Production Jwt__SigningKey="bench-signing-key-of-at-least-32-bytes!!" \
    Database__Provider=Postgres ConnectionStrings__Blog="Host=$work;Username=postgres;Database=$database" \
    Logging__LogLevel__Default=Warning Logging__LogLevel__Microsoft.Hosting.Lifetime=Information "$@" \
    dotnet "$work/build/bin/$assembly/release/$assembly.dll" --urls "http://127.0.0.1:0" >"$work/$name.log" 2>&1 &
  pid=$!
  base=
  for _ in $(seq 1 120); do
    base=$(grep -om1 'http://127\.0\.0\.1:[0-9]*' "$work/$name.log" | head -n 1 || true)
    [ -n "$base" ] && curl -sf "$base/health" >/dev/null && break
    sleep 0.5
  done
  [ -n "$base" ] && curl -sf "$base/health" >/dev/null || { echo "$name did not start:" >&2; cat "$work/$name.log" >&2; exit 1; }
}

latency() { dotnet "$work/build/bin/HubLatency/release/HubLatency.dll" "$1/" "$2/" "$comments"; }

rows=()
for host in minimal-api:MinimalApi carter-modules:CarterModules mvc-controllers:MvcControllers; do
  IFS=: read -r name assembly <<<"$host"
  db="bench_${name//-/_}"
  runuser -u postgres -- psql -h "$work" -U postgres -qc "CREATE DATABASE ${db}_one" -qc "CREATE DATABASE ${db}_two" >/dev/null
  echo "$name: one instance..." >&2
  start_host "$name" "$assembly" "${db}_one"
  read -r median p99 max < <(latency "$base" "$base")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rows+=("| $name | one instance | $median | $p99 | $max |")

  echo "$name: two instances over Redis..." >&2
  start_host "$name-a" "$assembly" "${db}_two" ConnectionStrings__Redis="127.0.0.1:$redis_port"
  writer=$base writer_pid=$pid
  start_host "$name-b" "$assembly" "${db}_two" ConnectionStrings__Redis="127.0.0.1:$redis_port"
  read -r median p99 max < <(latency "$writer" "$base")
  kill "$pid" "$writer_pid"; wait "$pid" "$writer_pid" 2>/dev/null || true
  rows+=("| $name | write on one instance, reader on another, over Redis | $median | $p99 | $max |")
done

mkdir -p bench/results
result="bench/results/$(date -u +%Y-%m-%d)-hub-latency.md"
{
  echo "# Live-comment latency, $(date -u +%Y-%m-%d)"
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr)," \
    "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), PostgreSQL $(postgres --version | awk '{print $3}'), redis $(redis-server --version | awk '{print $3}' | cut -d= -f2)," \
    ".NET $(dotnet --version). $comments comments per row, sent one at a time after 20 unmeasured; POST to commentCreated received."
  echo
  echo "| host | path | median ms | p99 ms | max ms |"
  echo "|---|---|---:|---:|---:|"
  printf '%s\n' "${rows[@]}"
} | tee "$result"
