#!/usr/bin/env bash
# tests/fuzz/run.sh [SECONDS] -- what `make fuzz` runs once build-fuzz/fuzz_parse and
# build-fuzz/fuzz_run are built: both targets at once, each for SECONDS (default 60), nice'd.
#
#   build-fuzz/seeds/        the seed corpus: tests/**/*.py, examples/*.py, ../shared/examples/*.py,
#                            copied afresh each time (never committed twice)
#   build-fuzz/corpus/T/     what libFuzzer found interesting, kept between runs
#   build-fuzz/crashes/      crash-*, leak-*, timeout-*, oom-* inputs, prefixed by target
#   build-fuzz/logs/T.log    libFuzzer's output (the last lines: executions, cov, ft)
#   build-fuzz/scratch/      the programs' working directory (files they write)
#
# Environment: FUZZ_TARGETS (default "parse run"), FUZZ_FORK=1 (libFuzzer's -fork=1 with
# crashes, timeouts and OOMs ignored: the run goes on after a finding and the process is
# restarted now and then, for long runs), FUZZ_ARGS (more libFuzzer options), FUZZ_LOGDIR
# (where the logs go instead of build-fuzz/logs), FUZZ_BINDIR (where the fuzz_* binaries are,
# e.g. a copy, so that a rebuild does not change them under a long run).
# Reproduce a finding: build-fuzz/fuzz_run build-fuzz/crashes/run-crash-...
# (MINIPY_FUZZ_VERBOSE=1 shows what the program printed). Exit status 1 if anything was found.
set -u
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
secs=${1:-60}
B=$root/build-fuzz
targets=${FUZZ_TARGETS:-parse run}
logs=${FUZZ_LOGDIR:-$B/logs}
bin=${FUZZ_BINDIR:-$B}

rm -rf "$B/seeds"
mkdir -p "$B/seeds" "$B/crashes" "$logs" "$B/scratch"
for f in "$root"/tests/*/*.py "$root"/tests/*/*/*.py "$root"/examples/*.py "$root"/../shared/examples/*.py; do
    [ -f "$f" ] || continue
    rel=${f#"$root"/}
    cp "$f" "$B/seeds/$(printf '%s' "$rel" | tr '/' '_')"
done
# helper modules the test programs import, beside the fuzzed programs
cp "$root"/tests/*/*_mod.py "$B/scratch/" 2>/dev/null

extra=()
if [ "${FUZZ_FORK:-0}" = 1 ]; then
    extra=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
fi
start=$logs/.start
touch "$start"
pids=()
for t in $targets; do
    mkdir -p "$B/corpus/$t"
    echo "fuzz: $t for ${secs}s (log $logs/$t.log)"
    (cd "$B/scratch" && exec nice -n 10 "$bin/fuzz_$t" -max_total_time="$secs" -timeout=20 \
        -rss_limit_mb=4096 -close_fd_mask=3 -print_final_stats=1 \
        -dict="$root/tests/fuzz/python.dict" -artifact_prefix="$B/crashes/$t-" \
        "${extra[@]}" ${FUZZ_ARGS:-} "$B/corpus/$t" "$B/seeds" >"$logs/$t.log" 2>&1) &
    pids+=($!)
done
for p in "${pids[@]}"; do wait "$p"; done

status=0
for t in $targets; do
    log=$logs/$t.log
    last=$(grep -E '^#[0-9]+.*(DONE|cov:)' "$log" | tail -n 1)
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    # -fork mode prints no stat:: lines; its status lines start with the total count
    [ -n "$runs" ] || runs=$(printf '%s' "$last" | sed -n 's/^#\([0-9]*\).*/\1/p')
    echo "fuzz $t: ${runs:-?} executions; last status: ${last:-none}"
    grep -E '^(==[0-9]+==ERROR|SUMMARY:)' "$log" | sort -u | head -n 5 | sed 's/^/    /'
done
found=$(find "$B/crashes" -type f -newer "$start" | sort)
if [ -n "$found" ]; then
    echo "fuzz: found (in build-fuzz/crashes/):"
    printf '    %s\n' $found
    status=1
else
    echo "fuzz: nothing found"
fi
exit $status
