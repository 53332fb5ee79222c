#!/usr/bin/env bash
# Benchmarks webhook delivery against the running product with the demo data: a local receiver, an abonnement of the
# demo LAS, N arrangement requests through the API; prints events delivered per second and the time from commit to
# delivery (p50/p99), beside the receiver's own limit (plain POSTs from a loop). Asserts nothing; not run by test.sh.
#   scripts/benchmark-webhooks.sh [AANTAL]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source scripts/lib.sh
vereis_gereedschap
aantal="${1:-500}"
poort="${BENCHMARK_POORT:-18192}"
basis="http://127.0.0.1:$poort"

# Short poll intervals: idle waits of the outbox and the delivery loop would otherwise dominate commit-to-delivery.
start_benchmark_api passendonderwijs_benchmark_webhooks "$basis" Spa__Herkomsten__0="$basis" \
  Webhooks__LoopbackToegestaan=true Outbox__PollInterval=00:00:00.100 Webhooks__PollInterval=00:00:00.100

meld "$aantal arrangementaanvragen, afgeleverd als webhook aan een ontvanger op 127.0.0.1"
node scripts/benchmark/webhooks.mjs "$basis" "$aantal"
