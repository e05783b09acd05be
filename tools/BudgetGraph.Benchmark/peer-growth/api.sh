# api.sh — sourced by peer-growth.sh and client-floor.sh after the peer's lib.sh, with BUILD set to the repository.
# The API served as ../shared/peer/growth.sh serves it, so that every script here measures the same service.

# api_find SCRIPT — sets API to BUILD's Release build of the API, or stops saying how to build it
api_find() {
  API="$BUILD/src/BudgetGraph.Api/bin/Release/net10.0/BudgetGraph.Api"
  [ -x "$API" ] || { echo "$1: build the API first: dotnet build -c Release $BUILD/src/BudgetGraph.Api" >&2; exit 1; }
}

# api_up NAME PORT DB [CACHE_ENTRIES [ESCAPE_NON_ASCII]] — starts API on the SQLite file DB with growth.sh's settings
# (Production, no seed import, warnings only, response cache off, Chinese as UTF-8); CACHE_ENTRIES > 0 turns the cache on
# with that many entries, ESCAPE_NON_ASCII=true sends Chinese as \uXXXX (GraphQL:EscapeNonAscii). Pid in .run/NAME.pid
api_up() {
  ( cd "$BUILD" && ASPNETCORE_ENVIRONMENT=Production Database__ConnectionString="Data Source=$3" Seeds__ImportAtStartup=false \
    GraphQLHttp__ResponseCacheEntries="${4:-0}" GraphQL__EscapeNonAscii="${5:-false}" Logging__LogLevel__Default=Warning PEER_START_WAIT=300 \
    peer_start "$1" "$2" "$API" --urls "http://127.0.0.1:$2" ) >/dev/null
}

# cpu_ticks PID — the process's CPU time so far (utime + stime), in clock ticks (getconf CLK_TCK per second); nothing
# when it has exited. The scripts here take it before and after a run for CPU per request.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null; }
