# The interactive prompt on a real terminal (tmux): a multi-line def and a call, a generator
# stepped with next() to its StopIteration, an exception and a syntax error after which the
# session goes on, `_`, a triple-quoted string over two lines, Ctrl-C discarding a line.
#
# Why the expected output can come from CPython: started with -q (no banner, the one part
# where minipy's screen differs), both interpreters draw the same screen for the same keys, so
# this script prints the screen and scripts/update-expected records CPython 3.11's. Each line
# is typed only once the previous prompt is on screen (typed-ahead keys would be echoed by the
# terminal and drawn twice), polling with a timeout rather than sleeping a fixed time.
. ./tmux_mod.sh

open_term 60
line 'def countdown(n):'
line '    while n > 0:'
line '        yield n'
line '        n -= 1'
line ''
line 'gen = countdown(2)'
line 'gen'
line 'next(gen)'
line 'next(gen)'
line 'next(gen)'
line 'def add(a, b):'
line '    return a + b'
line ''
line 'add(2, 3)'
line '_ * 10'
line 'add(1)'
line 'print("still here")'
line 'x = (1 +'
line '     2)'
line 'x'
line 'x = 1 +'
line 'if True:'
line '  print("block")'
line ''
line 's = """two'
line 'lines"""'
line 's'
tm send-keys -t repl -l -- 'half typed'
# Ctrl-C only once the keys are on the line (the terminal flushes input not yet read)
for i in $(seq 100); do
    [ "$(screen | sed -e '/^$/d' | tail -n 1)" = '>>> half typed' ] && break
    sleep 0.1
done
tm send-keys -t repl C-c
wait_prompt
line 'None'
show | sed -e 's/ at 0x[0-9a-f]*>/ at 0x...>/'
