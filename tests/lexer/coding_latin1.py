# -*- coding: latin-1 -*-
# A latin-1 source file: its bytes decode as its coding declaration says.
s = "café £ ÿ"
print(s, len(s), [hex(ord(c)) for c in s])
print(s.encode("utf-8"))
# exec() of a str ignores a declaration: the text is decoded already
exec("# coding: ascii\nprint(len('éé'))")
exec("# coding: no-such-codec\nprint(1)")
