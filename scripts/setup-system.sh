#!/usr/bin/env bash
# System packages the tests need (Debian): Node.js 20 and npm, and a PostgreSQL server for the PostgreSQL store's
# tests (test/store/postgres.test.ts starts a throwaway cluster from its binaries; on CI it must not be skipped).
# Later: chromium.
set -euo pipefail
node -e 'const [major] = process.versions.node.split(".").map(Number); if (major < 20) { console.error(`dossier needs Node.js 20 or newer, found ${process.version}`); process.exit(1); }'

# PostgreSQL server binaries (initdb, pg_ctl): installed when missing and we may install; only the binaries are
# needed, so the cluster the package creates is stopped and not started at boot.
if ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q --no-install-recommends postgresql
    if command -v service >/dev/null; then service postgresql stop >/dev/null 2>&1 || true; fi
  else
    echo "PostgreSQL server binaries are missing: install the postgresql package (as root: apt-get install -y postgresql)," >&2
    echo "or point DOSSIER_TEST_PG at a server; without either, the PostgreSQL store tests are skipped (and fail on CI)." >&2
  fi
fi
