# set and dict comprehensions
print({x % 5 for x in range(20)})
print({x for x in range(8) if x % 3 == 0})
print(sorted({w[0] for w in ["apple", "avocado", "banana", "cherry"]}))
print({k: v for k, v in zip("abc", range(3))})
print({x: [y for y in range(x)] for x in range(4)})
print({(x, y): x + y for x in range(2) for y in range(2)})
print({v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()})
print({n: ("even" if n % 2 == 0 else "odd") for n in range(5) if n})
