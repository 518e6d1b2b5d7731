#!/usr/bin/env python3
"""`make bench`: every program of bench/ under minipy and CPython 3.11, side by side.

For each program: run both interpreters once and compare stdout and exit status (a program
whose output differs is shown but its time does not count); measure peak memory (the
child's ru_maxrss, from wait4); then time both with hyperfine, in ROUNDS rounds that
alternate which interpreter goes first, so that a change in the machine's load falls on
both. The table gives median times, the speed-up (CPython's time / minipy's), peak memory,
and the geometric mean of the speed-ups. Start-up (an empty script) is timed apart: it is
a target of its own and would weigh a program's worth in the mean.

usage: scripts/bench.py [--minipy ./minipy] [--python python3.11] [--runs N] [--rounds R]
                        [program.py ...]
"""
import argparse
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

MIB = 1024 * 1024


def run_once(argv):
    """(stdout, exit status, last stderr line, peak RSS in bytes) of one run.

    Peak memory comes from GNU time, not from this process's wait4: Linux carries the
    parent's high-water mark into a forked child across exec, so every child of this
    12 MB Python would read at least 12 MB. time's own child starts from time's small image.
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile("r") as rss:
        status = subprocess.run(["/usr/bin/time", "-q", "-f", "%M", "-o", rss.name] + argv,
                                stdout=out, stderr=err, stdin=subprocess.DEVNULL).returncode
        out.seek(0)
        err.seek(0)
        lines = err.read().decode(errors="replace").strip().splitlines()
        peak_kib = int(rss.read().split()[-1])
        return out.read(), status, lines[-1] if lines else "", peak_kib * 1024


def hyperfine_times(commands, runs, rounds):
    """Every measured wall time of each command, over `rounds` alternating hyperfine runs."""
    times = [[] for _ in commands]
    order = list(range(len(commands)))
    with tempfile.TemporaryDirectory() as tmp:
        export = os.path.join(tmp, "times.json")
        for r in range(rounds):
            argv = ["hyperfine", "-N", "--style", "none", "--warmup", "1" if r == 0 else "0",
                    "--runs", str(runs), "--export-json", export]
            argv += [" ".join(commands[i]) for i in order]
            subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
            with open(export) as f:
                results = json.load(f)["results"]
            for i, res in zip(order, results):
                times[i].extend(res["times"])
            order.reverse()
    return times


def find_python(requested):
    if requested:
        return requested
    # Debian's package (PGO+LTO) is the yardstick; a pyenv shim in PATH is a shell script
    # whose own start-up would be timed.
    if os.path.exists("/usr/bin/python3.11"):
        return "/usr/bin/python3.11"
    return shutil.which("python3.11") or sys.exit("bench: python3.11 not found")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--minipy", default="./minipy")
    ap.add_argument("--python")
    ap.add_argument("--runs", type=int, default=3, help="runs per round and interpreter")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("programs", nargs="*")
    args = ap.parse_args()
    minipy = os.path.abspath(args.minipy) if os.sep in args.minipy else args.minipy
    python = find_python(args.python)
    here = os.path.dirname(os.path.abspath(__file__))
    bench_dir = os.path.join(os.path.dirname(here), "bench")
    programs = args.programs or sorted(
        os.path.join(bench_dir, f) for f in os.listdir(bench_dir) if f.endswith(".py"))

    print(f"minipy: {minipy}\nCPython: {python} "
          f"({subprocess.run([python, '-V'], capture_output=True, text=True).stdout.strip()})")
    print(f"times: median of {args.runs * args.rounds} runs each, in {args.rounds} alternating "
          f"hyperfine rounds; speed-up = CPython time / minipy time\n")

    header = ("program", "minipy s", "CPython s", "speed-up", "minipy MiB", "CPython MiB",
              "memory", "output")
    rows = []
    speedups = []
    peaks = {}
    for path in programs:
        name = os.path.basename(path)[:-3]
        mp_out, mp_status, mp_err, mp_peak = run_once([minipy, path])
        py_out, py_status, _, py_peak = run_once([python, path])
        peaks[name] = (mp_peak, py_peak)
        same = mp_out == py_out and mp_status == py_status
        if not same:
            why = mp_err or f"exit {mp_status} vs {py_status}, stdout differs"
            rows.append((name, "-", "-", "-", f"{mp_peak / MIB:.1f}", f"{py_peak / MIB:.1f}",
                         "-", f"differs: {why[:60]}"))
            print(f"{name}: output differs, not timed ({why})", file=sys.stderr)
            continue
        mp_times, py_times = hyperfine_times([[minipy, path], [python, path]],
                                             args.runs, args.rounds)
        mp_med = statistics.median(mp_times)
        py_med = statistics.median(py_times)
        speedups.append(py_med / mp_med)
        rows.append((name, f"{mp_med:.3f}", f"{py_med:.3f}", f"{py_med / mp_med:.2f}x",
                     f"{mp_peak / MIB:.1f}", f"{py_peak / MIB:.1f}",
                     f"{100 * mp_peak / py_peak:.0f}%", "same"))
        print(f"{name}: {py_med / mp_med:.2f}x", file=sys.stderr)

    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as empty:
        empty_path = empty.name
    try:
        mp_times, py_times = hyperfine_times([[minipy, empty_path], [python, empty_path]],
                                             max(args.runs, 10), args.rounds)
        _, _, _, mp_empty_peak = run_once([minipy, empty_path])
        _, _, _, py_empty_peak = run_once([python, empty_path])
    finally:
        os.unlink(empty_path)
    mp_start = statistics.median(mp_times)
    py_start = statistics.median(py_times)

    widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(len(header))]
    line = lambda r: "| " + " | ".join(str(c).ljust(w) for c, w in zip(r, widths)) + " |"
    print(line(header))
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in rows:
        print(line(r))
    geomean = math.exp(sum(map(math.log, speedups)) / len(speedups)) if speedups else 0.0
    print(f"\ngeometric mean of the speed-ups: {geomean:.2f}x over {len(speedups)} of "
          f"{len(rows)} programs (those whose output matches CPython's)")
    print(f"start-up (empty script): minipy {mp_start * 1000:.1f} ms, CPython "
          f"{py_start * 1000:.1f} ms: {100 * mp_start / py_start:.0f}% of CPython's "
          f"(peak {mp_empty_peak / MIB:.1f} vs {py_empty_peak / MIB:.1f} MiB)")
    if "stream_memory" in peaks:
        mp_peak, py_peak = peaks["stream_memory"]
        print(f"stream_memory peak over an empty script's: minipy {(mp_peak - mp_empty_peak) / MIB:+.1f} "
              f"MiB, CPython {(py_peak - py_empty_peak) / MIB:+.1f} MiB")


if __name__ == "__main__":
    main()
