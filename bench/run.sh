#!/usr/bin/env bash
# Load benchmark of the three hosts: each built in Release, started alone on loopback on a fresh database,
# seeded with the same data, then driven by wrk; then its list page through nginx (the repository's routes) and with
# OpenTelemetry off, request lines on and traces exported, each a fresh start of the host. Prints Markdown tables
# (also saved under bench/results/). Needs wrk, nginx and python3 (the stand-in OTLP collector).
# A third table measures what rate limiting and ETags cost on the list page: in-memory counters, Redis counters
# (needs redis-server), a revalidation answered 304, a gzip-compressed answer, and — when BENCH_BASELINE names a git
# revision — the same host built from that revision (e.g. the last commit before rate limits and ETags).
# A fourth table measures what the cache gains (issue 12): GET /tags and mvc's home page (Accept: text/html), cached in
# memory and with Redis, against BENCH_BASELINE's build when given (e.g. the last commit before the cache).
# A fifth table, on PostgreSQL only (bench/compare.sh), sets the hosts beside a raw Npgsql baseline and the course's
# frameworks (bench/peers/: Express, FastAPI, Django + DRF) serving the same list, detail and write over one seeded
# database (a copy each), in interleaved rounds, with each system's start-up time and idle memory. Needs node/npm,
# Debian's python3-fastapi, -uvicorn, -sqlalchemy, -psycopg2, -jwt, -django, -djangorestframework and gunicorn.
# Every database is seeded with 500 published posts (two tags each) and 3 comments on each of the first 100.
# Usage: bench/run.sh [sqlite|postgres] [seconds per scenario] [rounds of the cost tables] [all|traffic|cache|compare]
#        (default: sqlite 10 3 all; "traffic" runs the third table only, "cache" the fourth only, "compare" the
#        fifth only; "all" includes the fifth on postgres)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
database=${1:-sqlite}
seconds=${2:-10}
rounds=${3:-3}
tables=${4:-all}
baseline=${BENCH_BASELINE:-}
[ "$tables" != compare ] || [ "$database" = postgres ] || {
  echo "compare runs on PostgreSQL only (every system gets its own copy of one seeded database): bench/run.sh postgres 10 3 compare" >&2
  exit 2
}
threads=2
connections=32
# The hosts sign their tokens with it, and the peers of the compare table check them with it.
signing_key="bench-signing-key-of-at-least-32-bytes!!"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
command -v python3 >/dev/null || { echo "python3 is needed (bench/otlp_sink.py): apt-get install python3" >&2; exit 1; }

