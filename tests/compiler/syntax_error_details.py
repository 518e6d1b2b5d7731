# SyntaxError messages and positions for dict displays, assignment targets and the end of
# input, compiled from strings (where CPython's string tokenizer gives columns at EOF).
srcs = ['x = {1: 2, 3}', 'x = {1: 2, 3: 4, 5, 6}', 'x = {1: 2, **a, 3}', 'x={1:2,3}', 'x = {1, 2: 3}',
        '{1: 2, 3 + 4}', '{"a": 1, b}', 'f(**{1: 2, 3})', '{1: 2, 3:}', '{1:}', '{1: 2, 3: }',
        '{1: *a}', '{**a, 3}', '{1: 2, f(x)}', '{1: 2, (3)}', '{1: 2, 3,}', '{1: 2, 3 4}',
        '{1: 2,\n 3}', '{1: 2, lambda: 1}', '{1: 2, 3 for x in y}', '{1: 2, -3}', '{3}', '{1: 2}',
        'x = (yield) = 1', '((yield)) = 1', '(yield x) = 1', '[(yield)] = 1', 'del (yield)',
        'for (yield) in x: pass', '(a + b) = 1', 'x = (a + b) = 1', 'del (a + b)', '(f()) = 1',
        'x = (1) = 2', '(a + b) += 1', '(a, b) += 1', '(a, b): int', '(x for x in y) = 1',
        'with a as (b + c): pass', '[x for (a + b) in y]', 'x = (a if b else c) = 1',
        'x = 1\n\\\n', 'x = 1\n\\', 'try:\n    pass\n', 'x = 1 +\n', 'x = (1,\n']
for s in srcs:
    try:
        compile(s, 'f', 'exec')
        print(repr(s), 'compiles')
    except SyntaxError as e:
        print(repr(s), '|', e.msg, e.lineno, e.offset, e.end_lineno)
# errors found by the compiler rather than the parser carry no text for a string source
for s in ["def f():\n  pass\nreturn 1", "x = 1\nbreak", "nonlocal x", "x = 1\ndef f(a, a): pass",
          "x=1\nf(x for x in y, 1)", "x = 1\ny = (1 +"]:
    try:
        exec(s)
    except SyntaxError as e:
        print(repr(e.msg), e.lineno, e.offset, repr(e.text))
