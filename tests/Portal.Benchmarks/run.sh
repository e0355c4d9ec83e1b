#!/usr/bin/env bash
# The search benchmark of issue #5: engine indexing and query latency, then the portal over HTTP
# (bare baseline, cached and uncached GET /api/search) with wrk, all in one run; prints a table.
# Usage: tests/Portal.Benchmarks/run.sh [--items 100000] [--concurrency 32] [--duration 10] [--engine-only|--http-only] [--per-query]
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
echo "uptime: $(uptime)"
dotnet build tests/Portal.Benchmarks -c Release -nologo -v q
dotnet tests/Portal.Benchmarks/bin/Release/net10.0/Portal.Benchmarks.dll "$@"
