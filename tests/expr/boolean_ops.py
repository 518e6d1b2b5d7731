# and / or / not return values
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default")
print("" and "x", "a" and "", [] or {}, [0] or [1])
print(not 1, not 0, not "", not "a")
print(0 or 0.0 or "" or None)
print(1 and "yes" or "no", 0 and "yes" or "no")
x = None
name = x or "anonymous"
print(name)
print(True + True, True * 10, False - 1)
print(bool(0), bool(-1), bool(0.0), bool("0"), bool([]), bool(()), bool({}), bool(None))
print(isinstance(True, int), True == 1, False == 0)
print(str(True), repr(False), int(True), float(False))
