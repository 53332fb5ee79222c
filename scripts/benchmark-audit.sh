#!/usr/bin/env bash
# Prints what the audit log costs a read (p50/p99 of an audited query with and without the pipeline's audit
# write), against the local PostgreSQL cluster or PASSENDONDERWIJS_TEST_DB. Figures only; it asserts nothing.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
dotnet run --project tests/Benchmarks -c Release
