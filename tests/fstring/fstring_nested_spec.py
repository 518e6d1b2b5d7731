# nested {} in format specs
width = 10
prec = 3
val = 3.14159265
print(f"[{val:{width}.{prec}f}]")
print(f"[{val:>{width}}]")
print(f"[{'x':{'*'}^{width}}]")
for w in range(3, 7):
    print(f"[{w:{w}}]")
align = "<"
print(f"[{'al':{align}{width}}]")
fmt = ".2e"
print(f"{val:{fmt}}")
print("[{:{}.{}f}]".format(val, width, prec))
rows = [("apple", 1.5), ("kiwi", 12.25), ("banana", 0.5)]
w = max(len(r[0]) for r in rows)
for name, price in rows:
    print(f"{name:<{w}} | {price:>{width}.2f}")
