# Absurd source files end in CPython's SyntaxError (or RecursionError/MemoryError), with its
# status, never a stack overflow: 100,000 nested brackets, 10 MB lines.
# Each run shows its exit status and the last line of stderr.
run() {
    $PY "$1" >out.txt 2>err.txt
    echo "$1: status $? / $(tail -n 1 err.txt | cut -c1-200) / stdout $(head -c 100 out.txt)"
}
rep() { head -c "$2" /dev/zero | tr '\0' "$1"; }   # rep CHAR N: N copies of CHAR
{ printf 'x = '; rep '(' 100000; rep ')' 100000; echo; } >parens.py; run parens.py
{ printf 'x = '; rep '[' 100000; echo; } >open_brackets.py; run open_brackets.py
{ printf 'x = 1\ny = '; rep '[' 200; rep ']' 200; echo; } >deep200.py; run deep200.py
{ printf 'x = 1\ny = '; rep '(' 201; rep ')' 201; echo; } >deep201.py; run deep201.py
{ printf 'x = "'; rep a 10000000; printf '"\nprint(len(x))\n'; } >long_string.py; run long_string.py
{ printf 'x = '; yes '1 +' | head -n 300000 | tr -d '\n'; printf ' 1\nprint(x)\n'; } >long_sum.py; run long_sum.py
{ printf 'x = '; rep '-' 10000000; printf '1\nprint(x)\n'; } >long_minus.py; run long_minus.py
{ printf 'x = '; rep '9' 10000000; printf '\n'; } >long_int.py; run long_int.py
{ printf 'x = "'; rep a 10000000; echo; } >unclosed.py; run unclosed.py
