# Exit statuses and the messages that go with them, as CPython gives them; the program's
# own name (python3.11 or minipy, as it was run) is shown as PROG.
set -u
here=$(pwd -P)
prog=${PY##* }
norm() { sed -e "s|$prog|PROG|g" -e "s|$here|<cwd>|g" -e "s|\`python -h'|\`PROG -h'|" -e "s|\`minipy -h'|\`PROG -h'|"; }
run() { "$@" 2>&1 | norm; echo "-> ${PIPESTATUS[0]}"; }
echo 'import sys; sys.exit("bye from a file")' > bye.py
printf 'def f():\n    raise KeyError("k")\nf()\n' > raises.py
printf 'x = (1,\n' > broken.py
echo "== sys.exit(msg) in a file"; run $PY bye.py
echo "== sys.exit(7) from -c"; run $PY -c 'import sys; print("out"); sys.exit(7)'
echo "== raise SystemExit(0)"; run $PY -c 'raise SystemExit(0)'
echo "== uncaught in a file"; run $PY raises.py
echo "== syntax error in a file"; run $PY broken.py
echo "== missing file"; run $PY no_such.py
echo "== missing file in a directory"; run $PY nodir/x.py
echo "== a directory without __main__.py"; mkdir -p d; run $PY d
echo "== unknown long option"; run $PY --frobnicate
echo "== unknown short option"; run $PY -Z
echo "== unknown option in a cluster"; run $PY -uZ
echo "== -c without its argument"; run $PY -c
echo "== -m without its argument"; run $PY -m
echo "== -h"; $PY -h > help.txt; echo "-> $?"; head -n 1 help.txt | norm
echo "== --help"; $PY --help > help.txt; echo "-> $?"; grep -c -- '-m mod' help.txt
echo "== -V"; $PY -V > v.txt; echo "-> $?"; grep -c '3\.11' v.txt
echo "== --version"; $PY --version > v.txt; echo "-> $?"; grep -c '3\.11' v.txt
echo "== stdin with an error"; echo '1/0' | run $PY
echo "== stdin with sys.exit(3)"; echo 'import sys; sys.exit(3)' | run $PY -
