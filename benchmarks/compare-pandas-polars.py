#!/usr/bin/env python3
"""Times what researchers use against the library's OutcomesReadBenchmark: pandas and polars (and DuckDB's Python
package when it is installed) read a Kaggle-layout Kickstarter file and count projects by main category and state.

Run by hand, not by CI:

    ./crowdfund generate --rows 378661 --seed 1 /tmp/crowdfund-ks-synthetic-378661-seed1.csv   # once
    python3 benchmarks/compare-pandas-polars.py /tmp/crowdfund-ks-synthetic-378661-seed1.csv

The file is the one OutcomesReadBenchmark generates into the temporary directory (seed 1, 378,661 rows). Each tool
reads only the columns the count needs plus the three the library checks most (goal, pledged, backers): five columns,
as a researcher would ask for them. The library reads and validates all fifteen, so these figures are what a
researcher who trusts the file pays; the library's figure is what checking every row costs on top.

Each tool runs --warmup times untimed, then --runs times; the script prints the fastest and the median run in
milliseconds, with the row count each tool found, so that a tool that read the file differently shows.
A tool that is not installed is skipped with a line saying so.
"""

import argparse
import os
import statistics
import sys
import time

COLUMNS = ["main_category", "state", "goal", "pledged", "backers"]


def with_pandas(path):
    import pandas as pd

    frame = pd.read_csv(path, usecols=COLUMNS, encoding="utf-8")
    counts = frame.groupby(["main_category", "state"]).size()
    return int(counts.sum())


def with_polars(path):
    import polars as pl

    frame = pl.read_csv(path, columns=COLUMNS, encoding="utf8")
    counts = frame.group_by(["main_category", "state"]).len()
    return int(counts["len"].sum())


def with_duckdb(path):
    import duckdb

    rows = duckdb.sql(
        "SELECT main_category, state, count(*) AS projects FROM read_csv(?) GROUP BY main_category, state",
        params=[path],
    ).fetchall()
    return sum(row[2] for row in rows)


TOOLS = {"polars": with_polars, "pandas": with_pandas, "duckdb": with_duckdb}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", nargs="?",
                        default=os.path.join("/tmp", "crowdfund-ks-synthetic-378661-seed1.csv"))
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--tools", default=",".join(TOOLS), help="comma-separated: " + ", ".join(TOOLS))
    args = parser.parse_args()
    if not os.path.isfile(args.file):
        sys.exit(f"{args.file}: no such file; generate it with ./crowdfund generate --rows 378661 --seed 1 FILE")
    print(f"file {args.file} ({os.path.getsize(args.file) / 1e6:.1f} MB), {os.cpu_count()} cores, "
          f"load {os.getloadavg()[0]:.2f}")
    for name in args.tools.split(","):
        run = TOOLS[name]
        try:
            module = __import__(name)
        except ImportError:
            print(f"{name:7s} not installed, skipped")
            continue
        for _ in range(args.warmup):
            run(args.file)
        times = []
        rows = 0
        for _ in range(args.runs):
            started = time.perf_counter()
            rows = run(args.file)
            times.append((time.perf_counter() - started) * 1000)
        print(f"{name:7s} {getattr(module, '__version__', '?'):8s} fastest {min(times):7.1f} ms, "
              f"median {statistics.median(times):7.1f} ms over {args.runs} runs; {rows} rows")


if __name__ == "__main__":
    main()
