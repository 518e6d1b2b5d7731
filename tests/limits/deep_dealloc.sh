# Freeing chains of containers 300,000 deep (deep_dealloc_mod.py) with an 8 MB C stack: the
# address-space limit makes minipy fall back from its 512 MB interpreter thread to the main
# thread's stack, where a release that recursed once per link would overflow. Each part must
# finish with its finalizers in CPython's order.
# minipy-test: not under sanitizers
# (ASan reserves terabytes of address space: it cannot start under `ulimit -v`.)
(ulimit -v 400000; ulimit -s 8192; exec $PY deep_dealloc_mod.py)
echo "status $?"
