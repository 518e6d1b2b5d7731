# conditional expressions and short-circuit used for control
def sign(x):
    return "pos" if x > 0 else "neg" if x < 0 else "zero"
print([sign(v) for v in (-2, 0, 2)])
calls = []
def t(name, val):
    calls.append(name)
    return val
r = t("a", 0) and t("b", 1)
print(r, calls)
calls.clear()
r = t("a", 0) or t("b", "") or t("c", "last")
print(r, calls)
calls.clear()
r = t("a", 1) and t("b", 2) and t("c", 3)
print(r, calls)
calls.clear()
print(t("x", True) if t("cond", False) else t("y", "else"), calls)