work=$(mktemp -d)
# Runs on every way out, so it must not fail under set -e: a host still running, the cluster and the temp dir go.
cleanup() {
  set +e
  local running; running=$(jobs -p)
  [ -z "$running" ] || kill $running 2>/dev/null
  [ -z "${proxy_pid:-}" ] || kill "$proxy_pid" 2>/dev/null
  [ -z "${pg_dir:-}" ] || runuser -u postgres -- pg_ctl -D "$pg_dir" -m immediate -w stop >/dev/null 2>&1
  [ -z "${baseline:-}" ] || git worktree remove --force "$work/baseline" >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT

echo "publishing hosts (Release, ReadyToRun)..." >&2
publish_hosts "$work/build"
if [ -n "$baseline" ]; then
  echo "publishing hosts at $baseline (Release, ReadyToRun)..." >&2
  git worktree add -q --detach "$work/baseline" "$baseline"
  publish_hosts "$work/baseline-build" "$work/baseline"
fi
command -v redis-server >/dev/null || { echo "redis-server is needed for the Redis scenario: apt-get install redis-server" >&2; exit 1; }

if [ "$database" = postgres ]; then
  pg_dir="$work/pg"
  start_cluster "$pg_dir" "$work"
fi

database_settings() {
  local name=$1
  if [ "$database" = postgres ]; then
    runuser -u postgres -- psql -h "$work" -U postgres -qc "CREATE DATABASE bench_$name" >/dev/null
    echo "Postgres" "Host=$work;Username=postgres;Database=bench_$name;Maximum Pool Size=100"
  else
    echo "Sqlite" "Data Source=$work/$name.db"
  fi
}


# wrk prints "Requests/sec: N" and a latency distribution with --latency.
measure() {
  local url=$1 extra=${2:-}
  # Five seconds of the same load first, unmeasured: the JIT's tiers and the pools settle before the measured run.
  wrk -t$threads -c$connections -d5s $extra "$url" >/dev/null
  local out; out=$(wrk -t$threads -c$connections -d"${seconds}s" --latency $extra "$url")
  local rps p50 p99 non2xx
  rps=$(awk '/Requests\/sec/ {printf "%.0f", $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
  echo "$rps | $p50 | $p99 | ${non2xx:-0}"
}

# The row of the median requests/s among the rows given (one "rps | p50 | p99 | non2xx" per line).
median() {
  local sorted; sorted=$(sed '/^$/d' <<<"$1" | sort -t'|' -k1,1n)
  local count; count=$(wc -l <<<"$sorted")
  sed -n "$(( (count + 1) / 2 ))p" <<<"$sorted"
}

# After the write scenario, PostgreSQL's statistics are stale (thousands of new comments) until autovacuum gets to
# them, mid-measurement: analyze now, so that every later run plans its queries on the same statistics.
settle() {
  [ "$database" = postgres ] || return 0
  runuser -u postgres -- psql -h "$work" -U postgres -d "bench_$1" -qc "VACUUM ANALYZE" >/dev/null
}

cat > "$work/comment.lua" <<'LUA'
wrk.method = "POST"
wrk.body = '{"content":"a benchmark comment"}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
LUA

# A stand-in OTLP collector (bench/otlp_sink.py) for the "traces exported" scenario: the exporter does its real work.
python3 bench/otlp_sink.py "$work/sink.port" "$work/sink.count" &
sink_pid=$!
for _ in $(seq 1 50); do [ -s "$work/sink.port" ] && break; sleep 0.1; done
sink="http://127.0.0.1:$(cat "$work/sink.port")"

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# Starts one host in Production on the given database, with extra settings (KEY=value ...), and sets pid and base;
# ready_ms is the time from the launch to the first 200 of ready_path (default /health), polled every 10 ms.
# The rate limits are raised out of the way (every request is still counted): wrk from one address is a load test,
# not an abuser. build=baseline-build starts the BENCH_BASELINE build instead.
start_host() {
  local name=$1 assembly=$2 provider=$3 connection=$4; shift 4
  local launched; launched=$(date +%s%N)
  # Port 0: the host takes a free port and logs it ("Now listening on: http://127.0.0.1:N").
  env ASPNETCORE_ENVIRONMENT=Production Jwt__SigningKey="$signing_key" \
    Database__Provider="$provider" ConnectionStrings__Blog="$connection" Logging__LogLevel__Default=Warning \
    Logging__LogLevel__Microsoft.Hosting.Lifetime=Information \
    RateLimits__AnonymousReads__PermitLimit=1000000000 RateLimits__Writes__PermitLimit=1000000000 "$@" \
    dotnet "$work/${build:-build}/publish/$assembly/release_$rid/$assembly.dll" --urls "http://127.0.0.1:0" >"$work/$name.log" 2>&1 &
  pid=$!
  base=
  for _ in $(seq 1 6000); do
    base=$(grep -om1 'http://127\.0\.0\.1:[0-9]*' "$work/$name.log" | head -n 1 || true)
    [ -n "$base" ] && curl -sf "$base${ready_path:-/health}" >/dev/null && break
    sleep 0.01
  done
  ready_ms=$(( ($(date +%s%N) - launched) / 1000000 ))
  [ -n "$base" ] && curl -sf "$base/health" >/dev/null || { echo "$name did not start:" >&2; cat "$work/$name.log" >&2; exit 1; }
}

stop_host() { kill "$pid"; wait "$pid" 2>/dev/null || true; }

# nginx with the repository's routes (deploy/nginx/blog-locations.conf), every upstream to the one running host.
start_proxy() {
  local upstream=$1 port; port=$(free_port)
  mkdir -p "$work/nginx"
  cat > "$work/nginx/nginx.conf" <<NGINX
daemon off;
worker_processes 1;
pid $work/nginx/nginx.pid;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $work/nginx/client_body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    upstream minimal_api { server $upstream; keepalive 32; }
    upstream carter_modules { server $upstream; keepalive 32; }
    upstream mvc_controllers { server $upstream; keepalive 32; }
    server {
        listen 127.0.0.1:$port;
        include $PWD/deploy/nginx/blog-locations.conf;
    }
}
NGINX
  "$nginx" -p "$work/nginx" -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log" &
  proxy_pid=$!
  proxy="http://127.0.0.1:$port"
  for _ in $(seq 1 50); do curl -s -o /dev/null "$proxy/" && break; sleep 0.1; done
}

nginx=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$nginx" ] || { echo "nginx is needed for the through-the-proxy scenario: apt-get install nginx" >&2; exit 1; }

# The throwaway Redis of the "counters in Redis" scenario, on a free loopback port, nothing persisted.
redis_port=$(free_port)
redis-server --bind 127.0.0.1 --port "$redis_port" --save '' --appendonly no --dir "$work" >"$work/redis.log" 2>&1 &
for _ in $(seq 1 50); do redis-cli -p "$redis_port" ping >/dev/null 2>&1 && break; sleep 0.1; done

cat > "$work/revalidate.lua" <<'LUA'
wrk.headers["If-None-Match"] = os.getenv("BENCH_ETAG")
LUA
cat > "$work/gzip.lua" <<'LUA'
wrk.headers["Accept-Encoding"] = "gzip"
LUA
cat > "$work/html.lua" <<'LUA'
wrk.headers["Accept"] = "text/html"
LUA

mkdir -p bench/results
# The hosts beside the baseline and the course's frameworks (bench/compare.sh): PostgreSQL only.
if [ "$tables" = compare ] || { [ "$tables" = all ] && [ "$database" = postgres ]; }; then
  source bench/compare.sh
  compare_systems
  compare_report | tee "bench/results/$(date -u +%Y-%m-%d)-compare.md"
elif [ "$tables" = all ]; then
  echo "the compare table runs on PostgreSQL only: skipped on $database" >&2
fi
[ "$tables" != compare ] || exit 0

rows=()
cost=()
traffic=()
caching=()
for host in minimal-api:MinimalApi:minimal carter-modules:CarterModules:carter mvc-controllers:MvcControllers:mvc; do
  IFS=: read -r name assembly prefix <<<"$host"
  read -r provider connection < <(database_settings "${name//-/_}")
  start_host "$name" "$assembly" "$provider" "$connection"
  echo "seeding $name..." >&2
  seed "$base"
  settle "${name//-/_}"
  export BENCH_TOKEN=$token
  if [ "$tables" = all ]; then
  echo "measuring $name..." >&2
  rows+=("| $name | GET /posts?limit=20 | $(measure "$base/posts?limit=20") |")
  rows+=("| $name | GET /posts?tag=t3&search=post | $(measure "$base/posts?tag=t3&search=post") |")
  rows+=("| $name | GET /posts/1 | $(measure "$base/posts/1") |")
  rows+=("| $name | GET /health | $(measure "$base/health") |")
  rows+=("| $name | POST /posts/2/comments | $(measure "$base/posts/2/comments" "-s $work/comment.lua") |")
  rss=$(awk '/VmHWM/ {printf "%.0f MiB", $2/1024}' "/proc/$pid/status")
  rows+=("| $name | peak memory (VmHWM) | $rss | | | |")
  fi

  stop_host
  settle "${name//-/_}"

  if [ "$tables" = all ]; then
  # What deployment and observability cost, on the list page: each variant a fresh start of the host with the same
  # warm-up, in $rounds interleaved rounds, the median kept. The variants: as configured by default (metrics and
  # traces recorded, nothing exported, warnings only), the same instance through nginx, OpenTelemetry off, the
  # request line logged as appsettings.json ships it, traces exported over OTLP.
  echo "measuring $name through the proxy and with observability on and off ($rounds rounds)..." >&2
  declare -A runs=()
  for round in $(seq 1 "$rounds"); do
    start_host "$name" "$assembly" "$provider" "$connection"
    start_proxy "${base#http://}"
    runs[direct]+="$(measure "$base/posts?limit=20")"$'\n'
    runs[proxy]+="$(measure "$proxy/$prefix/posts?limit=20")"$'\n'
    kill "$proxy_pid"; wait "$proxy_pid" 2>/dev/null || true
    stop_host
    start_host "$name" "$assembly" "$provider" "$connection" OTEL_SDK_DISABLED=true
    runs[off]+="$(measure "$base/posts?limit=20")"$'\n'
    stop_host
    start_host "$name" "$assembly" "$provider" "$connection" Logging__LogLevel__Default=Information
    runs[lines]+="$(measure "$base/posts?limit=20")"$'\n'
    stop_host
    start_host "$name" "$assembly" "$provider" "$connection" \
      OTEL_EXPORTER_OTLP_ENDPOINT="$sink" OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf
    runs[otlp]+="$(measure "$base/posts?limit=20")"$'\n'
    # The batch exporter sends every 5 s: wait for the last batch before the host stops.
    sleep 6
    stop_host
  done
  cost+=("| $name | direct, as configured by default (metrics and traces recorded, not exported; warnings only) | $(median "${runs[direct]}") |")
  cost+=("| $name | the same instance through nginx (\`/$prefix/posts?limit=20\`) | $(median "${runs[proxy]}") |")
  cost+=("| $name | OpenTelemetry off (\`OTEL_SDK_DISABLED=true\`) | $(median "${runs[off]}") |")
  cost+=("| $name | as appsettings.json ships it: + one JSON request line per request (\`Information\`) | $(median "${runs[lines]}") |")
  cost+=("| $name | default + traces exported over OTLP/HTTP (batched) | $(median "${runs[otlp]}") |")
  unset runs
  fi

  if [ "$tables" != cache ]; then
  # What rate limiting and ETags cost, on the anonymous list page (counted by AnonymousReads, tagged, 4–5 KiB of
  # JSON): the same rounds and medians. Each answer is hashed for its ETag and each request counted by the limiter.
  echo "measuring $name with rate limits and ETags ($rounds rounds)..." >&2
  declare -A runs=()
  # Each variant a fresh start, measured first after the same warm-up: a later run in one process would be measured
  # on a JIT that had more time to optimise.
  for round in $(seq 1 "$rounds"); do
    start_host "$name" "$assembly" "$provider" "$connection"
    runs[memory]+="$(measure "$base/posts?limit=20")"$'\n'
    BENCH_ETAG=$(curl -sI "$base/posts?limit=20" | awk -F': ' 'tolower($1) == "etag" {print $2}' | tr -d '\r')
    export BENCH_ETAG
    stop_host
    start_host "$name" "$assembly" "$provider" "$connection"
    runs[revalidated]+="$(measure "$base/posts?limit=20" "-s $work/revalidate.lua")"$'\n'
    stop_host
    start_host "$name" "$assembly" "$provider" "$connection"
    runs[gzip]+="$(measure "$base/posts?limit=20" "-s $work/gzip.lua")"$'\n'
    stop_host
    start_host "$name" "$assembly" "$provider" "$connection" ConnectionStrings__Redis="127.0.0.1:$redis_port"
    runs[redis]+="$(measure "$base/posts?limit=20")"$'\n'
    stop_host
    if [ -n "$baseline" ]; then
      build=baseline-build start_host "$name" "$assembly" "$provider" "$connection"
      runs[before]+="$(measure "$base/posts?limit=20")"$'\n'
      stop_host
    fi
  done
  [ -z "$baseline" ] || traffic+=("| $name | built at \`$baseline\`: no rate limits, no ETags | $(median "${runs[before]}") |")
  traffic+=("| $name | as configured by default: counted in memory, ETag on every answer | $(median "${runs[memory]}") |")
  traffic+=("| $name | counted in Redis (\`ConnectionStrings:Redis\`, loopback) | $(median "${runs[redis]}") |")
  traffic+=("| $name | revalidated: \`If-None-Match\` of the current ETag, answered \`304\` | $(median "${runs[revalidated]}") |")
  traffic+=("| $name | \`Accept-Encoding: gzip\`: the body compressed | $(median "${runs[gzip]}") |")
  unset runs
  fi

  if [ "$tables" = all ] || [ "$tables" = cache ]; then
  # What the cache gains: anonymous GET /tags (and mvc's home page as a browser asks for it), the same rounds and
  # medians, each variant a fresh start. With Redis, each read also GETs the generation (and the rate limit counts there).
  echo "measuring $name with the cache ($rounds rounds)..." >&2
  declare -A runs=()
  for round in $(seq 1 "$rounds"); do
    start_host "$name" "$assembly" "$provider" "$connection"
    runs[tags]+="$(measure "$base/tags")"$'\n'
    [ "$name" != mvc-controllers ] || runs[home]+="$(measure "$base/" "-s $work/html.lua")"$'\n'
    stop_host
    start_host "$name" "$assembly" "$provider" "$connection" ConnectionStrings__Redis="127.0.0.1:$redis_port"
    runs[tags_redis]+="$(measure "$base/tags")"$'\n'
    [ "$name" != mvc-controllers ] || runs[home_redis]+="$(measure "$base/" "-s $work/html.lua")"$'\n'
    stop_host
    if [ -n "$baseline" ]; then
      build=baseline-build start_host "$name" "$assembly" "$provider" "$connection"
      runs[tags_before]+="$(measure "$base/tags")"$'\n'
      [ "$name" != mvc-controllers ] || runs[home_before]+="$(measure "$base/" "-s $work/html.lua")"$'\n'
      stop_host
    fi
  done
  for page in tags home; do
    [ "$page" = tags ] || [ "$name" = mvc-controllers ] || continue
    what=$([ "$page" = tags ] && echo "\`GET /tags\`" || echo "\`GET /\` (text/html)")
    [ -z "$baseline" ] || caching+=("| $name | $what, built at \`$baseline\`: no cache | $(median "${runs[${page}_before]}") |")
    caching+=("| $name | $what, cached in memory | $(median "${runs[$page]}") |")
    caching+=("| $name | $what, cached with Redis (generation and distributed level, loopback) | $(median "${runs[${page}_redis]}") |")
  done
  unset runs
  fi
done
kill "$sink_pid"; wait "$sink_pid" 2>/dev/null || true
read -r exports exported_bytes < "$work/sink.count"

mkdir -p bench/results
result="bench/results/$(date -u +%Y-%m-%d)-$database$([ "$tables" = all ] || echo "-$tables").md"
{
  echo "# Benchmark, $database, $(date -u +%Y-%m-%d)"
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr)," \
    "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); .NET $(dotnet --version)."
  echo "wrk -t$threads -c$connections -d${seconds}s on loopback; wrk shares the machine with the host."
  echo "Data: 500 published posts with 2 tags each, 3 comments on each of 100 of them; Release builds, Production environment."
  echo
  if [ "$tables" = all ]; then
  echo "| host | scenario | requests/s | p50 | p99 | non-2xx |"
  echo "|---|---|---:|---:|---:|---:|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "The cost of the proxy and of observability, \`GET /posts?limit=20\`, median of $rounds interleaved rounds (the OTLP sink received $exports trace exports, $exported_bytes bytes):"
  echo
  echo "| host | how | requests/s | p50 | p99 | non-2xx |"
  echo "|---|---|---:|---:|---:|---:|"
  printf '%s\n' "${cost[@]}"
  echo
  fi
  if [ "$tables" != cache ]; then
  echo "The cost of rate limiting and ETags, anonymous \`GET /posts?limit=20\`, median of $rounds interleaved rounds:"
  echo
  echo "| host | how | requests/s | p50 | p99 | non-2xx |"
  echo "|---|---|---:|---:|---:|---:|"
  printf '%s\n' "${traffic[@]}"
  echo
  fi
  if [ "$tables" = all ] || [ "$tables" = cache ]; then
  echo "What the cache gains, anonymous reads, median of $rounds interleaved rounds:"
  echo
  echo "| host | how | requests/s | p50 | p99 | non-2xx |"
  echo "|---|---|---:|---:|---:|---:|"
  printf '%s\n' "${caching[@]}"
  fi
} | tee "$result"
