#!/usr/bin/env python3
"""Prints bench/run's results side by side, one column per JVM, with the machine they were measured on."""

import argparse
import json
import os
import platform
import time


def machine():
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(l.split(":", 1)[1].strip() for l in f if l.startswith("model name"))
    except (OSError, StopIteration):
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    load = " / ".join(f"{x:.2f}" for x in os.getloadavg())
    return f"{os.cpu_count()} cores ({cpu}), {mem:.0f} GiB, Linux {platform.release()}; load average now {load}"


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--command", default="bench/run")
    ap.add_argument("--markdown", default="", help="also write the table here")
    ap.add_argument("results", nargs="+", help="LABEL=RESULTS.json, one column each")
    args = ap.parse_args()
    columns, rows, goals = [], {}, {}
    for item in args.results:
        label, path = item.split("=", 1)
        data = {"rows": [], "failures": ["no results: the harness did not finish"]}
        if os.path.exists(path):
            with open(path) as f:
                data = json.load(f)
        columns.append(f"{label}: {data.get('launcher', '?')} on {data.get('jvm', '?')}")
        for target, measured, goal, verdict in data["rows"]:
            rows.setdefault(target, {})[len(columns) - 1] = f"{measured} **{verdict}**" if verdict in (
                "NOT met", "FAILED") else (f"{measured} ({verdict})" if verdict != "n/a" else measured)
            goals.setdefault(target, goal)
    lines = [f"Measured {time.strftime('%Y-%m-%d %H:%M %Z')} with `{args.command}`.", "",
             f"Machine: {machine()}.", ""]
    for i, c in enumerate(columns):
        lines.append(f"- {c}")
    lines += ["", "| Target | Goal | " + " | ".join(c.split(":", 1)[0] for c in columns) + " |",
              "|---|---|" + "---|" * len(columns)]
    for target, cells in rows.items():
        lines.append(f"| {target} | {goals[target]} | " + " | ".join(cells.get(i, "") for i in range(len(columns)))
                     + " |")
    text = "\n".join(lines) + "\n"
    print(text)
    if args.markdown:
        with open(args.markdown, "w") as f:
            f.write(text)


if __name__ == "__main__":
    main()
