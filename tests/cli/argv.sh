# sys.argv, __name__ and sys.path[0] in every way of giving the program, as CPython sets them.
set -u
here=$(pwd -P)
norm() { sed -e "s|$here|<cwd>|g"; }
cat > show.py <<'PY'
import sys
print(__name__, sys.argv, repr(sys.path[0]))
PY
echo "== file"; $PY show.py a 'b c' | norm
echo "== file by path"; $PY ./show.py -x --y | norm
echo "== -c"; $PY -c 'import sys; print(sys.argv, repr(sys.path[0]))' a -b | norm
echo "== -c glued"; $PY '-cimport sys; print(sys.argv)' a | norm
echo "== options before -c"; $PY -u -B -c 'import sys; print(sys.argv)' | norm
echo "== -"; $PY - a b < show.py | norm
echo "== piped stdin"; $PY < show.py | norm
echo "== -- then a file"; $PY -- show.py -c | norm
echo "== -m"; $PY -m show a b | norm
