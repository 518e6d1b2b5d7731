# X | Y on classes builds types.UnionType (what `int | None` annotations evaluate to).
print(int | str == str | int, int | int, (int | str) | (str | None))
print((int | str).__args__, type(int | str), hash(int | str) == hash(str | int))
print(int | list[int] | list[int], list[int] | list[str])
print(None | int, int | None | None, (int | None).__args__)
class A: pass
print(A | None, A | int | A)
for expr in ('int | 5', 'None | None', '(int | str) | 5', '5 | list[int]'):
    try:
        eval(expr)
    except TypeError as e:
        print(e)
print(isinstance(3, int | str), issubclass(bool, int | None), isinstance(None, int | None))
print(isinstance(2.0, int | str), issubclass(float, int | str))
print(int | str != int, int | str != str | int)
print(type(int | str).__name__, type(int | str).__module__)
try:
    (int | str).foo
except AttributeError as e:
    print(e)
try:
    print(isinstance('a', int | list[int]))
except TypeError as e:
    print(e)
try:
    print(issubclass(str, int | list[int]))
except TypeError as e:
    print(e)
print(isinstance(1, int | list[int]))
print({int | str: 1}[str | int])
