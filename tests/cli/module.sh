# -m MODULE: a module or a package's __main__ found on sys.path (the current directory first),
# run as __main__ with sys.argv[0] its full path; and the messages when it cannot be run.
set -u
here=$(pwd -P)
prog=${PY##* }
norm() { sed -e "s|$prog|PROG|g" -e "s|$here|<cwd>|g"; }
run() { "$@" 2>&1 | norm; echo "-> ${PIPESTATUS[0]}"; }
mkdir -p app tools
cat > greet.py <<'PY'
import sys
print("greet:", __name__, sys.argv)
print("file:", __file__)
print("path0:", sys.path[0])
if __name__ == "__main__":
    sys.exit(len(sys.argv) - 1)
PY
echo 'print("app/__init__ runs first:", __name__)' > app/__init__.py
printf 'import sys\nprint("app main:", __name__, sys.argv)\n' > app/__main__.py
echo 'print("cli:", __name__, __file__)' > app/cli.py
touch tools/__init__.py
echo "== a module, with arguments"; run $PY -m greet one two
echo "== a package runs its __main__"; run $PY -m app x
echo "== a submodule"; run $PY -m app.cli
echo "== a package without __main__"; run $PY -m tools
echo "== no such module"; run $PY -m no_such_mod
echo "== no such parent package"; run $PY -m no_pkg.mod
echo "== no such submodule"; run $PY -m app.nope
echo "== a module is not a package"; run $PY -m greet.py
echo "== -m stops option parsing"; run $PY -m greet -c -i
