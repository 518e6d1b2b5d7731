# Exit statuses of the command-line forms, as CPython gives them.
$PY -c 'import sys; sys.exit(3)'; echo "sys.exit(3) -> $?"
$PY -c 'import sys; sys.exit("bye")' 2>&1; echo "sys.exit('bye') -> $?"
$PY -c 'raise ValueError("x")' 2>/dev/null; echo "uncaught -> $?"
$PY -c '1 +' 2>/dev/null; echo "syntax error -> $?"
$PY -c 'import sys; sys.exit(None)'; echo "sys.exit(None) -> $?"
$PY -c 'import sys; sys.exit(True)'; echo "sys.exit(True) -> $?"
$PY no_such_file.py 2>/dev/null; echo "missing file -> $?"
