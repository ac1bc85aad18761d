#!/usr/bin/env bash
# Runs every test of the project on a fresh machine: installs PostgreSQL's server binaries when they
# are missing, restores, builds (warnings are errors), runs each test project and the npm client
# tests, and ends with one line "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")"

log() { printf '\n== %s\n' "$*"; }

have_postgres() {
  [ -n "${PG_BIN:-}" ] && [ -x "$PG_BIN/initdb" ] && return 0
  compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null
}

if ! have_postgres; then
  log "installing PostgreSQL (server binaries not found)"
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi

if [ -f tests/clients/package.json ]; then
  log "npm ci (tests/clients: the npm clients the .NET conformance tests drive, and the node tests)"
  (cd tests/clients && npm ci --no-audit --no-fund --loglevel=error)
fi

log "restore"
dotnet restore Actors.sln --nologo -v quiet

log "build"
dotnet build Actors.sln --no-restore --nologo -v quiet -clp:NoSummary

log "test"
results=$(mktemp)
trap 'rm -f "$results"' EXIT
status=0
dotnet test Actors.sln --no-build --nologo 2>&1 | tee "$results" || status=$?

if [ -f tests/clients/package.json ]; then
  log "npm client tests"
  (cd tests/clients && npm test) 2>&1 | tee -a "$results" || status=$?
fi

# dotnet test prints "Passed!  - Failed: 0, Passed: 25, ..." per project; node's test runner "# pass N".
read -r passed failed < <(awk '
  /^(Passed|Failed)! +- Failed: / { gsub(/,/, ""); for (i = 1; i <= NF; i++) { if ($i == "Passed:") p += $(i+1); if ($i == "Failed:") f += $(i+1) } }
  /^# pass [0-9]+/ { p += $3 }
  /^# fail [0-9]+/ { f += $3 }
  END { print p + 0, f + 0 }' "$results")

echo
echo "$passed passed, $failed failed"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ]; then
  exit 1
fi
if [ "$passed" -eq 0 ]; then
  echo "no test ran" >&2
  exit 1
fi
