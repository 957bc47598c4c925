#!/usr/bin/env python3
"""Interleaved timing of shell commands, for machines whose speed drifts over minutes.

    bench/ab.py [--clean GLOB] [--diff A:B ...] ROUNDS NAME 'COMMAND' [NAME 'COMMAND' ...]

Each round runs every command once, in the given order on even rounds and in reverse order on odd
ones, so that a slow minute of the machine falls on all of them alike. Before each command the
files and folders matching GLOB (e.g. the previous run's --output-dir) are removed. Prints, per
command, the median and minimum wall time and the medians of the process's user and system CPU
time (from getrusage of the children), in milliseconds. Standard output of the commands is
discarded; a command that fails is reported on standard error with its exit status.

--diff A:B also prints the median over rounds of B's wall time minus A's in the same round (e.g. a
batch of 8 lists minus a batch of 1: the cost of 7 more lists), with the interquartile range: a
difference taken within a round is not moved by the machine's slow minutes as the difference of
two medians is.

Python 3 standard library only; used for the process figures of RESULTS.md.
"""
import argparse
import glob
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time


def clean(pattern):
    for path in glob.glob(pattern) if pattern else []:
        if os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path, ignore_errors=True)
        else:
            os.remove(path)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", help="glob of outputs to remove before each command")
    parser.add_argument(
        "--diff", action="append", default=[], help="A:B, the median of B minus A per round"
    )
    parser.add_argument("rounds", type=int)
    parser.add_argument("pairs", nargs="+", help="NAME COMMAND ...")
    args = parser.parse_args()
    if len(args.pairs) % 2:
        parser.error("commands come as NAME COMMAND pairs")
    commands = list(zip(args.pairs[0::2], args.pairs[1::2]))
    wall = {name: [] for name, _ in commands}
    user = {name: [] for name, _ in commands}
    system = {name: [] for name, _ in commands}
    for r in range(args.rounds):
        for name, command in commands if r % 2 == 0 else commands[::-1]:
            clean(args.clean)
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            status = subprocess.call(command, shell=True, stdout=subprocess.DEVNULL)
            elapsed = time.perf_counter() - start
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            if status != 0:
                print(f"{name}: exit status {status}", file=sys.stderr)
            wall[name].append(1000 * elapsed)
            user[name].append(1000 * (after.ru_utime - before.ru_utime))
            system[name].append(1000 * (after.ru_stime - before.ru_stime))
    clean(args.clean)
    for name, _ in commands:
        print(
            f"{name:14s} wall median {statistics.median(wall[name]):8.1f} ms"
            f"  min {min(wall[name]):8.1f}  user {statistics.median(user[name]):8.1f}"
            f"  sys {statistics.median(system[name]):7.1f}  n={len(wall[name])}"
        )
    for pair in args.diff:
        a, b = pair.split(":")
        differences = sorted(y - x for x, y in zip(wall[a], wall[b]))
        quartiles = statistics.quantiles(differences, n=4) if len(differences) > 1 else [0, 0, 0]
        print(
            f"{b} - {a}: median {statistics.median(differences):8.1f} ms"
            f"  quartiles {quartiles[0]:8.1f} {quartiles[2]:8.1f}  n={len(differences)}"
        )


if __name__ == "__main__":
    main()
