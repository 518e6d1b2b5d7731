# Ctrl-C (SIGINT) during a long loop: KeyboardInterrupt with a traceback, `finally` blocks and
# `except KeyboardInterrupt` handlers run, exit status 130 when uncaught, as CPython.
# Each program prints a line and flushes before its loop; the signal is sent only once that
# line is there, so a loaded machine cannot make the test flaky.
set -m   # job control: else a background job starts with SIGINT ignored
interrupt() {   # interrupt PROGRAM: run it, send SIGINT once it printed "ready"
    local out=$1.out err=$1.err pid i
    rm -f "$out" "$err"
    $PY "$1" >"$out" 2>"$err" &
    pid=$!
    for i in $(seq 600); do
        grep -q ready "$out" 2>/dev/null && break
        sleep 0.05
    done
    kill -INT "$pid"
    wait "$pid"
    echo "== $1: status $?"
    cat "$out"
    sed -e "s|$PWD/||g" -e 's/line [0-9]*, in/line N, in/' "$err" | grep -v '^    \|^ *\^'
}
cat >plain.py <<'PY'
def spin():
    n = 0
    while True:
        n += 1
print('ready', flush=True)
spin()
PY
interrupt plain.py
cat >cleanup.py <<'PY'
import sys
def work():
    try:
        print('ready', flush=True)
        while True:
            pass
    finally:
        print('finally ran', flush=True)
try:
    work()
finally:
    print('outer finally ran', flush=True)
PY
interrupt cleanup.py
cat >caught.py <<'PY'
import time
try:
    print('ready', flush=True)
    for i in iter(int, 1):
        pass
except KeyboardInterrupt as e:
    print('caught', type(e).__name__, repr(e), isinstance(e, Exception), isinstance(e, BaseException))
print('after')
PY
interrupt caught.py
cat >gen.py <<'PY'
def forever():
    try:
        yield 1
        print('ready', flush=True)
        while True:
            pass
    finally:
        print('generator finally ran', flush=True)
for x in forever():
    pass
PY
interrupt gen.py
