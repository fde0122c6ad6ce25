#!/usr/bin/env bash
# Comparison benchmark: this API against PostGraphile, json-server and the database's own limit
# (pgbench running the API's statements), at several corpus sizes. One command from a fresh clone:
#   bench/compare.sh                       # sizes: real 10000 100000 1000000, 3 repetitions
#   SIZES="10000" REPS=1 bench/compare.sh  # a quick run
# Needs: the PostgreSQL server at 127.0.0.1:5432 (trust auth for postgres), Java 17, Node 20,
# wrk, pgbench; installs the Node packages pinned in bench/node and builds the jar if missing.
# Writes bench/results/compare-<stamp>.{jsonl,json,md} and the summary in docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."

# The Debian package of each tool; only the missing ones are installed (nodejs and npm may come
# from elsewhere, and asking apt for them then fails).
declare -A package=([wrk]=wrk [pgbench]=postgresql-client [psql]=postgresql-client [node]=nodejs [npm]=npm
    [java]=openjdk-17-jre-headless [python3]=python3)
missing=()
for tool in wrk pgbench psql node npm java python3; do
    command -v "$tool" >/dev/null || missing+=("${package[$tool]}")
done
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        apt-get install -y -q $(printf '%s\n' "${missing[@]}" | sort -u) >/dev/null
    else
        echo "missing Debian packages: ${missing[*]}" >&2
        exit 1
    fi
fi
if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
    for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
fi
[ -d bench/node/node_modules ] || npm ci --prefix bench/node --no-audit --no-fund
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q -B package -DskipTests

exec python3 bench/compare.py "$@"
