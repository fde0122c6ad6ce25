#!/usr/bin/env python3
"""Comparison benchmark: this API against PostGraphile, json-server and pgbench, side by side.

Run it through bench/compare.sh, which installs what it needs first. For each corpus size it
loads the corpus into one PostgreSQL database (shared by the API, PostGraphile and pgbench),
writes json-server's data file from that database, picks the request parameters from the data,
captures the SQL statements the API runs for them (pgbench replays exactly those), then measures
the systems one at a time, interleaved (A B C D, A B C D, ...), for each request class:
maximum throughput with wrk (closed loop), latency percentiles with autocannon at a fixed rate of
50% and 80% of that maximum, CPU time per request of the system and of PostgreSQL, RSS idle and
under load, and the time from process start to the first answered request.

Results: bench/results/compare-<stamp>.jsonl (every measurement), compare-<stamp>.json and .md
(medians, ratios, targets) and the summary section of docs/benchmarks.md.
"""

import argparse
import glob
import hashlib
import json
import math
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
OUT = BENCH / "out"
RESULTS = BENCH / "results"
DOC = ROOT / "docs" / "benchmarks.md"
# The packaged application; ARCHIVE_APP names another copy of target/quarkus-app (copy it with
# `cp -a`: the JVM refuses the class-data archive when the jars' modification times changed).
JAR = Path(os.environ.get("ARCHIVE_APP", ROOT / "target" / "quarkus-app")) / "quarkus-run.jar"
NODE_BIN = BENCH / "node" / "node_modules" / ".bin"
# The Dockerfile's JIT thresholds (its ENTRYPOINT says why).
JIT_FLAGS = ["-XX:Tier4InvocationThreshold=50000", "-XX:Tier4MinInvocationThreshold=6000",
             "-XX:Tier4CompileThreshold=150000", "-XX:Tier4BackEdgeThreshold=400000"]

PG_HOST = "127.0.0.1"
PG_PORT = "5432"
OWNER = os.environ.get("BENCH_PG_OWNER", "postgres")
READER = "bench_reader"
READER_PASSWORD = "bench"
PORTS = {"api": 18080, "postgraphile": 15000, "json-server": 13000}
SYSTEMS = ["api", "postgraphile", "json-server", "pgbench"]
CLASSES = ["by-id", "list", "person", "search", "events", "mix"]
# The weighted mix: reads by id dominate, as in a browsing client; search is the expensive tail.
MIX = {"by-id": 35, "list": 20, "person": 15, "search": 10, "events": 20}
PARAMETER_SETS = 100
# Requests per pgbench transaction in closed-loop runs (see pgbench_script), for the classes whose
# requests take milliseconds. Search stays at one: at 1M a batch of ten common-term searches
# outlasts the warm-up, and a statement timeout aborts the pgbench client with its whole batch.
# The mix stays at one, so that its weights stay weights of requests.
BATCH = 10
BATCHED = {"by-id", "list", "person", "events"}
SEED = 42
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def log(message):
    print(f"[{datetime.now().strftime('%H:%M:%S')}] {message}", flush=True)


# ---------------------------------------------------------------------------------------------
# PostgreSQL


def psql(db, sql, user=OWNER, variables=None):
    """Runs SQL with psql (unaligned, tuples only) and returns its output lines."""
    args = ["psql", "-h", PG_HOST, "-p", PG_PORT, "-U", user, "-d", db, "-v", "ON_ERROR_STOP=1", "-X", "-q", "-tA"]
    for name, value in (variables or {}).items():
        args += ["-v", f"{name}={value}"]
    result = subprocess.run(args + ["-c", sql], check=True, capture_output=True, text=True)
    return [line for line in result.stdout.split("\n") if line]


def psql_file(db, path, variables):
    args = ["psql", "-h", PG_HOST, "-p", PG_PORT, "-U", OWNER, "-d", db, "-v", "ON_ERROR_STOP=1", "-X", "-q"]
    for name, value in variables.items():
        args += ["-v", f"{name}={value}"]
    subprocess.run(args + ["-f", str(path)], check=True, capture_output=True, text=True)


def server_log_file():
    """The PostgreSQL server's log file, where the statements the API runs are captured."""
    if os.environ.get("BENCH_PG_LOG"):
        return Path(os.environ["BENCH_PG_LOG"])
    current = psql("postgres", "select coalesce(pg_current_logfile(), '')")
    if current and current[0]:
        path = Path(current[0])
        if not path.is_absolute():
            path = Path(psql("postgres", "show data_directory")[0]) / path
        return path
    major = psql("postgres", "show server_version_num")[0][:2]
    candidates = glob.glob(f"/var/log/postgresql/postgresql-{major}-*.log")
    if not candidates:
        sys.exit("cannot find the PostgreSQL server log: set BENCH_PG_LOG")
    return Path(sorted(candidates)[0])


# ---------------------------------------------------------------------------------------------
# Data: corpus, database, json-server file, request parameters


def corpus_files(size):
    if size == "real":
        return str(ROOT / "db" / "corpus" / "*.md")
    directory = OUT / f"corpus-{size}"
    marker = directory / f".complete-{SEED}"
    if not marker.exists():
        shutil.rmtree(directory, ignore_errors=True)
        log(f"generating a synthetic corpus of {size} messages")
        subprocess.run(["java", "-jar", str(JAR), "generate", "--messages", size, "--per-document", "10000",
                        "--seed", str(SEED), "--out", str(directory)], check=True)
        marker.touch()
    return str(directory / "*.md")


def app_digest():
    """A short digest of the packaged application's own classes (quarkus-app/app/*.jar)."""
    digest = hashlib.sha256()
    for jar in sorted((JAR.parent / "app").glob("*.jar")):
        digest.update(jar.read_bytes())
    return digest.hexdigest()[:12]


def database_name(size):
    return f"bench_{size}"


def app_environment(db):
    env = dict(os.environ)
    env.update({
        "QUARKUS_DATASOURCE_JDBC_URL": f"jdbc:postgresql://{PG_HOST}:{PG_PORT}/{db}",
        "QUARKUS_DATASOURCE_USERNAME": OWNER,
        "ARCHIVE_READER_USERNAME": READER,
        "ARCHIVE_READER_PASSWORD": READER_PASSWORD,
    })
    return env


def prepare_database(size):
    """Loads the corpus into bench_<size> (the loader skips it when already loaded) and installs
    the PostGraphile functions."""
    db = database_name(size)
    if not psql("postgres", f"select 1 from pg_database where datname = '{db}'"):
        psql("postgres", f"create database {db}")
    files = corpus_files(size)
    log(f"loading {files} into {db} (skipped when already loaded)")
    started = time.time()
    subprocess.run(["java", "-Xmx1g", "-jar", str(JAR), "load", "--mode", "if-changed", files],
                   env=app_environment(db), check=True, stdout=subprocess.DEVNULL)
    # The loader vacuums after a load; a database loaded by an older build gets the same state here
    # (index-only counts need the visibility map). A no-op when nothing changed since.
    psql(db, "vacuum")
    log(f"database ready in {time.time() - started:.1f} s")
    psql_file(db, BENCH / "peers" / "postgraphile.sql", {"reader": READER})
    # The API runs its requests without parallel query (its connection options); every system
    # connects as this role, so all get the same plans.
    psql(db, f"alter role {READER} in database {db} set max_parallel_workers_per_gather = 0")
    return db


