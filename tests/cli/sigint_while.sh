# Ctrl-C stops a `while cond:` loop, whose only backward jump is the conditional one at its
# end, with KeyboardInterrupt and status 130, as CPython.
set -m   # job control: else a background job starts with SIGINT ignored
printf 'x = 0\nwhile x >= 0:\n    x += 1\n' > loop.py
$PY loop.py 2>err.txt &
sleep 1
kill -INT $!
wait $!
echo "status $?"
tail -n 1 err.txt
