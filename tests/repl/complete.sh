# Tab completion at the prompt: names (keywords, builtins, globals) and attributes after a
# dot, `gen.se<Tab>` giving `gen.send(` as CPython's rlcompleter does (a callable gets its
# opening parenthesis; one without parameters gets both). Driven through tmux as
# tests/repl/session.sh explains: the expected output is CPython's screen.
. ./tmux_mod.sh
# Types keys and a Tab, then waits until the line being edited reads $2.
complete() {
    tm send-keys -t repl -l -- "$1"
    tm send-keys -t repl Tab
    local i
    for i in $(seq 100); do
        [ "$(screen | sed -e '/^$/d' | tail -n 1)" = "$2" ] && return 0
        sleep 0.1
    done
    echo "completing '$1' did not give '$2'"
}
enter() { tm send-keys -t repl -l -- "$1"; tm send-keys -t repl Enter; wait_prompt; }

open_term 40
line 'def numbers():'
line '    yield 10'
line '    yield 20'
line ''
line 'gen = numbers()'
line 'next(gen)'
complete 'gen.se' '>>> gen.send('
enter 'None)'
complete 'gen.thr' '>>> gen.throw('
tm send-keys -t repl C-u
complete 'numb' '>>> numbers()'
enter ''
complete 'whi' '>>> while'  # (the screen has no trailing blanks)
tm send-keys -t repl C-u
complete 'def noargs' '>>> def noargs'
line '(): return "done"'
line ''
complete 'noa' '>>> noargs()'
enter ''
complete 'isinst' '>>> isinstance('
enter 'gen, object)'
show | sed -e 's/ at 0x[0-9a-f]*>/ at 0x...>/'
