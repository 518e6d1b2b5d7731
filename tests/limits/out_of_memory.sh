# Running out of memory under `ulimit -v`: MemoryError (caught, or uncaught with status 1),
# never a crash.
# minipy-test: not under sanitizers
# (ASan reserves terabytes of address space: it cannot start under `ulimit -v`, and its own
# limits (soft_rss_limit_mb, mmap_limit_mb) do not behave as an exhausted address space.)
run() {
    (ulimit -v 409600; exec $PY "$1" >"$1.out" 2>"$1.err")
    echo "== $1: status $?"
    cat "$1.out"
    tail -n 1 "$1.err"
}
cat >grow_list.py <<'PY'
chunks = []
try:
    while True:
        chunks.append(bytearray(1 << 20))
except MemoryError as e:
    n = len(chunks)
    chunks = None
    print('MemoryError caught', type(e).__name__, 100 < n < 1000)
print('still running', sum(range(10)))
PY
run grow_list.py
cat >grow_str.py <<'PY'
s = 'x'
try:
    while True:
        s = s + s
except MemoryError:
    print('MemoryError caught', len(s) > 1 << 20)
    s = None
PY
run grow_str.py
cat >uncaught.py <<'PY'
print('start', flush=True)
data = [bytes(1 << 20) for _ in range(100000)]
print('not reached')
PY
run uncaught.py
cat >huge_alloc.py <<'PY'
try:
    x = bytearray(1 << 40)
except MemoryError:
    print('MemoryError caught')
try:
    x = [None] * (1 << 40)
except MemoryError:
    print('MemoryError caught')
x = 'ab' * (1 << 39)
PY
run huge_alloc.py
cat >small_objects.py <<'PY'
objs = []
try:
    while True:
        objs.append([len(objs), (len(objs),), {len(objs): str(len(objs))}])
except MemoryError:
    n = len(objs)
    del objs
    print('MemoryError caught', n > 10000)
PY
run small_objects.py
