#!/usr/bin/env bash
# Load benchmark: generates synthetic corpora (100k and 1M messages by default), loads each into a
# fresh database on the PostgreSQL server at 127.0.0.1:5432 with the application's `load` command
# (-Xmx1g), and measures next to it, in the same run, a baseline: psql COPY of the same rows from
# pre-rendered CSV into a fresh schema, then the same indexes and foreign keys.
# Writes bench/results/results-<timestamp>.md and bench/results/latest.md.
#   SIZES="100000 1000000" bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES="${SIZES:-100000 1000000}"
SEED="${SEED:-42}"
PER_DOCUMENT="${PER_DOCUMENT:-10000}"
PG="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"
JAR=target/quarkus-app/quarkus-run.jar
work=bench/out
results=bench/results
mkdir -p "$work" "$results"

[ -f "$JAR" ] || ./mvnw -q -B package -DskipTests
if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
    sleep 2
fi

stamp=$(date -u +%Y%m%dT%H%M%SZ)
report="$results/results-${stamp}.md"
{
    echo "# Load benchmark, ${stamp}"
    echo
    echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB RAM; $(psql -h 127.0.0.1 -U postgres -tAc 'select version()' | cut -d, -f1)."
    echo "Corpus: synthetic, seed ${SEED}, ${PER_DOCUMENT} messages per document. Loader: java -Xmx1g, \`load --force\`."
    echo
    echo "| messages | input | parse-only | end-to-end load | loader peak RSS | rows | DB size | baseline COPY | baseline COPY + indexes | loader vs baseline |"
    echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
} > "$report"

seconds() { python3 -c "import time; print(time.time())"; }

for n in $SIZES; do
    corpus="$work/corpus-$n"
    if [ ! -f "$corpus/.complete-$SEED" ]; then
        rm -rf "$corpus"
        java -jar "$JAR" generate --messages "$n" --per-document "$PER_DOCUMENT" --seed "$SEED" --out "$corpus"
        touch "$corpus/.complete-$SEED"
    fi
    bytes=$(cat "$corpus"/*.md | wc -c)

    echo "== $n messages: parse only"
    parse_line=$(java -Xmx1g -jar "$JAR" parse "$corpus/*.md" | tail -1)
    echo "$parse_line"
    parse_rate=$(echo "$parse_line" | sed -E 's/.*: ([0-9]+) messages\/s.*/\1/')

    echo "== $n messages: load"
    db="bench_load_$n"
    $PG -d postgres -c "drop database if exists $db with (force)" -c "create database $db"
    start=$(seconds)
    /usr/bin/time -f "%M" -o "$work/rss-$n" env QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$db" \
        QUARKUS_DATASOURCE_USERNAME=postgres ARCHIVE_READER_USERNAME="bench_reader" ARCHIVE_READER_PASSWORD="bench" \
        java -Xmx1g -jar "$JAR" load --force "$corpus/*.md" | grep -E "^(loading|loaded)" | tail -3
    load_s=$(python3 -c "import time; print(round(time.time() - $start, 1))")
    rss_mb=$(( $(cat "$work/rss-$n") / 1024 ))
    tables=$($PG -d "$db" -tAc "select string_agg(table_name, ' ' order by table_name) from information_schema.tables where table_schema = 'public' and table_name not in ('flyway_schema_history')")
    rows=0
    for t in $tables; do rows=$(( rows + $($PG -d "$db" -tAc "select count(*) from $t") )); done
    db_size=$($PG -d "$db" -tAc "select pg_size_pretty(pg_database_size('$db'))")

    echo "== $n messages: baseline (psql COPY of the same rows)"
    csv="$work/csv-$n"
    rm -rf "$csv" && mkdir -p "$csv"
    copy_in=""
    for t in $tables; do
        cols=$($PG -d "$db" -tAc "select string_agg(quote_ident(column_name), ',' order by ordinal_position) from information_schema.columns where table_schema = 'public' and table_name = '$t' and is_generated = 'NEVER'")
        $PG -d "$db" -c "\\copy (select $cols from $t) to '$csv/$t.csv' with (format csv)"
        copy_in="${copy_in}\\copy $t ($cols) from '$csv/$t.csv' with (format csv)
"
    done
    base="bench_copy_$n"
    $PG -d postgres -c "drop database if exists $base with (force)" -c "create database $base"
    pg_dump -h 127.0.0.1 -U postgres --schema-only --section=pre-data "$db" | $PG -d "$base" >/dev/null
    pg_dump -h 127.0.0.1 -U postgres --schema-only --section=post-data "$db" > "$work/post-data-$n.sql"
    start=$(seconds)
    printf 'begin;\nset constraints all deferred;\n%scommit;\n' "$copy_in" | $PG -d "$base" >/dev/null
    copy_s=$(python3 -c "import time; print(round(time.time() - $start, 1))")
    $PG -d "$base" -f "$work/post-data-$n.sql" >/dev/null
    copy_idx_s=$(python3 -c "import time; print(round(time.time() - $start, 1))")

    load_rate=$(python3 -c "print(round($rows / $load_s))")
    base_rate=$(python3 -c "print(round($rows / $copy_idx_s))")
    ratio=$(python3 -c "print(round(100 * $load_rate / $base_rate))")
    printf '| %s | %s MB | %s msg/s | %s s (%s msg/s, %s rows/s) | %s MB | %s | %s | %s s | %s s (%s rows/s) | %s%% |\n' \
        "$n" "$(( bytes / 1000000 ))" "$parse_rate" "$load_s" "$(python3 -c "print(round($n / $load_s))")" "$load_rate" \
        "$rss_mb" "$rows" "$db_size" "$copy_s" "$copy_idx_s" "$base_rate" "$ratio" >> "$report"
    $PG -d postgres -c "drop database if exists $base with (force)" -c "drop database if exists $db with (force)"
    $PG -d postgres -c "drop role if exists bench_reader"
    rm -rf "$csv"
done

cp "$report" "$results/latest.md"
cat "$report"
