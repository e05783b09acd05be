#!/usr/bin/env bash
# Builds the repository's Dockerfile, unchanged, and runs the image: the container must answer /graphql on a
# non-default loopback port, run as uid 1654 and turn healthy (its HEALTHCHECK follows the configured Urls).
#
# No container registry is reachable, so the two .NET base images the Dockerfile names are stood in for by local
# images built here: a `debootstrap --variant=minbase` Debian root filesystem from this machine's apt mirror, plus
# the host's .NET (the whole SDK for the sdk image, only its runtimes for the aspnet image), the user `app`
# (uid 1654, APP_UID) and the host's extra CA certificates (so `dotnet restore` works behind a TLS-inspecting proxy).
# Debian's dockerd runs for the duration only, with no bridge network and no iptables changes; every build and run
# uses --network host. Needs root; docker.io and debootstrap are installed by ./test.sh when missing.
#
# Environment: SMOKE_PORT (default 5121), BUDGETGRAPH_SMOKE_CACHE (default /var/cache/budgetgraph-smoke, where the
# debootstrap root filesystem is kept between runs). Prints timings; exit 0 when every check passed.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
port=${SMOKE_PORT:-5121}
cache=${BUDGETGRAPH_SMOKE_CACHE:-/var/cache/budgetgraph-smoke}
image=budgetgraph-smoke:latest
container=budgetgraph-smoke-$$

say() { echo "docker-smoke: $*"; }
fail() { say "FAILED: $*"; exit 1; }

[ "$(id -u)" -eq 0 ] || fail "needs root (dockerd, debootstrap, chroot)"
for tool in dockerd debootstrap chroot curl; do
  command -v "$tool" >/dev/null 2>&1 || fail "$tool is missing (./test.sh installs docker.io and debootstrap)"
done
docker=/usr/bin/docker                          # Debian's client, the daemon's own version
[ -x "$docker" ] || docker=$(command -v docker) || fail "no docker client"

work=$(mktemp -d /tmp/bgsmoke.XXXXXX)
export DOCKER_HOST=unix://$work/docker.sock DOCKER_BUILDKIT=0   # the classic builder uses local images as they are
dockerd_pid=

timings=()
t_start=$(date +%s)
t_step=$t_start
timing() { local now; now=$(date +%s); timings+=("$1 $((now - t_step))s"); t_step=$now; }

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  set +e
  if [ -n "$dockerd_pid" ]; then
    "$docker" rm -f "$container" >/dev/null 2>&1 || true
    kill -TERM "$dockerd_pid" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$dockerd_pid" 2>/dev/null || break; sleep 0.5; done
    # dockerd was started in a session of its own: whatever is left of it (its containerd) goes with the group.
    kill -KILL -- "-$dockerd_pid" 2>/dev/null || true
  fi
  # dockerd leaves mounts under its roots (netns/default, overlays): unmount them, deepest first, then remove all.
  awk -v w="$work/" 'index($2, w) == 1 {print $2}' /proc/mounts | sort -r | while read -r m; do umount -l "$m" 2>/dev/null; done
  rm -rf "$work" || say "could not remove $work"
  timings+=("total $(($(date +%s) - t_start))s")
  say "timings: $(IFS=,; echo "${timings[*]}" | sed 's/,/, /g')"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- The Dockerfile's base images -----------------------------------------------------------------------------
dockerfile=$repo/Dockerfile
sdk_image=$(awk 'toupper($1)=="FROM" && $2 ~ /\/dotnet\/sdk:/ {print $2; exit}' "$dockerfile")
aspnet_image=$(awk 'toupper($1)=="FROM" && $2 ~ /\/dotnet\/aspnet:/ {print $2; exit}' "$dockerfile")
[ -n "$sdk_image" ] && [ -n "$aspnet_image" ] || fail "the Dockerfile names no dotnet/sdk and dotnet/aspnet base images"

