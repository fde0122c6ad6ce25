#!/usr/bin/env bash
# A/B check of one request class on one build of the API, between runs of the full comparison:
#   bench/ab.sh APP_DIR LABEL CLASS [NAME=VALUE ...]
# APP_DIR: a packaged app (copy target/quarkus-app with `cp -a`, so the class-data archive stays
# usable); CLASS: by-id, person, list (the comparison's list request: a sender and a month), events (a month) or search (50 of the most frequent words of a sample and up to 50 rare ones, rotating); NAME=VALUE: extra environment for the API (a setting to try).
# Runs against the database bench/compare.sh prepared (DB, default bench_100000): 20 s of warm-up,
# then 3 closed-loop runs of 5 s with wrk (2 threads, 16 connections), each printed in req/s.
set -euo pipefail
app=$(cd "$1" && pwd); label=$2; class=$3; shift 3
cd "$(dirname "$0")/.."
db=${DB:-bench_100000}
port=${PORT:-18080}
requests=$(mktemp)
stop() {
    rm -f "$requests"
    if [ -n "${pid:-}" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
}
trap stop EXIT
case $class in
    by-id) sql="select 'GET' || chr(9) || '/api/messages/' || id from message order by md5(id || 'by-id') limit 500" ;;
    person) sql="select 'GET' || chr(9) || '/api/people/' || sender_id from message where sender_id is not null
                 order by md5(id || 'person') limit 500" ;;
    list) sql="select 'GET' || chr(9) || '/api/messages?from=' || sender_id || '&after='
                   || to_char(date_trunc('month', sent_at), 'YYYY-MM-DD') || '&before='
                   || to_char(date_trunc('month', sent_at) + interval '1 month', 'YYYY-MM-DD')
               from message where sender_id is not null order by md5(id || 'list') limit 500" ;;
    events) sql="select 'GET' || chr(9) || '/api/events?after=' || to_char(date_trunc('month', start_date), 'YYYY-MM-DD')
                     || '&before=' || to_char(date_trunc('month', start_date) + interval '1 month', 'YYYY-MM-DD')
                 from event order by md5(id || 'events') limit 500" ;;
    search) sql="with w as (select word, ndoc from ts_stat('select search from message tablesample bernoulli (2) repeatable (42)')
                            where word ~ '^[a-z]{4,}\$'),
                      common as (select word from w order by ndoc desc, word limit 50),
                      rare as (select word from w where ndoc = 1 order by md5(word) limit 50)
                 select 'GET' || chr(9) || '/api/search?q=' || word
                 from (select word from common union all select word from rare) t order by md5(word)" ;;
    *) echo "class: by-id, person, list, events or search" >&2; exit 2 ;;
esac
psql -h 127.0.0.1 -U postgres -d "$db" -X -tA -c "$sql" > "$requests"
(cd "$app" && exec env QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$db" QUARKUS_DATASOURCE_USERNAME=postgres \
    ARCHIVE_READER_USERNAME=bench_reader ARCHIVE_READER_PASSWORD=bench CORPUS_LOAD=never QUARKUS_HTTP_PORT="$port" "$@" \
    java -XX:MaxRAMPercentage=75 -XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000 -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000 \
        -XX:SharedArchiveFile=app-cds.jsa -jar quarkus-run.jar > /dev/null 2>&1) &
pid=$!
for _ in $(seq 1 150); do curl -sf -o /dev/null "http://127.0.0.1:$port/api/corpus" && break; sleep 0.2; done
REQUESTS=$requests wrk -t2 -c16 -d20s -s bench/lib/requests.lua "http://127.0.0.1:$port" > /dev/null
for rep in 1 2 3; do
    REQUESTS=$requests wrk -t2 -c16 -d5s -s bench/lib/requests.lua "http://127.0.0.1:$port" \
        | sed -n 's/^RESULT //p' \
        | python3 -c "import json, sys; r = json.load(sys.stdin); print('$label $class run $rep: %.0f req/s, %d non-2xx' % (r['requests'] / (r['duration_us'] / 1e6), r['non_2xx']))"
done
