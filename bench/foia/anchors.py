#!/usr/bin/env python3
"""Time the anchors amparo's FOIA import is compared against: DuckDB and pandas on one CSV.

Usage: python3 anchors.py CSV [--repeat N]      (run setup.sh first; N defaults to 5)
Prints one JSON object on stdout; sanity numbers (groups, counts by criminality) go to stderr.

Each engine runs in its own child process (this script again, with --engine) so that its
peak RSS is its own and not the other engine's. Every time is the median of N runs, except
pandas' import, which is capped at 3 runs because one read takes seconds.
"""
import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
VENV_PY = os.path.join(HERE, ".venv", "bin", "python")
BY_DAY, BY_COUNTY = ["Apprehension Date"], ["County"]
BY_METHOD_CRIM = ["Apprehension Method", "Apprehension Criminality"]
CRIM = "Apprehension Criminality"


def median_time(n, fn):
    """Median wall time of n calls; also returns the last call's result."""
    times = []
    for _ in range(n):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return round(statistics.median(times), 4), result


def peak_rss_mb():
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)  # Linux reports KiB


def run_duckdb(csv_path, n):
    import duckdb

    path = csv_path.replace("'", "''")
    con = None

    def load():
        nonlocal con
        if con is not None:
            con.close()  # free the previous copy so RSS reflects one loaded table
        con = duckdb.connect(":memory:")
        con.execute(f"CREATE TABLE arrests AS SELECT * FROM read_csv('{path}', header=true, all_varchar=false)")

    def group(cols):
        keys = ", ".join(f'"{c}"' for c in cols)
        return lambda: con.execute(f"SELECT {keys}, count(*) FROM arrests GROUP BY {keys}").fetchall()

    out = {"import_s": median_time(n, load)[0]}
    groups = {}
    for key, cols in (("by_day_s", BY_DAY), ("by_county_s", BY_COUNTY), ("by_method_criminality_s", BY_METHOD_CRIM)):
        out[key], rows = median_time(n, group(cols))
        groups[key[:-2]] = len(rows)
    crim = dict(con.execute(f'SELECT "{CRIM}", count(*) FROM arrests GROUP BY 1 ORDER BY 1').fetchall())
    rows = con.execute("SELECT count(*) FROM arrests").fetchone()[0]
    out.update(peak_rss_mb=peak_rss_mb(), version=duckdb.__version__)
    return rows, out, groups, crim


def run_pandas(csv_path, n):
    import pandas as pd

    df = None

    def load():
        nonlocal df
        df = None  # drop the previous frame first so RSS reflects one copy
        df = pd.read_csv(csv_path, dtype=str, keep_default_na=False)

    out = {"import_s": median_time(min(n, 3), load)[0]}
    groups = {}
    for key, cols in (("by_day_s", BY_DAY), ("by_county_s", BY_COUNTY), ("by_method_criminality_s", BY_METHOD_CRIM)):
        out[key], result = median_time(n, lambda: df.groupby(cols).size())
        groups[key[:-2]] = len(result)
    crim = {k: int(v) for k, v in df.groupby(CRIM).size().items()}
    out.update(peak_rss_mb=peak_rss_mb(), version=pd.__version__)
    return len(df), out, groups, crim


def child(engine, csv_path, n):
    rows, out, groups, crim = (run_duckdb if engine == "duckdb" else run_pandas)(csv_path, n)
    print(f"{engine}: rows {rows}, groups {groups}, by criminality {crim}", file=sys.stderr)
    print(json.dumps({"rows": rows, engine: out}))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("csv")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--engine", choices=["duckdb", "pandas"], help=argparse.SUPPRESS)  # internal: child mode
    args = ap.parse_args()
    if args.engine:
        return child(args.engine, args.csv, args.repeat)

    # Prefer the bench venv so `python3 anchors.py` works without activating it.
    py = VENV_PY if os.path.exists(VENV_PY) else sys.executable
    result = {}
    for engine in ("duckdb", "pandas"):
        proc = subprocess.run([py, os.path.abspath(__file__), args.csv, "--repeat", str(args.repeat), "--engine", engine],
                              stdout=subprocess.PIPE, text=True, check=True)
        part = json.loads(proc.stdout)
        if result.get("rows", part["rows"]) != part["rows"]:
            sys.exit(f"row counts differ: {result['rows']} vs {part['rows']}")
        result.update(part)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
