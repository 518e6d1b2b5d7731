# -i: after the program (even one that failed or called sys.exit) the prompt reads more
# statements in the program's globals; with stdin not a terminal the prompts go to stderr.
set -u
here=$(pwd -P)
norm() { sed -e "s|$here|<cwd>|g"; }
run() { "$@" 2>&1 | norm; echo "-> ${PIPESTATUS[0]}"; }
printf 'total = 6 * 7\ndef double(x):\n    return 2 * x\n' > lib.py
printf 'data = [1, 2]\nraise ValueError("in the script")\n' > fails.py
printf 'import sys\nleft = "yes"\nsys.exit(4)\n' > exits.py
echo "== -i FILE"; printf 'total\ndouble(total)\n' | run $PY -i lib.py
echo "== after an exception"; printf 'data\n' | run $PY -i fails.py
echo "== after sys.exit"; printf 'left\n' | run $PY -i exits.py
echo "== -i -c"; printf 'n + 1\nimport sys; sys.exit(n)\n' | run $PY -i -c 'n = 9'
echo "== -q -i alone"; printf 'print("hi")\n1/0\n' | run $PY -q -i
