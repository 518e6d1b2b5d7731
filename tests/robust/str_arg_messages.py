# str methods given arguments of the wrong type: CPython's messages, in CPython's order of checks.
tests = ['"a".rjust(5, 1)', '"a".rjust(5, None)', '"a".rjust(5, "ab")', '"a".center(5, b"a")', '"a".replace(None, "a")', '"a".encode(None)', '"a".encode("utf-8", None)', '"a".removeprefix(None)', '"a".find(None)', '"a".find(1, "x")', '"a".find("a", "x")', '"a".count(1, None, "x")', '"a".splitlines(2**63)', '"a".splitlines("x")', '"a".startswith(1, "x")', '"a".split(1, "x")', '"a".join(None)', '"a".strip(1)', '"a".partition(None)', '"a".zfill(None)', '"a".expandtabs(None)', '"a".index(1, "x")', '"a".rindex(1, "x")', '"a".endswith(1, "x")']
for t in tests:
    try:
        eval(t)
        print(t, 'ok')
    except Exception as e:
        print(t, '|', type(e).__name__, e)
for keep in [0, 1, True, 2**31 - 1, 2**31, -2**31 - 1, 2**100, 1.5, "x", None]:
    try:
        print(repr(keep), "a\nb\r\nc".splitlines(keep))
    except Exception as e:
        print(repr(keep), type(e).__name__, e)
