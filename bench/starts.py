#!/usr/bin/env python3
"""Time to first answer of the packaged API, for A/B checks of start-up changes.

    bench/starts.py [--db bench_100000] [--runs 5] LABEL=APP_DIR[,JVM_FLAG...] ...

Starts each variant in turn (A B A B ...), `runs` times, against a database bench/compare.py
prepared, as the comparison starts the API (its JVM flags, corpus.load=never, the SELECT-only
role); a variant's JVM flags replace the comparison's JIT flags: `@jit` stands for those, and a
variant with no flags starts without them. Prints, per start, the seconds to the first 200 of /api/corpus, how long that first request
took once the port was open, and the JVM's CPU seconds up to then (all threads, and the busiest
threads by name), then each variant's median. APP_DIR is a copy of target/quarkus-app made with
`cp -a` (a copy that changed the jars' times makes the JVM refuse the class-data archive; a start
without a usable archive, refused or absent, is reported as such).
"""
import argparse
import collections
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import compare  # noqa: E402  (the comparison's database names, roles and JVM flags)

PORT = 18181
TICK = os.sysconf("SC_CLK_TCK")


def answered(url):
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def cpu_seconds(stat):
    """User and system CPU seconds from the text of a /proc stat file."""
    fields = stat.rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def thread_cpu(pid):
    """CPU seconds per thread name (numbers stripped: a pool's threads add up)."""
    threads = collections.Counter()
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            stat = Path(f"/proc/{pid}/task/{task}/stat").read_text()
        except OSError:
            continue
        name = stat[stat.index("(") + 1:stat.rindex(")")].rstrip("0123456789 #-")
        threads[name] += cpu_seconds(stat)
    return threads


def start(label, app_dir, flags, db):
    env = compare.app_environment(db)
    env.update({"CORPUS_LOAD": "never", "QUARKUS_HTTP_PORT": str(PORT), "QUARKUS_HTTP_HOST": compare.PG_HOST})
    compare.OUT.mkdir(parents=True, exist_ok=True)
    log = compare.OUT / f"starts-{label}.log"
    command = ["java", "-XX:MaxRAMPercentage=75", *flags, "-XX:SharedArchiveFile=app-cds.jsa", "-jar", "quarkus-run.jar"]
    started = time.time()
    process = subprocess.Popen(command, cwd=app_dir, env=env, stdout=open(log, "w"), stderr=subprocess.STDOUT)
    try:
        while True:
            if process.poll() is not None:
                sys.exit(f"{app_dir}: the API exited (see {log})")
            try:
                socket.create_connection((compare.PG_HOST, PORT), timeout=1).close()
                break
            except OSError:
                time.sleep(0.005)
        opened = time.time()
        while not answered(f"http://{compare.PG_HOST}:{PORT}/api/corpus"):
            time.sleep(0.005)
        answered_at = time.time()
        cpu = cpu_seconds(Path(f"/proc/{process.pid}/stat").read_text())
        threads = thread_cpu(process.pid)
    finally:
        process.terminate()
        process.wait()
    if not (Path(app_dir) / "app-cds.jsa").exists():
        archive = "no class-data archive in the package"
    elif "Unable to use shared archive" in log.read_text(errors="replace"):
        archive = "class-data archive REFUSED"
    else:
        archive = ""
    return answered_at - started, answered_at - opened, cpu, threads, archive


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", default="bench_100000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("variants", nargs="+", metavar="LABEL=APP_DIR[,JVM_FLAG...]")
    args = parser.parse_args()
    variants = []
    for variant in args.variants:
        label, _, rest = variant.partition("=")
        app_dir, *flags = rest.split(",")
        flags = [expanded for flag in flags if flag
                 for expanded in (compare.JIT_FLAGS if flag == "@jit" else [flag])]
        variants.append((label, str(Path(app_dir).resolve()), flags))
    firsts = collections.defaultdict(list)
    for run in range(1, args.runs + 1):
        for label, app_dir, flags in variants:
            first, request, cpu, threads, archive = start(label, app_dir, flags, args.db)
            firsts[label].append(first)
            busiest = ", ".join(f"{name} {seconds:.2f}" for name, seconds in threads.most_common(4))
            print(f"{label} run {run}: first answer {first:.2f} s (its request {request:.3f} s), JVM CPU {cpu:.2f} s"
                  f" ({busiest}){'; ' + archive if archive else ''}", flush=True)
            time.sleep(2)
    for label, values in firsts.items():
        print(f"{label}: median {statistics.median(values):.2f} s over {len(values)} starts "
              f"({' '.join(f'{value:.2f}' for value in sorted(values))})")


if __name__ == "__main__":
    main()
