try: "ab" * [1]
except TypeError as e: print(e)
try: [1] * "ab"
except TypeError as e: print(e)
try: (1,) * "ab"
except TypeError as e: print(e)
try: "ab" * "c"
except TypeError as e: print(e)
x = [1]; y = "ab"
try: x * y
except TypeError as e: print(e)
try: y * x
except TypeError as e: print(e)
for a, b in [("ab", (1,)), ((1,), "ab"), (b"x", [1]), (b"x", (1,)), ([1], b"x"), ((1,), b"x"), ([1], (2,)), ((2,), [1]), (1.5, [1]), ([1], 1.5), ("a", 1.5), (None, (1,))]:
    try: a * b
    except TypeError as e: print(e)
