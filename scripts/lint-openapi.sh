#!/usr/bin/env bash
# Lints the OpenAPI document the running API serves, with Redocly CLI (npm) and redocly.yaml.
# Usage: scripts/lint-openapi.sh [URL]   (default http://localhost:8080/q/openapi?format=json)
# Fails on any error; warnings are printed.
set -euo pipefail
cd "$(dirname "$0")/.."
url="${1:-http://localhost:8080/q/openapi?format=json}"
spec="$(mktemp --suffix=.json)"
trap 'rm -f "$spec"' EXIT
curl -fsS "$url" -o "$spec"
npx --yes @redocly/cli@2.77.0 lint --config redocly.yaml "$spec"