def json_server_file(size, db):
    """json-server's data file, written from the loaded database once per corpus version."""
    version = psql(db, "select version from corpus_state")[0]
    path = OUT / f"json-server-{size}-{version}.json"
    if path.exists():
        return path
    log(f"writing {path.name}")
    sections = re.split(r"^-- collection: (\w+)\n", (BENCH / "peers" / "json-server-data.sql").read_text(), flags=re.M)
    partial = path.with_suffix(".partial")
    with open(partial, "w", encoding="utf-8") as out:
        out.write("{")
        for index in range(1, len(sections), 2):
            name, sql = sections[index], sections[index + 1].strip()
            out.write(("," if index > 1 else "") + f'\n"{name}": [')
            proc = subprocess.Popen(["psql", "-h", PG_HOST, "-p", PG_PORT, "-U", OWNER, "-d", db, "-X", "-q", "-tA",
                                     "-v", "ON_ERROR_STOP=1", "-v", "FETCH_COUNT=5000"],
                                    stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8")
            proc.stdin.write(f"\\set FETCH_COUNT 5000\n{sql}\n")
            proc.stdin.close()
            first = True
            for line in proc.stdout:
                line = line.rstrip("\n")
                if line:
                    out.write(("\n" if first else ",\n") + line)
                    first = False
            if proc.wait() != 0:
                sys.exit(f"exporting {name} for json-server failed")
            out.write("]")
        out.write("\n}\n")
    partial.rename(path)
    return path


def parameters(db):
    """Parameter sets per request class, picked from the data with a fixed seed (md5 order)."""
    p = {}
    p["by-id"] = psql(db, f"select id from message order by md5(id || 'by-id') limit {PARAMETER_SETS}")
    p["list"] = [tuple(row.split("|")) for row in psql(db, f"""
        select sender_id, to_char(date_trunc('month', sent_at), 'YYYY-MM-DD'),
               to_char(date_trunc('month', sent_at) + interval '1 month', 'YYYY-MM-DD')
        from message where sender_id is not null order by md5(id || 'list') limit {PARAMETER_SETS}""")]
    p["person"] = psql(db, f"""select sender_id from message where sender_id is not null
                               order by md5(id || 'person') limit {PARAMETER_SETS}""")
    p["events"] = [tuple(row.split("|")) for row in psql(db, f"""
        select to_char(date_trunc('month', start_date), 'YYYY-MM-DD'),
               to_char(date_trunc('month', start_date) + interval '1 month', 'YYYY-MM-DD')
        from event order by md5(id || 'events') limit {PARAMETER_SETS}""")]
    # Search terms, alternating common and rare: lexemes of a sample of the messages (all of them
    # when there are few), most frequent first / seen in a single sampled message.
    total = int(psql(db, "select count(*) from message")[0])
    sample = f"select search from message tablesample bernoulli({min(100.0, 100.0 * 20000 / max(total, 1)):.4f}) repeatable ({SEED})"
    words = psql(db, f"""select word, ndoc from ts_stat($${sample}$$)
                         where word ~ '^[a-z]{{4,}}$' and numnode(websearch_to_tsquery('english', word)) > 0
                         order by ndoc desc, word""")
    ranked = [w.split("|")[0] for w in words]
    common = ranked[:PARAMETER_SETS // 2]
    rare_pool = [w.split("|")[0] for w in words if w.split("|")[1] == "1"]
    rare = sorted(rare_pool, key=lambda w: hashlib.md5(w.encode()).hexdigest())[:PARAMETER_SETS // 2]
    p["search"] = [term for pair in zip(common, rare) for term in pair] or common
    p["search-common"], p["search-rare"] = common, rare
    return p


# ---------------------------------------------------------------------------------------------
# Requests per system and class: lines of METHOD<TAB>PATH<TAB>BODY


def graphql(name, variables):
    query = (BENCH / "peers" / "graphql" / f"{name}.graphql").read_text()
    if "...MessageFields" in query:
        query += (BENCH / "peers" / "graphql" / "message-fields.graphql").read_text()
    query = re.sub(r"\s+", " ", query).strip()
    return ("POST", "/graphql", json.dumps({"query": query, "variables": variables}, separators=(",", ":")))


def day_before(date):
    return (datetime.strptime(date, "%Y-%m-%d").toordinal() - 1)


def requests_for(system, cls, p):
    """The requests of one class for one system; each class asks every system for the same data."""
    from urllib.parse import quote
    from datetime import date
    if cls == "by-id":
        return {
            "api": lambda i: ("GET", f"/api/messages/{i}", ""),
            "postgraphile": lambda i: graphql("by-id", {"id": i}),
            "json-server": lambda i: ("GET", f"/messages/{i}", ""),
        }[system], p["by-id"]
    if cls == "list":
        return {
            "api": lambda a: ("GET", f"/api/messages?from={quote(a[0])}&after={a[1]}&before={a[2]}", ""),
            "postgraphile": lambda a: graphql("list", {"sender": a[0], "since": f"{a[1]}T00:00:00", "until": f"{a[2]}T00:00:00"}),
            # json-server has no exclusive bound (_lt): the last minute before `before` is the same range.
            "json-server": lambda a: ("GET", f"/messages?senderId={quote(a[0])}&sentAt_gte={a[1]}T00:00"
                                             f"&sentAt_lte={date.fromordinal(day_before(a[2])).isoformat()}T23:59"
                                             "&_sort=sentAt,id&_order=asc,asc&_limit=50", ""),
        }[system], p["list"]
    if cls == "person":
        return {
            "api": lambda i: ("GET", f"/api/people/{quote(i)}", ""),
            "postgraphile": lambda i: graphql("person", {"id": i}),
            "json-server": lambda i: ("GET", f"/people/{quote(i)}", ""),
        }[system], p["person"]
    if cls == "search":
        return {
            "api": lambda q: ("GET", f"/api/search?q={quote(q)}", ""),
            "postgraphile": lambda q: graphql("search", {"q": q}),
            # json-server's only text search: a case-insensitive substring match over every field.
            "json-server": lambda q: ("GET", f"/messages?q={quote(q)}&_limit=50", ""),
        }[system], p["search"]
    if cls == "events":
        return {
            "api": lambda a: ("GET", f"/api/events?after={a[0]}&before={a[1]}", ""),
            "postgraphile": lambda a: graphql("events", {"since": a[0], "until": a[1]}),
            "json-server": lambda a: ("GET", f"/events?endDate_gte={a[0]}"
                                             f"&startDate_lte={date.fromordinal(day_before(a[1])).isoformat()}"
                                             "&_sort=startDate,position,id&_order=asc,asc,asc&_limit=50", ""),
        }[system], p["events"]
    raise ValueError(cls)


def mix_order():
    """The classes of the mix's requests, in a fixed shuffled order with the weights of MIX."""
    order = [cls for cls, weight in MIX.items() for _ in range(weight)]
    random.Random(SEED).shuffle(order)
    return order


def write_requests(directory, system, p):
    directory.mkdir(parents=True, exist_ok=True)
    per_class = {}
    for cls in CLASSES[:-1]:
        make, values = requests_for(system, cls, p)
        per_class[cls] = [make(v) for v in values]
    per_class["mix"] = []
    cursors = {cls: 0 for cls in MIX}
    for _ in range(3):
        for cls in mix_order():
            per_class["mix"].append(per_class[cls][cursors[cls] % len(per_class[cls])])
            cursors[cls] += 1
    for cls, lines in per_class.items():
        (directory / f"{system}-{cls}.txt").write_text("".join("\t".join(line) + "\n" for line in lines))


# ---------------------------------------------------------------------------------------------
# pgbench scripts: the statements the API runs, captured from the server log


def pgbench_literal(literal):
    """A SQL string literal from the log ('…', '' for quotes) as an E'' literal without colons:
    pgbench would read ':00' in '00:00:00' as a variable."""
    inner = literal[1:-1].replace("''", "'")
    return "E'" + inner.replace("\\", "\\\\").replace("'", "\\'").replace(":", "\\x3a") + "'"


def parse_parameters(detail):
    values = {}
    pattern = re.compile(r"\$(\d+) = (NULL|'(?:[^']|'')*')")
    for match in pattern.finditer(detail):
        values[int(match.group(1))] = match.group(2)
    return values


def statements_from_log(lines, pid):
    """The statements one backend ran, in order, each as (text with $n placeholders, {n: SQL
    literal or NULL})."""
    statements, prefix = [], f"[{pid}] "
    entries = []
    ours = False
    for line in lines:
        if line.startswith("\t"):
            if ours and entries:
                entries[-1][1] += "\n" + line[1:]
            continue
        ours = prefix in line
        match = re.search(r"(LOG|DETAIL):  (.*)$", line) if ours else None
        if match:
            entries.append([match.group(1), match.group(2)])
    for kind, text in entries:
        if kind == "LOG":
            match = re.match(r"(?:statement|execute [^:]*): (.*)$", text, re.S)
            if match:
                statements.append((match.group(1).strip(), {}))
        elif kind == "DETAIL" and text.startswith("parameters:") and statements:
            statements[-1] = (statements[-1][0], parse_parameters(text))
    skip = re.compile(r"^(SET |$|SELECT c\.oid, a\.attnum)", re.S)
    return [s for s in statements if not skip.match(s[0])]


def complete_request(statements):
    """A request's statements as logged: a whole transaction, or the single statement of a read the
    API runs without one (a message or a person by id)."""
    if not statements:
        return False
    if statements[0][0] == "BEGIN":
        return statements[-1][0] == "COMMIT"
    return len(statements) == 1


def pgbench_script(requests, batch=1):
    """One pgbench script for a class's captured requests, replayed as the API's driver runs them:
    each distinct statement text is one command with its parameters as pgbench variables, so
    `-M prepared` prepares it once per connection and binds each request's values to it.
    pgbench cannot hold text in a variable it computes, so per transaction one small statement
    reads the values of `batch` consecutive requests, from a random start, into the variables
    (`\\gset` from constant arrays); the requests' statements follow. The API has no such round
    trip: for the ceiling (closed loop) of the classes in BATCHED a transaction replays a batch of
    BATCH requests, so the lookup is one round trip in BATCH; other runs replay one request per
    transaction and include it. A NULL parameter is written into the text (the API's SQL tests
    for it)."""
    shapes, rows = {}, []
    for statements in requests:
        texts, values = [], {}
        for index, (text, parameters) in enumerate(statements):
            def variable(match, index=index, parameters=parameters):
                number = int(match.group(1))
                literal = parameters.get(number, "NULL")
                if literal == "NULL":
                    return "NULL"
                values[f"v{index}_{number}"] = pgbench_literal(literal)
                return f":v{index}_{number}"
            texts.append(re.sub(r"\$(\d+)\b", variable, text))
        shape = shapes.setdefault(tuple(texts), len(shapes))
        rows.append((shape, values))
    columns = sorted({name for _, values in rows for name in values})
    empty = "''"
    arrays = [f"array[{', '.join(str(shape) for shape, _ in rows)}] as shape"]
    arrays += [f"array[{', '.join(values.get(name, empty) for _, values in rows)}] as {name}" for name in columns]
    picks = []
    for j in range(batch):
        element = f"[(:k + {j}) % {len(rows)} + 1]"
        suffix = f"_{j}" if batch > 1 else ""
        picks += [f"a.shape{element} as shape{suffix}"] + [f"a.{name}{element} as {name}{suffix}" for name in columns]
    script = ["-- The statements the API ran for each request of this class, captured from the server",
              f"-- log. The parameter values of {batch} request(s) are read into variables; the branch of",
              "-- each request's statement texts runs with them.",
              f"\\set k random(0, {len(rows) - 1})",
              "select " + ",\n       ".join(picks) + "\nfrom (select " + ",\n             ".join(arrays) + ") a \\gset"]
    for j in range(batch):
        suffix = f"_{j}" if batch > 1 else ""
        for texts, shape in shapes.items():
            script.append(("\\if" if shape == 0 else "\\elif") + f" :shape{suffix} = {shape}")
            script += [re.sub(r":(v\d+_\d+)\b", lambda m: f":{m.group(1)}{suffix}", text) + ";" for text in texts]
        script.append("\\endif")
    return "\n".join(script) + "\n"


def capture_pgbench_scripts(db, request_dir, directory):
    """Starts the API with one reader connection and statement logging for the reader role,
    sends each request of every class once, and writes one pgbench script per class (see
    pgbench_script)."""
    directory.mkdir(parents=True, exist_ok=True)
    log_file = server_log_file()
    psql(db, f"alter role {READER} in database {db} set log_statement = 'all'")
    app = start_system("api", db, None, extra_env={"QUARKUS_DATASOURCE_READER_JDBC_MAX_SIZE": "1",
                                                    "QUARKUS_DATASOURCE_READER_JDBC_MIN_SIZE": "1"})
    try:
        pid = psql(db, f"select pid from pg_stat_activity where usename = '{READER}' and datname = '{db}'"
                   " and application_name = 'PostgreSQL JDBC Driver' limit 1")[0]
        skipped = []
        for cls in CLASSES[:-1]:
            branches = []
            for line in (request_dir / f"api-{cls}.txt").read_text().splitlines():
                method, path = line.split("\t")[:2]
                with open(log_file, encoding="utf-8", errors="replace") as f:
                    f.seek(0, 2)
                    start = f.tell()
                status = http_status(f"http://{PG_HOST}:{PORTS['api']}{path}")
                if status != 200:
                    # E.g. a 503 after the statement timeout: nothing complete to replay.
                    log(f"  not replayed by pgbench: {path} answered {status}")
                    skipped.append({"class": cls, "path": path, "status": status})
                    continue
                statements = []
                for _ in range(100):
                    with open(log_file, encoding="utf-8", errors="replace") as f:
                        f.seek(start)
                        statements = statements_from_log(f.read().splitlines(), pid)
                    if complete_request(statements):
                        break
                    time.sleep(0.02)
                if not complete_request(statements):
                    sys.exit(f"capturing SQL for {path}: neither a complete transaction nor one statement in {log_file}")
                branches.append(statements)
            (directory / f"{cls}.sql").write_text(pgbench_script(branches))
            if cls in BATCHED:
                (directory / f"{cls}-batch.sql").write_text(pgbench_script(branches, BATCH))
        (directory / "not-replayed.json").write_text(json.dumps(skipped, indent=1))
    finally:
        app.stop()
        psql(db, f"alter role {READER} in database {db} reset log_statement")


# ---------------------------------------------------------------------------------------------
# Processes: start, stop, CPU and memory


def process_tree(pid):
    pids, todo = [], [pid]
    while todo:
        current = todo.pop()
        pids.append(current)
        for task in glob.glob(f"/proc/{current}/task/*/children"):
            try:
                todo += [int(c) for c in Path(task).read_text().split()]
            except OSError:
                pass
    return pids


def cpu_ticks(pids):
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime
        except OSError:
            pass
    return total


def rss_kib(pids):
    total = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total


def postgres_cpu_ticks():
    """CPU of every PostgreSQL process, including backends that have exited since (the
    postmaster's reaped-children counters), so short-lived connections are counted too."""
    total = 0
    for pid in postgres_pids():
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12]) + int(fields[13]) + int(fields[14])
        except OSError:
            pass
    return total


def settle(system, db, limit_s=60):
    """Waits until the previous measurement's work has drained: no query running in PostgreSQL
    (a client that gave up does not stop its query) and the system's process idle."""
    deadline = time.time() + limit_s
    while time.time() < deadline:
        active = int(psql("postgres", "select count(*) from pg_stat_activity where state = 'active'"
                                      " and pid <> pg_backend_pid() and backend_type = 'client backend'")[0])
        before = cpu_ticks(system.pids()) if system.process else 0
        time.sleep(0.5)
        busy = (cpu_ticks(system.pids()) - before) / CLOCK_TICKS / 0.5 if system.process else 0
        if active == 0 and busy < 0.1:
            return
    cancelled = psql("postgres", f"select count(pg_cancel_backend(pid)) from pg_stat_activity where datname = '{db}'"
                                 " and state = 'active' and pid <> pg_backend_pid()")[0]
    log(f"  {system.name}: still busy after {limit_s} s; cancelled {cancelled} running queries")
    time.sleep(1)


def cpu_times():
    values = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    return values[3] + values[4], sum(values)  # idle + iowait, all


def wait_until_idle(share=0.9, limit_s=60):
    """Waits (at most limit_s) until the CPUs were idle for `share` of one second; returns that share."""
    deadline = time.time() + limit_s
    while True:
        idle_before, total_before = cpu_times()
        time.sleep(1)
        idle_after, total_after = cpu_times()
        measured = (idle_after - idle_before) / max(1, total_after - total_before)
        if measured >= share or time.time() > deadline:
            return round(measured, 3)


def postgres_pids():
    pids = []
    for comm in glob.glob("/proc/[0-9]*/comm"):
        try:
            if Path(comm).read_text().strip() == "postgres":
                pids.append(int(comm.split("/")[2]))
        except OSError:
            pass
    return pids


def http_status(url, body=None):
    request = urllib.request.Request(url, data=body.encode() if body else None,
                                     headers={"content-type": "application/json"} if body else {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return None


class System:
    """A running system under test: its process and how to reach it."""

    def __init__(self, name, process, port):
        self.name, self.process, self.port = name, process, port
        self.peak_rss_kib = 0
        self._sampling = False

    @property
    def url(self):
        return f"http://{PG_HOST}:{self.port}"

    def pids(self):
        return process_tree(self.process.pid) if self.process else []

    def sample_rss(self):
        """Samples RSS every 200 ms until stop_sampling(); the peak is kept."""
        self._sampling = True

        def run():
            while self._sampling:
                self.peak_rss_kib = max(self.peak_rss_kib, rss_kib(self.pids()))
                time.sleep(0.2)
        threading.Thread(target=run, daemon=True).start()

    def stop_sampling(self):
        self._sampling = False

    def stop(self):
        self.stop_sampling()
        if self.process and self.process.poll() is None:
            for pid in reversed(self.pids()):
                try:
                    os.kill(pid, 15)
                except OSError:
                    pass
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                for pid in self.pids():
                    os.kill(pid, 9)
                self.process.wait()


def start_system(name, db, data_file, extra_env=None, probe=None, log_path=None):
    """Starts a system and waits until it answers the probe request; returns the System with
    `first_request_s`, the time from process start to the first answered request."""
    port = PORTS.get(name)
    cwd = None
    if name == "pgbench":
        return System(name, None, None)
    if name == "api":
        env = app_environment(db)
        env.update({"CORPUS_LOAD": "never", "QUARKUS_HTTP_PORT": str(port), "QUARKUS_HTTP_HOST": PG_HOST})
        env.update(extra_env or {})
        # The JVM flags of the Dockerfile, run from the app directory as its class-data archive needs.
        command = ["java", "-XX:MaxRAMPercentage=75", *JIT_FLAGS]
        if (JAR.parent / "app-cds.jsa").exists():
            command.append("-XX:SharedArchiveFile=app-cds.jsa")
        command += ["-jar", JAR.name]
        cwd = JAR.parent
    elif name == "postgraphile":
        env = dict(os.environ)
        command = [str(NODE_BIN / "postgraphile"), "-c", f"postgres://{READER}:{READER_PASSWORD}@{PG_HOST}:{PG_PORT}/{db}",
                   "-s", "public,bench_graphql", "--disable-query-log", "--disable-default-mutations",
                   "--no-setof-functions-contain-nulls", "--no-ignore-rbac", "--cluster-workers", "2",
                   "-p", str(port), "-n", PG_HOST]
    elif name == "json-server":
        env = dict(os.environ)
        env["NODE_OPTIONS"] = "--max-old-space-size=16384"
        command = [str(NODE_BIN / "json-server"), "--read-only", "--quiet", "-p", str(port), "-H", PG_HOST, str(data_file)]
    else:
        raise ValueError(name)
    log_path = log_path or OUT / f"{name}.log"
    started = time.time()
    process = subprocess.Popen(command, env=env, stdout=open(log_path, "w"), stderr=subprocess.STDOUT,
                               start_new_session=True, cwd=cwd)
    system = System(name, process, port)
    method, path, body = probe or (("GET", "/api/corpus", "") if name == "api" else
                                   ("POST", "/graphql", json.dumps({"query": "{ query { nodeId } }"})) if name == "postgraphile"
                                   else ("GET", "/people?_limit=1", ""))
    deadline = started + 600
    while time.time() < deadline:
        if process.poll() is not None:
            tail = Path(log_path).read_text(errors="replace").strip().splitlines()[-5:]
            system.failure = (" / ".join(tail) or f"exited with code {process.returncode} before answering").replace(
                str(ROOT) + "/", "")
            return system
        if http_status(system.url + path, body or None) == 200:
            system.first_request_s = time.time() - started
            return system
        time.sleep(0.01)
    system.stop()
    system.failure = "did not answer within 600 s"
    return system


# ---------------------------------------------------------------------------------------------
# Measurements


def graphql_errors(system):
    """The environment that makes the load generators count a GraphQL answer with errors (status
    200: PostGraphile's answer to a query PostgreSQL cancelled at the statement timeout) as non-2xx."""
    return {"GRAPHQL_ERRORS": "1" if system.name == "postgraphile" else "0"}


def run_wrk(system, request_file, seconds, connections):
    env = dict(os.environ, REQUESTS=str(request_file), **graphql_errors(system))
    result = subprocess.run(["wrk", "-t", "2", "-c", str(connections), "-d", f"{max(1, seconds)}s", "--timeout", "10s",
                             "-s", str(BENCH / "lib" / "requests.lua"), system.url],
                            env=env, capture_output=True, text=True)
    line = next((l for l in result.stdout.splitlines() if l.startswith("RESULT ")), None)
    if line is None:
        raise RuntimeError(f"wrk failed: {result.stdout} {result.stderr}")
    data = json.loads(line[7:])
    data["rps"] = data["requests"] / (data["duration_us"] / 1e6)
    data["errors"] = data.pop("connect_errors") + data.pop("read_errors") + data.pop("write_errors") + data["timeouts"]
    return data


def run_rate(system, request_file, rate, seconds, connections):
    result = subprocess.run(["node", str(BENCH / "node" / "rate.js"), system.url, str(request_file), str(rate),
                             str(seconds), str(connections)], capture_output=True, text=True,
                            env=dict(os.environ, **graphql_errors(system)))
    line = next((l for l in result.stdout.splitlines() if l.startswith("RESULT ")), None)
    if line is None:
        raise RuntimeError(f"autocannon failed: {result.stdout} {result.stderr}")
    return json.loads(line[7:])


def pgbench_args(db, script_dir, cls, connections, batch):
    """pgbench on the class's scripts: with batch > 1 the batched ones (see pgbench_script)."""
    args = ["pgbench", "-h", PG_HOST, "-p", PG_PORT, "-U", READER, "-d", db, "-n", "-M", "prepared",
            "-c", str(connections), "-j", "2"]
    suffix = "-batch.sql" if batch > 1 else ".sql"
    if cls == "mix":
        for part, weight in MIX.items():
            args += ["-f", f"{script_dir / (part + suffix)}@{weight}"]
    else:
        args += ["-f", str(script_dir / f"{cls}{suffix}")]
    return args


def run_pgbench(db, script_dir, cls, seconds, connections, rate=None):
    """A closed-loop run (no rate) of a class in BATCHED replays batches of BATCH requests per
    transaction and counts requests; other runs replay one request per transaction (fixed-rate
    ones for their latencies)."""
    env = dict(os.environ, PGPASSWORD=READER_PASSWORD)
    batch = BATCH if rate is None and cls in BATCHED else 1
    args = pgbench_args(db, script_dir, cls, connections, batch) + ["-T", str(seconds)]
    prefix = OUT / "pgbench-log"
    for old in glob.glob(f"{prefix}*"):
        os.remove(old)
    if rate:
        args += ["-R", str(rate), "-l", "--log-prefix", str(prefix)]
    result = subprocess.run(args, env=env, capture_output=True, text=True)
    if result.returncode != 0 and "tps" not in result.stdout:
        raise RuntimeError(f"pgbench failed: {result.stdout} {result.stderr}")
    tps = float(re.search(r"tps = ([\d.]+) \(without initial connection time\)", result.stdout).group(1))
    done = int(re.search(r"number of transactions actually processed: (\d+)", result.stdout).group(1))
    failed = re.search(r"number of failed transactions: (\d+)", result.stdout)
    data = {"rps": tps * batch, "requests": done * batch, "errors": int(failed.group(1)) if failed else 0, "non_2xx": 0}
    if rate:
        latencies = []
        for path in glob.glob(f"{prefix}*"):
            with open(path) as f:
                latencies += [int(line.split()[2]) for line in f if line.strip()]
            os.remove(path)
        latencies.sort()
        data.update(rate=done / seconds, p50_ms=percentile(latencies, 50) / 1000, p99_ms=percentile(latencies, 99) / 1000)
    return data


def percentile(values, p):
    if not values:
        return float("nan")
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


#: A window is long enough for this many answers per connection in the closed loop (at the
#: warm-up's rate) and for this many requests at a fixed rate, up to WINDOW_LIMIT_S: with 16
#: connections and searches of seconds each (1M), a 4-s window ends before most of them answer.
#: A closed-loop window is also at least TAIL_FACTOR times the warm-up's p99 latency, so that a
#: class whose slow requests are few (the mix's searches) is not measured without them.
ANSWERS_PER_CONNECTION = 5
RATE_REQUESTS = 30
TAIL_FACTOR = 5
WINDOW_LIMIT_S = 30


def window(seconds, rps, requests, tail_s=0.0):
    """A measuring window in whole seconds: at least `seconds` and `tail_s`, long enough for
    `requests` at `rps`, at most WINDOW_LIMIT_S (also the window when nothing was answered)."""
    needed = requests / rps if rps > 0 else WINDOW_LIMIT_S
    return max(seconds, min(WINDOW_LIMIT_S, math.ceil(max(needed, tail_s))))


def closed_loop_window(settings, warm):
    """The closed-loop window for a class, from its warm-up run (pgbench reports no p99)."""
    return window(settings.duration, warm["requests"] / settings.warmup, ANSWERS_PER_CONNECTION * settings.connections,
                  TAIL_FACTOR * warm.get("p99_us", 0) / 1e6)


def measure_class(system, db, size, cls, request_dir, script_dir, settings, record):
    """Warm-up, maximum throughput (closed loop) with CPU per request, then fixed-rate latency at
    50% and 80% of that maximum."""
    connections = settings.connections
    settle(system, db)
    if system.name == "pgbench":
        seconds = closed_loop_window(settings, run_pgbench(db, script_dir, cls, settings.warmup, connections))
        settle(system, db)
        pg_before = postgres_cpu_ticks()
        peak = run_pgbench(db, script_dir, cls, seconds, connections)
        pg_cpu = (postgres_cpu_ticks() - pg_before) / CLOCK_TICKS
        app_cpu = None
    else:
        request_file = request_dir / f"{system.name}-{cls}.txt"
        seconds = closed_loop_window(settings, run_wrk(system, request_file, settings.warmup, connections))
        # Requests whose client left when the warm-up ended still run on the server; measuring on
        # top of them would start with the system's pools already taken.
        settle(system, db)
        pids = system.pids()
        app_before, pg_before = cpu_ticks(pids), postgres_cpu_ticks()
        peak = run_wrk(system, request_file, seconds, connections)
        app_cpu = (cpu_ticks(pids) - app_before) / CLOCK_TICKS
        pg_cpu = (postgres_cpu_ticks() - pg_before) / CLOCK_TICKS
    requests = peak["requests"]
    entry = {"size": size, "system": system.name, "class": cls, "rep": settings.rep, "max_window_s": seconds,
             "max_rps": round(peak["rps"], 1), "max_requests": peak["requests"], "max_errors": peak["errors"],
             "max_non_2xx": peak["non_2xx"],
             "max_p50_ms": round(peak["p50_us"] / 1000, 2) if "p50_us" in peak else None,
             "max_p99_ms": round(peak["p99_us"] / 1000, 2) if "p99_us" in peak else None,
             "app_cpu_ms_per_request": round(app_cpu * 1000 / requests, 3) if app_cpu is not None and requests else None,
             "pg_cpu_ms_per_request": round(pg_cpu * 1000 / requests, 3) if requests else None}
    # The fixed rates are shares of the answered (2xx) maximum: a 503 is no capacity to load again.
    answered_rps = peak["rps"] * (requests - peak["non_2xx"]) / requests if requests else 0.0
    for share in (50, 80):
        settle(system, db)
        rate = max(1, int(answered_rps * share / 100))
        rate_seconds = window(settings.rate_duration, rate, RATE_REQUESTS)
        if system.name == "pgbench":
            fixed = run_pgbench(db, script_dir, cls, rate_seconds, connections, rate=rate)
        else:
            fixed = run_rate(system, request_dir / f"{system.name}-{cls}.txt", rate, rate_seconds, connections)
        entry[f"at{share}"] = {"target_rps": rate, "window_s": rate_seconds, "achieved_rps": round(fixed["rate"], 1),
                               "p50_ms": fixed["p50_ms"], "p99_ms": fixed["p99_ms"],
                               "errors": fixed.get("errors", 0) + fixed.get("timeouts", 0), "non_2xx": fixed.get("non_2xx", 0)}
    record(entry)
    log(f"  {size} {system.name:12} {cls:7} {entry['max_rps']:9.1f} req/s  p99@80% {entry['at80']['p99_ms']} ms"
        f"  errors {entry['max_errors'] + entry['max_non_2xx']}")


# ---------------------------------------------------------------------------------------------
# Report


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def summarize(entries, starts):
    summary = {}
    for e in entries:
        key = (e["size"], e["class"], e["system"])
        summary.setdefault(key, []).append(e)
    table = {}
    for (size, cls, system), runs in summary.items():
        table.setdefault(size, {}).setdefault(cls, {})[system] = {
            "reps": len(runs),
            # The closed-loop window (ANSWERS_PER_CONNECTION); runs recorded before it was adaptive have none.
            "window_s": median([r.get("max_window_s") for r in runs]),
            # Only answers with a 2xx status count: a 503 after the statement timeout is fast but no answer.
            "max_rps": median([r["max_rps"] * (r["max_requests"] - r["max_non_2xx"]) / r["max_requests"]
                               if r["max_requests"] else 0.0 for r in runs]),
            "p50_ms_at50": median([r["at50"]["p50_ms"] for r in runs if r["at50"]["achieved_rps"]]),
            "p99_ms_at50": median([r["at50"]["p99_ms"] for r in runs if r["at50"]["achieved_rps"]]),
            "p50_ms_at80": median([r["at80"]["p50_ms"] for r in runs if r["at80"]["achieved_rps"]]),
            "p99_ms_at80": median([r["at80"]["p99_ms"] for r in runs if r["at80"]["achieved_rps"]]),
            "achieved_rps_at80": median([r["at80"]["achieved_rps"] for r in runs]),
            "target_rps_at80": median([r["at80"]["target_rps"] for r in runs]),
            # How much of the fixed rate the system kept up with: a request not answered by the end
            # of the window is in no percentile, so below ~90% the percentiles flatter the system.
            "kept_at50": median([kept(r["at50"]) for r in runs]),
            "kept_at80": median([kept(r["at80"]) for r in runs]),
            "app_cpu_ms_per_request": median([r["app_cpu_ms_per_request"] for r in runs if r["max_requests"]]),
            "pg_cpu_ms_per_request": median([r["pg_cpu_ms_per_request"] for r in runs if r["max_requests"]]),
            "errors": sum(r["max_errors"] + r["max_non_2xx"] + r["at50"]["errors"] + r["at50"]["non_2xx"]
                          + r["at80"]["errors"] + r["at80"]["non_2xx"] for r in runs),
        }
    processes = {}
    for s in starts:
        processes.setdefault(s["size"], {}).setdefault(s["system"], []).append(s)
    process_table = {size: {system: {
        "starts": len(runs),
        "failure": next((r["failure"] for r in runs if r.get("failure")), None),
        "first_request_s": median([r.get("first_request_s") for r in runs]),
        "idle_rss_mb": median([r.get("idle_rss_mb") for r in runs]),
        "peak_rss_mb": median([r.get("peak_rss_mb") for r in runs]),
    } for system, runs in systems.items()} for size, systems in processes.items()}
    return table, process_table


def kept(fixed):
    """The share of a fixed-rate run's target rate that was answered."""
    return fixed["achieved_rps"] / fixed["target_rps"] if fixed["target_rps"] else None


#: Below this share of the target rate answered, a fixed-rate run's percentiles are not valid.
KEPT_UP = 0.9


def latency(p50, p99, kept_share):
    """A latency cell: p50 / p99, flagged when the system did not keep up with the rate."""
    cell = f"{fmt(p50, 2)} / {fmt(p99, 2)}"
    if kept_share is not None and kept_share < KEPT_UP:
        cell += f" (rate kept {round(100 * kept_share)}%)"
    return cell


def ratio(a, b):
    return round(a / b, 2) if a and b else None


def fmt(value, digits=1):
    if value is None:
        return "–"
    if isinstance(value, float) and value != value:
        return "–"
    return f"{value:,.{digits}f}"


def targets(table, process_table, seconds):
    """The issue's targets, each with the measured value and whether it holds."""
    checks = []
    for size in ("100000", "1000000"):
        for cls in CLASSES:
            row = table.get(size, {}).get(cls, {})
            ours = (row.get("api") or {}).get("max_rps")
            for peer, factor in (("postgraphile", 3), ("json-server", 10)):
                theirs = (row.get(peer) or {}).get("max_rps")
                failure = (process_table.get(size, {}).get(peer) or {}).get("failure")
                if ours is None:
                    continue
                if theirs is None and failure:
                    checks.append((f"{size} {cls}: ≥ {factor}× {peer}", f"{peer} could not serve this size", True))
                elif theirs == 0:
                    window_s = row[peer].get("window_s") or seconds
                    checks.append((f"{size} {cls}: ≥ {factor}× {peer}",
                                   f"> {fmt(ours * window_s, 0)}× ({peer} answered no request in {fmt(window_s, 0)} s)",
                                   ours * window_s >= factor))
                elif theirs:
                    checks.append((f"{size} {cls}: ≥ {factor}× {peer}", f"{ratio(ours, theirs)}×", ours >= factor * theirs))
    for size in ("100000", "1000000"):
        for cls in ("by-id", "list"):
            row = table.get(size, {}).get(cls, {})
            ours, base = (row.get("api") or {}).get("max_rps"), (row.get("pgbench") or {}).get("max_rps")
            if ours and base:
                checks.append((f"{size} {cls}: ≥ 50% of pgbench", f"{round(100 * ours / base)}%", ours >= 0.5 * base))
    search = table.get("1000000", {}).get("search", {}).get("api")
    if search:
        kept_share = search.get("kept_at80")
        valid = kept_share is not None and kept_share >= KEPT_UP
        checks.append(("1000000 search: p99 ≤ 50 ms at 80% of max",
                       f"{fmt(search['p99_ms_at80'])} ms" + ("" if valid else
                           f" of the answers only: {fmt(search['achieved_rps_at80'])} of {fmt(search['target_rps_at80'])} req/s"
                           " answered, the rest still waiting when the window closed"),
                       valid and search["p99_ms_at80"] is not None and search["p99_ms_at80"] <= 50))
    for size, systems in process_table.items():
        api = systems.get("api")
        if api and api.get("first_request_s") is not None:
            checks.append((f"{size}: first request ≤ 3 s", f"{fmt(api['first_request_s'], 2)} s", api["first_request_s"] <= 3))
            checks.append((f"{size}: idle RSS ≤ 300 MB", f"{fmt(api['idle_rss_mb'], 0)} MB", api["idle_rss_mb"] <= 300))
    return checks


def throughput(rps, seconds):
    """A throughput cell: no answered request in the window means less than one per window."""
    return f"< {1 / seconds:.2f}" if rps == 0 else fmt(rps)


def versus(ours, theirs, seconds):
    if theirs == 0 and ours:
        return f"> {fmt(ours * seconds, 0)}×"
    return fmt(ratio(ours, theirs), 2) + "×" if ratio(ours, theirs) else "–"


def markdown(table, process_table, environment, settings):
    lines = [f"Run of {environment['started']} – {environment['finished']} (UTC), `{environment['command']}`.", "",
             f"Machine: {environment['nproc']} cores, {environment['memory']}; load average before {environment['load_before']},"
             f" after {environment['load_after']}.", "",
             *([f"Includes the measurements of {', '.join(environment['included'])} for the sizes"
                " not measured in this run (with the settings of their own run: see its file).", ""] if environment.get("included") else []),
             "Versions: " + "; ".join(f"{k} {v}" for k, v in environment["versions"].items()) + ".", "",
             f"Settings: {settings['connections']} connections (wrk `-t2`, autocannon, pgbench `-j2 -M prepared`), "
             f"{settings['reps']} repetitions, systems interleaved; per class {settings['warmup']} s warm-up, "
             f"{settings['duration']} s closed-loop maximum (wrk), {settings['rate_duration']} s at 50% and at 80% of that "
             f"maximum (autocannon `overallRate`; pgbench `-R`), each window lengthened, up to {WINDOW_LIMIT_S} s, until it"
             f" holds {ANSWERS_PER_CONNECTION} answers per connection at the warm-up's rate and {TAIL_FACTOR} times the"
             f" warm-up's p99 latency (closed loop) or {RATE_REQUESTS} requests (fixed rate). Medians of the repetitions. Throughput counts"
             " only answers with a 2xx status; the errors column counts non-2xx answers (the API's 503 after its 5 s"
             " statement timeout; PostGraphile's status-200 answers with GraphQL errors, its answer to the same"
             " timeout, count as non-2xx) and timeouts of all three runs; latencies include them; – where no request"
             " completed. The fixed rates are 50% and 80% of the 2xx maximum; \"rate kept N%\" marks a run that"
             f" answered less than {round(100 * KEPT_UP)}% of its target rate (median of the repetitions): requests"
             " still waiting when its window closed are in no percentile, so those percentiles understate the"
             " latency.", ""]
    names = {"api": "API", "postgraphile": "PostGraphile", "json-server": "json-server", "pgbench": "pgbench"}
    for size in table:
        label = "the real document" if size == "real" else f"{int(size):,} messages"
        lines += [f"### {label}", "",
                  "| class | system | max req/s (2xx) | p50 / p99 at 50% (ms) | p50 / p99 at 80% (ms) | CPU ms/req app | CPU ms/req PG | API ÷ system | errors |",
                  "|---|---|---:|---:|---:|---:|---:|---:|---:|"]
        for cls in CLASSES:
            row = table[size].get(cls, {})
            ours = (row.get("api") or {}).get("max_rps")
            for system in SYSTEMS:
                r = row.get(system)
                if r is None:
                    failure = (process_table.get(size, {}).get(system) or {}).get("failure")
                    if failure:
                        lines.append(f"| {cls} | {names[system]} | did not start | | | | | | |")
                    continue
                lines.append(f"| {cls} | {names[system]} | {throughput(r['max_rps'], r.get('window_s') or settings['duration'])}"
                             f" | {latency(r['p50_ms_at50'], r['p99_ms_at50'], r.get('kept_at50'))}"
                             f" | {latency(r['p50_ms_at80'], r['p99_ms_at80'], r.get('kept_at80'))}"
                             f" | {fmt(r['app_cpu_ms_per_request'], 3)}"
                             f" | {fmt(r['pg_cpu_ms_per_request'], 3)} | {'' if system == 'api' else versus(ours, r['max_rps'], r.get('window_s') or settings['duration'])}"
                             f" | {r['errors']} |")
        reps = {names[system]: max(table[size].get(cls, {}).get(system, {}).get("reps", 0) for cls in CLASSES)
                for system in SYSTEMS}
        lines += ["", "Repetitions measured: " + ", ".join(f"{name} {count}" for name, count in reps.items() if count) + "."]
        lines += ["", "| system | time to first request | RSS idle | RSS peak under load | note |", "|---|---:|---:|---:|---|"]
        for system, p in process_table.get(size, {}).items():
            if system == "pgbench":
                continue
            lines.append(f"| {names[system]} | {fmt(p['first_request_s'], 2)} s | {fmt(p['idle_rss_mb'], 0)} MB"
                         f" | {fmt(p['peak_rss_mb'], 0)} MB | {(p['failure'] or '').replace('|', '/')[:300]} |")
        lines.append("")
    lines += ["### Targets", "", "| target | measured | holds |", "|---|---|---|"]
    for name, value, holds in targets(table, process_table, settings['duration']):
        lines.append(f"| {name} | {value} | {'yes' if holds else '**no**'} |")
    return "\n".join(lines) + "\n"


def versions():
    def first_line(command):
        try:
            result = subprocess.run(command, capture_output=True, text=True, timeout=60)
            return (result.stdout or result.stderr).strip().splitlines()[0]
        except (OSError, IndexError, subprocess.TimeoutExpired):
            return "unknown"
    package = lambda name: json.loads((BENCH / "node" / "node_modules" / name / "package.json").read_text())["version"]
    return {
        "java": first_line(["java", "-version"]),
        "PostgreSQL": psql("postgres", "select version()")[0].split(",")[0],
        "node": first_line(["node", "--version"]),
        "PostGraphile": package("postgraphile"),
        "json-server": package("json-server"),
        "autocannon": package("autocannon"),
        "wrk": first_line(["wrk", "-v"]).split(" [")[0],
        "pgbench": first_line(["pgbench", "--version"]),
    }


# ---------------------------------------------------------------------------------------------


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default=os.environ.get("SIZES", "real 10000 100000 1000000"))
    parser.add_argument("--systems", default=os.environ.get("SYSTEMS", " ".join(SYSTEMS)))
    parser.add_argument("--classes", default=os.environ.get("CLASSES", " ".join(CLASSES)))
    parser.add_argument("--reps", type=int, default=int(os.environ.get("REPS", "3")))
    parser.add_argument("--duration", type=int, default=int(os.environ.get("DURATION", "4")))
    parser.add_argument("--rate-duration", type=int, default=int(os.environ.get("RATE_DURATION", "3")))
    parser.add_argument("--warmup", type=int, default=int(os.environ.get("WARMUP", "2")))
    parser.add_argument("--first-warmup", type=int, default=int(os.environ.get("FIRST_WARMUP", "20")))
    parser.add_argument("--connections", type=int, default=int(os.environ.get("CONNECTIONS", "16")))
    parser.add_argument("--no-doc", action="store_true", help="do not rewrite the summary in docs/benchmarks.md")
    parser.add_argument("--include", action="append", default=[], metavar="FILE.jsonl",
                        help="also summarize the measurements of an earlier run (e.g. other sizes)")
    parser.add_argument("--report-only", metavar="FILE.jsonl",
                        help="rewrite the summary of an earlier run from its measurements, measuring nothing")
    settings = parser.parse_args()
    if settings.report_only:
        rewrite_report(Path(settings.report_only), settings.include, settings.no_doc)
        return
    sizes, systems, classes = settings.sizes.split(), settings.systems.split(), settings.classes.split()

    OUT.mkdir(parents=True, exist_ok=True)
    RESULTS.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    raw = RESULTS / f"compare-{stamp}.jsonl"
    raw.touch()
    environment = {"started": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M"),
                   "command": "bench/compare.sh " + " ".join(sys.argv[1:]) if sys.argv[1:] else "bench/compare.sh",
                   "nproc": os.cpu_count(), "load_before": " ".join(Path("/proc/loadavg").read_text().split()[:3]),
                   "memory": f"{round(os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30)} GiB RAM",
                   "versions": versions()}
    entries, starts = [], []
    for earlier in settings.include:
        load_measurements(earlier, entries, starts, skip_sizes=settings.sizes.split())
    if settings.include:
        environment["included"] = [Path(e).name for e in settings.include]

    def record(entry):
        entries.append(entry)
        with open(raw, "a") as f:
            f.write(json.dumps(entry) + "\n")

    for size in sizes:
        db = prepare_database(size)
        p = parameters(db)
        version = psql(db, "select version from corpus_state")[0]
        request_dir = OUT / "requests" / f"{size}-{version}"
        for system in ("api", "postgraphile", "json-server"):
            write_requests(request_dir, system, p)
        (request_dir / "search-terms.json").write_text(json.dumps({"common": p["search-common"], "rare": p["search-rare"]}, indent=1))
        # The SQL depends on the application as much as on the corpus: captured once per build.
        script_dir = request_dir / f"pgbench-{app_digest()}"
        if "pgbench" in systems and not ((script_dir / "mix-complete").exists() and (script_dir / "by-id-batch.sql").exists()):
            log("capturing the SQL the API runs for each request (pgbench scripts)")
            capture_pgbench_scripts(db, request_dir, script_dir)
            (script_dir / "mix-complete").touch()
        data_file = json_server_file(size, db) if "json-server" in systems else None
        for rep in range(1, settings.reps + 1):
            settings.rep = rep
            for name in systems:
                log(f"{size}: repetition {rep}, {name}")
                # One answered request of the by-id class is the readiness probe.
                probe = None if name == "pgbench" else [tuple((line + "\t").split("\t")[:3]) for line in
                                                        (request_dir / f"{name}-by-id.txt").read_text().splitlines()][0]
                # The start is timed on a quiet machine: not while PostgreSQL still finishes the
                # previous system's work (cancelled queries, autovacuum after a load).
                idle = wait_until_idle()
                system = start_system(name, db, data_file, probe=probe)
                start = {"size": size, "system": name, "rep": rep, "cpu_idle_before": idle}
                if getattr(system, "failure", None):
                    start["failure"] = system.failure
                    log(f"  {name} did not start: {system.failure}")
                    starts.append(start)
                    with open(raw, "a") as f:
                        f.write(json.dumps({"start": start}) + "\n")
                    continue
                try:
                    if name != "pgbench":
                        start["first_request_s"] = round(system.first_request_s, 3)
                        if name == "api" and (JAR.parent / "app-cds.jsa").exists():
                            # A copied app whose jars lost their times makes the JVM refuse the archive.
                            refused = "Unable to use shared archive" in (OUT / "api.log").read_text(errors="replace")
                            start["class_data_archive"] = "refused" if refused else "used"
                        time.sleep(1)
                        start["idle_rss_mb"] = round(rss_kib(system.pids()) / 1024, 1)
                        system.sample_rss()
                        # The JVM compiles for longer than V8 before it reaches steady state.
                        warmup = settings.first_warmup if name == "api" else max(settings.warmup, settings.first_warmup // 2)
                        run_wrk(system, request_dir / f"{name}-by-id.txt", warmup // 2, settings.connections)
                        run_wrk(system, request_dir / f"{name}-mix.txt", warmup - warmup // 2, settings.connections)
                    else:
                        run_pgbench(db, script_dir, "mix", settings.warmup, settings.connections)
                    for cls in classes:
                        measure_class(system, db, size, cls, request_dir, script_dir, settings, record)
                    if name != "pgbench":
                        start["peak_rss_mb"] = round(system.peak_rss_kib / 1024, 1)
                finally:
                    system.stop()
                starts.append(start)
                with open(raw, "a") as f:
                    f.write(json.dumps({"start": start}) + "\n")

        write_report(stamp, environment, settings, entries, starts)
    print((RESULTS / f"compare-{stamp}.md").read_text())


def load_measurements(path, entries, starts, skip_sizes=()):
    """Appends a run's measurements, leaving out the sizes in skip_sizes (those another run
    measured: an included run only fills in the sizes the new one did not measure)."""
    for line in Path(path).read_text().splitlines():
        item = json.loads(line)
        size = item["start"]["size"] if "start" in item else item["size"]
        if size in skip_sizes:
            continue
        if "start" in item:
            starts.append(item["start"])
        else:
            entries.append(item)


def rewrite_report(raw, includes, no_doc):
    """The summary of an earlier run (its .json keeps the environment and settings)."""
    stamp = raw.name[len("compare-"):-len(".jsonl")]
    earlier = json.loads(raw.with_suffix(".json").read_text())
    entries, starts = [], []
    load_measurements(raw, entries, starts)
    measured = {e["size"] for e in entries} | {s["size"] for s in starts}
    for path in includes:
        load_measurements(path, entries, starts, skip_sizes=measured)
    environment = earlier["environment"]
    if includes:
        environment["included"] = [Path(e).name for e in includes]
    settings = dict(earlier["settings"], no_doc=no_doc)
    write_report(stamp, environment, settings, entries, starts, running=False)
    print((RESULTS / f"compare-{stamp}.md").read_text())


def write_report(stamp, environment, settings, entries, starts, running=True):
    """Writes the medians, ratios and targets so far (rewritten after each size)."""
    if running:
        environment["finished"] = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M")
        environment["load_after"] = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    table, process_table = summarize(entries, starts)
    settings_out = settings if isinstance(settings, dict) else {k: v for k, v in vars(settings).items() if k != "rep"}
    (RESULTS / f"compare-{stamp}.json").write_text(json.dumps(
        {"environment": environment, "settings": settings_out, "mix_weights": MIX, "results": table,
         "processes": process_table,
         "targets": [{"target": n, "measured": v, "holds": h} for n, v, h in targets(table, process_table, settings_out["duration"])]}, indent=1))
    report = markdown(table, process_table, environment, settings_out)
    (RESULTS / f"compare-{stamp}.md").write_text(f"# Comparison benchmark, {stamp}\n\n" + report)
    shutil.copy(RESULTS / f"compare-{stamp}.md", RESULTS / "compare-latest.md")
    if not settings_out["no_doc"] and DOC.exists():
        text = DOC.read_text()
        begin, end = "<!-- compare:begin -->", "<!-- compare:end -->"
        if begin in text and end in text:
            head, rest = text.split(begin, 1)
            text = head + begin + "\n" + f"Results file: `bench/results/compare-{stamp}.json` (every measurement:" \
                + f" `compare-{stamp}.jsonl`).\n\n" + report + end + rest.split(end, 1)[1]
            DOC.write_text(text)


if __name__ == "__main__":
    main()
