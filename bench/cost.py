#!/usr/bin/env python3
"""CPU cost per request of one request class, for comparing systems, corpus sizes or builds.

    bench/cost.py [--runs 3] [--seconds 8] [--warmup 20] CLASS SYSTEM@SIZE[=APP_DIR] ...

CLASS is one of the comparison's classes (by-id, list, person, search, events, mix); SYSTEM is
api or postgraphile; SIZE names a database bench/compare.sh prepared (10000, 100000, 1000000);
APP_DIR (api only) is a packaged app to run instead of target/quarkus-app, copied with `cp -a`.
Each variant is started as the comparison starts it, with the comparison's requests for the class
(the same parameter sets), warmed up, then measured with wrk (2 threads, 16 connections, closed
loop) `runs` times; the variants take turns (A B A B ...), each start serving one run. Prints per
run and as medians: requests a second, and the CPU milliseconds per request of the system's
processes and of PostgreSQL's, each split into user and system (kernel) time, which the
comparison reports as one figure. Writes the runs to bench/results/cost-<stamp>.jsonl.
"""
import argparse
import json
import statistics
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import compare  # noqa: E402  (the comparison's databases, requests, start-up and wrk runs)

DEFAULT_JAR = compare.JAR
PARAMETERS = {}  # per size: the comparison's parameter sets, read once


def ticks(pids, reaped=False):
    """User and system clock ticks of these processes (with their reaped children's when asked)."""
    user = system = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        user += int(fields[11]) + (int(fields[13]) if reaped else 0)
        system += int(fields[12]) + (int(fields[14]) if reaped else 0)
    return user, system


def measure(variant, cls, seconds, warmup):
    name, size, app_dir = variant
    db = compare.database_name(size)
    directory = compare.OUT / "cost" / size
    if size not in PARAMETERS:
        PARAMETERS[size] = compare.parameters(db)
    compare.write_requests(directory, name, PARAMETERS[size])
    requests = directory / f"{name}-{cls}.txt"
    compare.JAR = Path(app_dir).resolve() / "quarkus-run.jar" if app_dir else DEFAULT_JAR
    running = compare.start_system(name, db, None, log_path=compare.OUT / f"cost-{name}.log")
    try:
        compare.run_wrk(running, requests, warmup, 16)
        compare.settle(running, db)
        app_before, pg_before = ticks(running.pids()), ticks(compare.postgres_pids(), reaped=True)
        result = compare.run_wrk(running, requests, seconds, 16)
        app_after, pg_after = ticks(running.pids()), ticks(compare.postgres_pids(), reaped=True)
    finally:
        running.stop()
    n = max(1, result["requests"])

    def per_request(after, before):
        return round((after - before) * 1000 / compare.CLOCK_TICKS / n, 3)
    return {
        "rps": round(result["rps"], 1), "non_2xx": result["non_2xx"], "errors": result["errors"],
        "app_user_ms": per_request(app_after[0], app_before[0]), "app_system_ms": per_request(app_after[1], app_before[1]),
        "pg_user_ms": per_request(pg_after[0], pg_before[0]), "pg_system_ms": per_request(pg_after[1], pg_before[1]),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seconds", type=int, default=8)
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("cls", choices=compare.CLASSES)
    parser.add_argument("variants", nargs="+", metavar="SYSTEM@SIZE[=APP_DIR]")
    args = parser.parse_args()
    variants = []
    for text in args.variants:
        target, _, app_dir = text.partition("=")
        name, _, size = target.partition("@")
        if name not in ("api", "postgraphile") or not size or (app_dir and name != "api"):
            parser.error(f"{text}: expected api@SIZE[=APP_DIR] or postgraphile@SIZE")
        variants.append((name, size, app_dir))
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    results = compare.ROOT / "bench" / "results" / f"cost-{stamp}.jsonl"
    runs = {text: [] for text in args.variants}
    with results.open("w") as out:
        for run in range(1, args.runs + 1):
            for text, variant in zip(args.variants, variants):
                row = measure(variant, args.cls, args.seconds, args.warmup)
                runs[text].append(row)
                out.write(json.dumps({"variant": text, "class": args.cls, "run": run, **row}) + "\n")
                out.flush()
                print(f"{text} run {run}: {row['rps']} req/s; ms per request: {variant[0]} {row['app_user_ms']} user"
                      f" + {row['app_system_ms']} system, PostgreSQL {row['pg_user_ms']} user + {row['pg_system_ms']}"
                      f" system; non-2xx {row['non_2xx']}, errors {row['errors']}", flush=True)
    for text, rows in runs.items():
        medians = {key: statistics.median(row[key] for row in rows)
                   for key in ("rps", "app_user_ms", "app_system_ms", "pg_user_ms", "pg_system_ms")}
        print(f"{text} median: {medians['rps']} req/s; {medians['app_user_ms']} + {medians['app_system_ms']} ms own,"
              f" PostgreSQL {medians['pg_user_ms']} + {medians['pg_system_ms']} ms (user + system)")
    print(f"runs written to {results.relative_to(compare.ROOT)}")


if __name__ == "__main__":
    main()