# --- Debian root filesystem (debootstrap, cached) ---------------------------------------------------------------
. /etc/os-release
suite=${VERSION_CODENAME:?no VERSION_CODENAME in /etc/os-release}
# The first Debian mirror this machine's apt uses for its own release (one-line .list and deb822 .sources files).
mirror=$(
  { cat /etc/apt/sources.list 2>/dev/null; cat /etc/apt/sources.list.d/*.list 2>/dev/null; } \
    | awk -v s="$suite" '$1=="deb" { i=2; if ($2 ~ /^\[/) { while ($i !~ /\]$/) i++; i++ } if ($(i+1)==s) { print $i; exit } }'
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] && awk -v s="$suite" 'BEGIN{RS=""; FS="\n"} {
        uri=""; ok=0
        for (j=1; j<=NF; j++) { split($j, kv, ":[ \t]*"); k=kv[1]; v=substr($j, length(k)+2); gsub(/^[ \t]+/, "", v)
          if (k=="URIs") { split(v, u, " "); uri=u[1] } if (k=="Suites") { n=split(v, ss, " "); for (x=1; x<=n; x++) if (ss[x]==s) ok=1 } }
        if (ok && uri!="") { print uri; exit } }' "$f"
  done | head -n 1)
[ -n "$mirror" ] || fail "no apt source for $suite in /etc/apt/sources.list*"
icu=$(dpkg-query -W -f='${Package}\n' 'libicu[0-9]*' 2>/dev/null | grep -E '^libicu[0-9]+$' | head -n 1 || true)
include=ca-certificates,libssl3,tzdata${icu:+,$icu}
rootfs=$cache/rootfs-$suite-minbase
key="$suite $mirror $include"
if [ ! -f "$rootfs/.smoke-complete" ] || [ "$(cat "$rootfs/.smoke-complete")" != "$key" ]; then
  say "debootstrap --variant=minbase $suite from $mirror (cached in $rootfs)"
  rm -rf "$rootfs"; mkdir -p "$cache"
  keyring=(); [ -f /usr/share/keyrings/debian-archive-keyring.gpg ] && keyring=(--keyring=/usr/share/keyrings/debian-archive-keyring.gpg)
  if ! debootstrap --variant=minbase "${keyring[@]}" --include="$include" "$suite" "$rootfs" "$mirror" >"$work/debootstrap.log" 2>&1; then
    tail -n 20 "$work/debootstrap.log"; rm -rf "$rootfs"; fail "debootstrap failed"
  fi
  rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
  echo "$key" >"$rootfs/.smoke-complete"
fi
# What the real images have: the user app (uid 1654), dotnet on PATH; and this machine's extra CA certificates.
chroot "$rootfs" getent passwd app >/dev/null \
  || chroot "$rootfs" sh -c 'groupadd --gid 1654 app && useradd --no-log-init --uid 1654 --gid 1654 --create-home app'
ln -sfn /usr/share/dotnet/dotnet "$rootfs/usr/bin/dotnet"
certs=$(cat /usr/local/share/ca-certificates/*.crt 2>/dev/null | sha256sum | cut -c1-64)
if [ "$(cat "$rootfs/.smoke-certs" 2>/dev/null)" != "$certs" ]; then
  rm -f "$rootfs"/usr/local/share/ca-certificates/*.crt
  cp /usr/local/share/ca-certificates/*.crt "$rootfs/usr/local/share/ca-certificates/" 2>/dev/null || true
  chroot "$rootfs" update-ca-certificates --fresh >/dev/null 2>&1 || fail "update-ca-certificates failed in the root filesystem"
  echo "$certs" >"$rootfs/.smoke-certs"
fi
timing rootfs

# --- dockerd: no bridge, no iptables, state under $work ------------------------------------------------------------
setsid dockerd --data-root "$work/data" --exec-root "$work/exec" --pidfile "$work/docker.pid" \
  --host "$DOCKER_HOST" --bridge=none --iptables=false --ip-forward=false --ip-masq=false \
  >"$work/dockerd.log" 2>&1 </dev/null &
dockerd_pid=$!
for _ in $(seq 1 60); do "$docker" version >/dev/null 2>&1 && break; kill -0 "$dockerd_pid" 2>/dev/null || break; sleep 0.5; done
"$docker" version >/dev/null 2>&1 || { tail -n 20 "$work/dockerd.log"; fail "dockerd did not start"; }
timing dockerd

# --- Stand-ins for the base images ---------------------------------------------------------------------------------
dotnet_root=$(dirname "$(readlink -f "$(command -v dotnet)")")
common=(--change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'
        --change 'ENV DOTNET_ROOT=/usr/share/dotnet' --change 'ENV APP_UID=1654'
        --change 'ENV DOTNET_RUNNING_IN_CONTAINER=true' --change 'ENV ASPNETCORE_HTTP_PORTS=8080')
standin() { # tag, then folders of the host's .NET to add
  local tag=$1; shift
  local parts=(); for p in "$@"; do parts+=("./${dotnet_root#/}/$p"); done
  tar -c --exclude=./dev/* --exclude=./proc/* --exclude=./sys/* --exclude=./.smoke-complete --exclude=./.smoke-certs -C "$rootfs" . \
      --transform "s,^\./${dotnet_root#/}/,./usr/share/dotnet/," -C / "${parts[@]}" \
    | "$docker" import "${common[@]}" "${extra[@]}" - "$tag" >/dev/null
}
extra=(--change 'ENV DOTNET_NOLOGO=true' --change 'ENV DOTNET_CLI_TELEMETRY_OPTOUT=true'
       --change "ENV NUGET_CERT_REVOCATION_MODE=${NUGET_CERT_REVOCATION_MODE:-online}")
standin "$sdk_image" dotnet host shared packs sdk sdk-manifests templates
extra=()
standin "$aspnet_image" dotnet host shared
timing stand-ins

# --- Build the unchanged Dockerfile ---------------------------------------------------------------------------------
if ! "$docker" build --network host -t "$image" "$repo" >"$work/build.log" 2>&1; then
  tail -n 40 "$work/build.log"; fail "docker build failed"
fi
timing build

# --- Run it on a loopback port of its configuration -----------------------------------------------------------------
url=http://127.0.0.1:$port
"$docker" run -d --name "$container" --network host -e "Urls=$url" --health-interval=3s "$image" >/dev/null
# Healthy within 4 minutes; on a loaded machine a check may time out first (unhealthy), and recover.
health=starting
for _ in $(seq 1 120); do
  health=$("$docker" inspect -f '{{if .State.Health}}{{.State.Health.Status}}{{else}}none{{end}}' "$container" 2>/dev/null || echo gone)
  case $health in healthy|none|gone) break ;; esac
  sleep 2
done
if [ "$health" != healthy ]; then
  "$docker" logs "$container" 2>&1 | tail -n 30
  "$docker" inspect -f '{{json .State.Health}}' "$container" 2>/dev/null | head -c 2000; echo
  fail "container is $health, not healthy"
fi
timing healthy
probe=$("$docker" inspect -f '{{with .State.Health}}{{range .Log}}{{.Output}}{{end}}{{end}}' "$container")
case $probe in *"127.0.0.1:$port/healthz"*) ;; *) fail "the health check did not ask port $port: $probe" ;; esac

answer=$(curl -sS --max-time 20 -H 'Content-Type: application/json' \
  --data '{"query":"{ unit(slug: \"nanping\") { slug shortName } }"}' "$url/graphql") || fail "no answer from $url/graphql"
case $answer in *'"slug":"nanping"'*) ;; *) fail "unexpected answer from $url/graphql: $answer" ;; esac

uid=$("$docker" exec "$container" awk '/^Uid:/ {print $2}' /proc/1/status)
[ "$uid" = 1654 ] || fail "the service runs as uid $uid, not 1654"
timing checks

# docker-compose.yml: validated by compose itself where its plugin is installed (Debian's docker.io has none).
if "$docker" compose version >/dev/null 2>&1; then
  "$docker" compose -f "$repo/docker-compose.yml" config -q || fail "docker compose config rejects docker-compose.yml"
  say "docker compose config: docker-compose.yml is valid"
else
  say "no docker compose plugin: docker-compose.yml is checked by DeploymentFilesTests (parse test) only"
fi

say "ok: $image built from the unchanged Dockerfile; healthy on $url, answers /graphql, runs as uid $uid"
