# Shared by the REPL tests of this folder (sourced, not a test): drives the interpreter in $PY
# on a real terminal made by tmux, on a private socket in the test's temp dir, with HOME a fresh
# directory there.
set -u
sock=$PWD/tmux.sock
home=$PWD/home
mkdir -p "$home"
tm() { tmux -S "$sock" "$@"; }
trap 'tm kill-server 2>/dev/null' EXIT
screen() { tm capture-pane -p -S - -t repl | sed -e 's/[[:space:]]*$//'; }
# Waits for the next prompt (>>> or ...) with the cursor after it; 20 s at most.
np=0
wait_prompt() {
    np=$((np + 1))
    local i s
    for i in $(seq 200); do
        s=$(screen | sed -e '/^$/d')
        if [ "$(printf '%s\n' "$s" | grep -cE '^(>>>|\.\.\.)( |$)')" -ge "$np" ] &&
            printf '%s\n' "$s" | tail -n 1 | grep -qE '^(>>>|\.\.\.)$'; then
            return 0
        fi
        sleep 0.1
    done
    echo "timed out waiting for prompt $np"
    return 1
}
line() { tm send-keys -t repl -l -- "$1"; tm send-keys -t repl Enter; wait_prompt; }
# The screen without the blank lines below the cursor.
show() { screen | awk '{ l[NR] = $0 } END { n = NR; while (n > 0 && l[n] == "") n--; for (i = 1; i <= n; i++) print l[i] }'; }
# Starts the interpreter in a new terminal of $1 lines (a tmux server that fails to come up is
# retried: a loaded machine).
open_term() {
    local try
    for try in 1 2 3; do
        tm -f /dev/null new-session -d -s repl -x 80 -y "$1" "env -u PYTHONSTARTUP HOME='$home' $PY -q" &&
            tm has-session -t repl 2>/dev/null && break
        sleep 1
    done
    np=0
    wait_prompt
}
