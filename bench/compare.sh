# The compare table of bench/run.sh (sourced by it; uses its work dir, cluster, measure, median, settle, seed,
# start_host and stop_host): the three hosts beside the raw Npgsql baseline and the course's frameworks
# (bench/peers/), each on its own copy of one seeded database, list/detail/write in interleaved rounds, medians,
# and each system's start-up to the first 200 of GET /posts/1 and its idle memory.

# name:label, in the order of every round.
systems=(
  "minimal-api:minimal-api (EF Core)"
  "carter-modules:carter-modules (Dapper)"
  "mvc-controllers:mvc-controllers (EF Core)"
  "raw-npgsql:raw Npgsql, one statement"
  "express:Express 5 + pg, node:cluster ×2"
  "fastapi:FastAPI + SQLAlchemy, uvicorn ×1"
  "django:Django + DRF, gunicorn ×2 (sync)"
)

compare_prerequisites() {
  command -v node >/dev/null && command -v npm >/dev/null ||
    { echo "node and npm are needed for the Express peer: apt-get install nodejs npm" >&2; exit 1; }
  /usr/bin/python3 -c 'import fastapi, uvicorn, sqlalchemy, psycopg2, jwt, django, rest_framework' 2>/dev/null ||
    { echo "Debian's Python packages are needed for the FastAPI and Django peers: apt-get install python3-fastapi" \
        "python3-uvicorn python3-sqlalchemy python3-psycopg2 python3-jwt python3-django python3-djangorestframework" >&2
      exit 1; }
  [ -x /usr/bin/gunicorn ] || { echo "gunicorn is needed for the Django peer: apt-get install gunicorn" >&2; exit 1; }
  echo "building the raw Npgsql baseline (Release) and installing the Express peer (npm ci)..." >&2
  dotnet build bench/peers/raw-npgsql/RawNpgsql.csproj -c Release --artifacts-path "$work/build" -v quiet -nologo >/dev/null
  npm ci --prefix bench/peers/express --no-audit --no-fund --silent >/dev/null
}

# Each system's copy of the seeded database: bench_compare_<name> (dashes as underscores), apart from the databases
# of the other tables, which "all" creates afterwards for the same hosts.
copy_of() { echo "compare_${1//-/_}"; }

copy_database() {
  runuser -u postgres -- psql -h "$work" -U postgres -qc "CREATE DATABASE bench_$(copy_of "$1") TEMPLATE bench_seeded" >/dev/null
}

# Starts a peer on a free loopback port, on its copy, and sets pid, base and ready_ms (from the launch to the first
# 200 of GET /posts/1, polled every 10 ms like start_host does).
start_peer() {
  local name=$1 database; database=bench_$(copy_of "$1")
  local port; port=$(free_port)
  local launched; launched=$(date +%s%N)
  case $name in
    raw-npgsql) exec env ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
      ConnectionStrings__Blog="Host=$work;Username=postgres;Database=$database;Maximum Pool Size=100" \
      dotnet "$work/build/bin/RawNpgsql/release/RawNpgsql.dll" --urls "http://127.0.0.1:$port" ;;
    express) exec env NODE_ENV=production WORKERS=2 PORT="$port" JWT_SIGNING_KEY="$signing_key" \
      DATABASE_URL="postgresql://postgres@/$database?host=$work" node bench/peers/express/server.js ;;
    fastapi) exec env JWT_SIGNING_KEY="$signing_key" DATABASE_URL="postgresql+psycopg2://postgres@/$database?host=$work" \
      /usr/bin/python3 -m uvicorn --app-dir bench/peers/fastapi app:app --host 127.0.0.1 --port "$port" \
      --log-level warning --no-access-log ;;
    django) exec env JWT_SIGNING_KEY="$signing_key" DATABASE_NAME="$database" DATABASE_HOST="$work" \
      /usr/bin/gunicorn --chdir bench/peers/django --workers 2 --bind "127.0.0.1:$port" blogbench.wsgi ;;
  esac >"$work/$name.log" 2>&1 &
  pid=$!
  base="http://127.0.0.1:$port"
  for _ in $(seq 1 6000); do
    curl -sf "$base/posts/1" >/dev/null && break
    sleep 0.01
  done
  ready_ms=$(( ($(date +%s%N) - launched) / 1000000 ))
  curl -sf "$base/posts/1" >/dev/null || { echo "$name did not start:" >&2; cat "$work/$name.log" >&2; exit 1; }
}

