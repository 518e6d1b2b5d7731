# Binary junk and invalid UTF-8 in a source file: CPython's SyntaxError, naming the line, and
# status 1. The whole of stderr is shown (the file's directory removed). (NUL bytes are left
# out: /usr/bin/python3.11, 3.11.2, silently ends the line there; 3.11.4 and minipy raise
# "source code cannot contain null bytes".)
run() {
    $PY "$1" >out.txt 2>err.txt
    echo "== $1: status $?"
    sed -e "s|$PWD/||g" err.txt
    cat out.txt
}
printf 'print(1)\ny = "\xff\xfe"\n' >bad_utf8.py; run bad_utf8.py
printf '# comment \xe9\nprint(1)\n' >latin1_comment.py; run latin1_comment.py
printf 'x = "abc\xc3"\n' >truncated_utf8.py; run truncated_utf8.py
printf 'x = "\xed\xa0\x80"\n' >surrogate_utf8.py; run surrogate_utf8.py
printf 'x = "\xc0\xaf"\n' >overlong_utf8.py; run overlong_utf8.py
printf 'print(1)\nx = 1 \x01\n' >control.py; run control.py
printf 'x = 1\x1b[0m\n' >escape.py; run escape.py
printf 'a\x7f = 1\n' >delete.py; run delete.py
printf 'print(1)\nif x:\n\x02\n' >control_indent.py; run control_indent.py
printf 'x = 1\n\xef\xbb\xbfy = 2\n' >bom_inside.py; run bom_inside.py
printf '\xef\xbb\xbfprint("bom ok")\n' >bom_start.py; run bom_start.py
printf '# -*- coding: latin-1 -*-\nprint("\xe9")\n' >latin1.py; run latin1.py
printf '# -*- coding: no-such-codec -*-\nprint(1)\n' >bad_codec.py; run bad_codec.py
printf '\x7fELF\x02\x01\x01\x03>\x01\x10\xe0\x8f\x04' >elf.py; run elf.py
printf 'print(1)\n\x89PNG\r\n\x1a\n' >png.py; run png.py
printf 'x = 1\r\nprint(x)\r\n' >crlf.py; run crlf.py
printf 'x = 1\rprint(x)\r' >cr_only.py; run cr_only.py
