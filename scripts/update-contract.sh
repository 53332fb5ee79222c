#!/usr/bin/env bash
# Regenerates the committed contract (openapi.yaml) from the API and the SPA's types from that contract. Run it after
# changing an endpoint, then commit both files; the test command fails while either is stale.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

UPDATE_CONTRACT=true dotnet test tests/Api.FunctionalTests --filter "FullyQualifiedName~ContractDriftTests" --nologo -v quiet
(cd client && { [ -d node_modules ] || npm ci --no-audit --no-fund; } && npm run --silent generate:api)
echo "openapi.yaml and client/src/api/schema.d.ts are up to date; commit them."