start_system() {
  case $1 in
    minimal-api) ready_path=/posts/1 start_host "$1" MinimalApi Postgres "$(connection_of "$1")" ;;
    carter-modules) ready_path=/posts/1 start_host "$1" CarterModules Postgres "$(connection_of "$1")" ;;
    mvc-controllers) ready_path=/posts/1 start_host "$1" MvcControllers Postgres "$(connection_of "$1")" ;;
    *) start_peer "$1" ;;
  esac
}

connection_of() { echo "Host=$work;Username=postgres;Database=bench_$(copy_of "$1");Maximum Pool Size=100"; }

# Stops the system and waits for its workers (node:cluster's and gunicorn's), so none runs into the next one's turn.
stop_system() {
  local workers; workers=$(pgrep -P "$pid" || true)
  stop_host
  for worker in $workers; do while kill -0 "$worker" 2>/dev/null; do sleep 0.05; done; done
}

# VmRSS of the system's process and its children (the workers of node:cluster and gunicorn), in MiB.
idle_rss() {
  local total=0 process
  for process in "$pid" $(pgrep -P "$pid" || true); do
    total=$(( total + $(awk '/VmRSS/ {print $2}' "/proc/$process/status") ))
  done
  echo $(( total / 1024 ))
}

# The answer's JSON with sorted keys; next_cursor only as present or not (the hosts sign theirs, the peers do not).
normalised_json() {
  curl -sf "$1" | python3 -c '
import json, sys
body = json.load(sys.stdin)
if isinstance(body, dict) and "next_cursor" in body:
    body["next_cursor"] = body["next_cursor"] is not None
print(json.dumps(body, sort_keys=True, indent=1))'
}

# Fails the run when the system's list or detail is not minimal-api's JSON: an honest comparison serves the same.
check_same_json() {
  local name=$1 path
  for path in "/posts?limit=20" "/posts/1"; do
    normalised_json "$base$path" >"$work/$name.json" ||
      { echo "$name did not answer GET $path with 200 and JSON:" >&2; cat "$work/$name.log" >&2; exit 1; }
    [ -s "$work/reference${path//\//_}.json" ] || cp "$work/$name.json" "$work/reference${path//\//_}.json"
    diff -u "$work/reference${path//\//_}.json" "$work/$name.json" >&2 ||
      { echo "$name answers GET $path with other JSON than minimal-api (diff above): no comparison." >&2; exit 1; }
  done
}

median_number() { sed '/^$/d' <<<"$1" | sort -n | sed -n "$(( ($(sed '/^$/d' <<<"$1" | wc -l) + 1) / 2 ))p"; }

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0 && a > 0) printf "%.2f×", a / b; else printf "—" }'; }

