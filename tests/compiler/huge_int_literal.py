# A decimal int literal past sys.get_int_max_str_digits() is a SyntaxError where it is
# compiled; hexadecimal literals and a raised limit are fine.
import sys
for src in ('x = ' + '1' * 5000, 'x = (1,\n  ' + '2' * 4301 + ')', 'x = ' + '1' * 4300,
            'x = 0x' + 'f' * 5000, 'x = ' + '1' * 5000 + '.0', 'x = ' + '1' * 5000 + 'j',
            'x = -' + '1_0' * 2200):
    try:
        ns = {}
        exec(src, ns)
        print('ok', len(str(ns['x'])) if isinstance(ns['x'], int) else type(ns['x']).__name__)
    except SyntaxError as e:
        print('SyntaxError:', e.msg, e.lineno, e.offset)
    except ValueError as e:
        print('ValueError:', e)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(6000)
ns = {}
exec('x = ' + '1' * 5000, ns)
print(ns['x'] % 1000)
