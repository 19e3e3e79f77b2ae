#!/usr/bin/env bash
# System packages the tests need (Debian): none yet beyond Node.js 20 and npm. Later: chromium, postgresql.
set -euo pipefail
node -e 'const [major] = process.versions.node.split(".").map(Number); if (major < 20) { console.error(`dossier needs Node.js 20 or newer, found ${process.version}`); process.exit(1); }'
