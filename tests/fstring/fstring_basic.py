# f-strings: expressions, nesting, conversions
name = "World"
n = 42
items = [1, 2, 3]
d = {"key": "val"}
print(f"Hello, {name}!")
print(f"{n} {n + 1} {n * 2}")
print(f"{items[0]} {items[-1]} {len(items)} {d['key']}")
print(f"{name!r} {name!s} {'é'!a}")
print(f"{{braces}} {{{n}}}")
print(f"{'nested ' + f'{n}'}")
print(f"{[x * 2 for x in items]} {sum(x for x in items)}")
print(f"{n if n > 0 else -n} {(lambda x: x + 1)(n)}")
print(f"{name.upper()} {name[::-1]} {name:>10}|")
print(f"multi {n} "
      f"line {name}")
print(f"""triple {n}
quoted""")
print(f"{3.14159:.2f} {n:05d} {n:x}")
print(F'{"double"} {n}')
print(f"{None} {True} {[]} {()} {1.0} {d}")
class Obj:
    def __str__(self):
        return "str-form"
    def __repr__(self):
        return "repr-form"
o = Obj()
print(f"{o} {o!s} {o!r} {[o]}")
print(f"{'a' 'b'}", f"{n:{'>'}{5}}", rf"\{n}")