compare_systems() {
  compare_prerequisites
  runuser -u postgres -- psql -h "$work" -U postgres -qc "CREATE DATABASE bench_seeded" >/dev/null
  # The token of the write scenario must outlive every round.
  start_host seeding MinimalApi Postgres "Host=$work;Username=postgres;Database=bench_seeded;Maximum Pool Size=100" \
    Jwt__AccessTokenMinutes=600
  echo "seeding the compare database once through minimal-api..." >&2
  seed "$base"
  stop_host
  settle seeded
  export BENCH_TOKEN=$token
  local entry name
  for entry in "${systems[@]}"; do copy_database "${entry%%:*}"; done

  # Keyed by "<system>.<scenario>": one "rps | p50 | p99 | non2xx" row per round.
  declare -A runs=() startup=() memory=()
  for round in $(seq 1 "$rounds"); do
    for entry in "${systems[@]}"; do
      name=${entry%%:*}
      echo "compare round $round: $name..." >&2
      start_system "$name"
      startup[$name]+="$ready_ms"$'\n'
      # Idle: five seconds after the first 200, with no other traffic.
      sleep 5
      memory[$name]+="$(idle_rss)"$'\n'
      check_same_json "$name"
      runs[$name.list]+="$(measure "$base/posts?limit=20")"$'\n'
      runs[$name.detail]+="$(measure "$base/posts/1")"$'\n'
      # The baseline reads only: it has no write.
      [ "$name" = raw-npgsql ] || runs[$name.write]+="$(measure "$base/posts/2/comments" "-s $work/comment.lua")"$'\n'
      stop_system
      settle "$(copy_of "$name")"
    done
  done

  declare -A rps=()
  local label scenario cells rate failed
  compared=() compared_ratios=()
  for entry in "${systems[@]}"; do
    name=${entry%%:*} label=${entry#*:} cells=()
    for scenario in list detail write; do
      rps[$name.$scenario]=0
      if [ -z "${runs[$name.$scenario]:-}" ]; then cells+=("—"); continue; fi
      IFS='|' read -r rate _ _ failed <<<"$(median "${runs[$name.$scenario]}")"
      rps[$name.$scenario]=$(( rate ))
      cells+=("$(( rate ))$([ $(( failed )) -eq 0 ] || echo " ($(( failed )) non-2xx)")")
    done
    compared+=("| $label | ${cells[0]} | ${cells[1]} | ${cells[2]} | $(median_number "${startup[$name]}") ms | $(median_number "${memory[$name]}") MiB |")
  done
  for name in minimal-api carter-modules mvc-controllers; do
    compared_ratios+=("| $name | $(ratio "${rps[$name.list]}" "${rps[raw-npgsql.list]}") | $(ratio "${rps[$name.detail]}" "${rps[raw-npgsql.detail]}") | $(ratio "${rps[$name.list]}" "${rps[fastapi.list]}") | $(ratio "${rps[$name.list]}" "${rps[express.list]}") | $(ratio "${rps[$name.detail]}" "${rps[express.detail]}") | $(ratio "${rps[$name.write]}" "${rps[express.write]}") |")
  done
}

compare_report() {
  echo "# Benchmark, the hosts beside the baseline and the course's frameworks, postgres, $(date -u +%Y-%m-%d)"
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr)," \
    "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); .NET $(dotnet --version), Node.js $(node --version)," \
    "$(/usr/bin/python3 --version), PostgreSQL $(runuser -u postgres -- postgres --version | awk '{print $3}')."
  echo "wrk -t$threads -c$connections -d${seconds}s on loopback after 5 s of warm-up; wrk shares the machine with the system and PostgreSQL."
  echo "Data: 500 published posts with 2 tags each, 3 comments on each of 100 of them, seeded once through minimal-api;"
  echo "each system on its own copy (\`CREATE DATABASE … TEMPLATE\`). Median of $rounds interleaved rounds (each round"
  echo "starts every system once, in turn). List and detail were checked to be minimal-api's JSON before measuring."
  echo
  echo "| requests/s | list \`GET /posts?limit=20\` | detail \`GET /posts/1\` | write \`POST /posts/2/comments\` | start-up to the first 200 | idle RSS |"
  echo "|---|---:|---:|---:|---:|---:|"
  printf '%s\n' "${compared[@]}"
  echo
  echo "Start-up: from the launch of the process to the first \`200\` of \`GET /posts/1\` (polled every 10 ms) on the"
  echo "migrated, seeded database. Idle RSS: VmRSS 5 s after that first \`200\`, summed over the primary and its workers"
  echo "for node:cluster and gunicorn (three processes each)."
  echo
  echo "| host | ÷ raw, list | ÷ raw, detail | ÷ FastAPI, list | ÷ Express, list | ÷ Express, detail | ÷ Express, write |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${compared_ratios[@]}"
}
