# Helpers the bench scripts share (sourced by bench/run.sh and bench/startup.sh).

# Publishes the three hosts for this machine's runtime identifier into $1, as the images are: ReadyToRun code
# (Directory.Build.props). Sets rid.
publish_hosts() {
  local artifacts=$1 root=${2:-.}
  rid=$(dotnet --info | awk '/^ *RID:/ {print $2; exit}')
  for project in minimal-api/MinimalApi.csproj carter-modules/CarterModules.csproj mvc-controllers/MvcControllers.csproj; do
    dotnet publish "$root/$project" -c Release -r "$rid" --artifacts-path "$artifacts" -v quiet -nologo >/dev/null
  done
}

# A throwaway PostgreSQL cluster in $1 (owned by the postgres user, as initdb refuses root). No TCP port at all: it
# listens on a Unix socket in $2, which no other process can hold.
start_cluster() {
  local data=$1 socket=$2
  mkdir -p "$data"; chown postgres "$data" "$socket"
  runuser -u postgres -- initdb -U postgres -A trust --no-sync -D "$data" >/dev/null
  runuser -u postgres -- pg_ctl -D "$data" -o "-k $socket -c listen_addresses='' -c max_connections=200" -w start >/dev/null
}

# The bench's data through the API at $1: a user "bench" (sets token), 500 published posts with two tags each and
# three comments on each of posts 1 to 100.
seed() {
  local base=$1
  curl -sf -X POST "$base/auth/register" -H 'content-type: application/json' \
    -d '{"username":"bench","email":"bench@example.io","password":"bench-password"}' >/dev/null
  token=$(curl -sf -X POST "$base/auth/login" -d 'username=bench&password=bench-password' |
    sed -E 's/.*"access_token":"([^"]+)".*/\1/')
  for i in $(seq 1 500); do
    curl -sf -X POST "$base/posts" -H "authorization: Bearer $token" -H 'content-type: application/json' \
      -d "{\"title\":\"Post $i\",\"content\":\"Body of post $i, long enough to matter.\",\"status\":\"published\",\"tags\":[\"t$((i % 7))\",\"bench\"]}" >/dev/null
  done
  # Three comments on each of posts 1 to 100.
  for i in $(seq 0 299); do
    curl -sf -X POST "$base/posts/$(( i / 3 + 1 ))/comments" -H "authorization: Bearer $token" \
      -H 'content-type: application/json' -d "{\"content\":\"comment $i\"}" >/dev/null
  done
}
