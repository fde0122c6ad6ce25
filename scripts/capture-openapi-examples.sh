#!/usr/bin/env bash
# Records real answers of the running API as the OpenAPI examples (src/main/resources/openapi-examples/).
# Run it after a change that alters the answers; OpenApiExamplesTest fails until the examples match again.
# Usage: scripts/capture-openapi-examples.sh [BASE_URL]   (default http://localhost:8080)
set -euo pipefail
cd "$(dirname "$0")/.."
base="${1:-http://localhost:8080}"
out=src/main/resources/openapi-examples
mkdir -p "$out"
while read -r operation path; do
    curl -fsS "${base}${path}" </dev/null | python3 -m json.tool --indent 2 --no-ensure-ascii > "${out}/${operation}.json"
    echo "${operation}: ${path}"
done < src/main/resources/openapi-examples/requests.txt
