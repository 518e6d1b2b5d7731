# sys.version_info, sys.float_info and sys.int_info are named tuples (struct sequences).
import sys
v = sys.version_info
# (the micro version differs between CPython builds: not printed)
print(repr(v).replace(str(v.micro), 'N'))
print(v.major, v.minor, v.releaselevel, v.serial, v[:2], v >= (3, 8), v < (4,))
print(v == (3, 11, v.micro, 'final', 0), v[0], v[-1], list(v)[:2], tuple(v)[3:], v.count(11), v.index(11))
print(hash(v) == hash(tuple(v)), isinstance(v, tuple), type(v), type(v).__name__)
print(v.n_fields, sys.implementation.version == v)
a, b, *c = v
print(a, b, len(c), c[1:])
print('%d.%d' % v[:2], '{0.major}.{0.minor}'.format(v), f'{v.major}')
try:
    type(v)()
except TypeError as e:
    print(e)
try:
    v.foo
except AttributeError as e:
    print(e)
try:
    v.major = 4
except AttributeError as e:
    print(e)
print(sys.float_info)
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig)
print(sys.float_info.mant_dig, sys.float_info.radix, len(sys.float_info))
print(sys.int_info)
print(sys.int_info.bits_per_digit, sys.int_info.default_max_str_digits)
