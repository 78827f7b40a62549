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
