# History kept between sessions: a line typed in one session comes back with the up arrow in
# the next (HOME is a fresh directory; CPython keeps ~/.python_history, minipy
# ~/.minipy_history). Driven through tmux as tests/repl/session.sh explains: both interpreters
# draw the same screen, so the expected output is CPython's.
. ./tmux_mod.sh
# Ctrl-D leaves (and saves the history); the session ends with the interpreter.
leave() {
    tm send-keys -t repl C-d
    local i
    for i in $(seq 200); do
        tm has-session -t repl 2>/dev/null || return 0
        sleep 0.1
    done
    echo "the interpreter did not leave on Ctrl-D"
}

open_term 24
line 'answer = 6 * 7'
line 'words = ["gen", "send"]'
leave
sock=$PWD/tmux2.sock   # a new server: the old one may still be shutting down
open_term 24
tm send-keys -t repl Up
tm send-keys -t repl Up
tm send-keys -t repl Enter
wait_prompt
tm send-keys -t repl Up
tm send-keys -t repl Up
tm send-keys -t repl Enter
wait_prompt
line 'answer, words'
show
