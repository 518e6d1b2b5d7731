# chained comparisons, identity and membership
x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4, 3 > 2 > 1 > 0)
print(1 == 1.0, 1 != 1.0, 1 < 1.5, "a" < "b" < "c")
print(x == 5 == 5.0, 0 < x != 5)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(0) < v(3), calls)   # short-circuits: v(3) not called
calls.clear()
print(v(1) < v(2) < v(3), calls)
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, not a is c)
print(None is None, None == None, None is not None)
print(2 in [1, 2, 3], 4 not in [1, 2, 3], "ell" in "hello", "x" not in "hello")
print(1 in {1: "a"}, "a" in {1: "a"}, 3 in range(5), 3 in (1, 2))
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "b") > (1, "a"), () < (0,))
print("abc" < "abd", "Z" < "a", "" < "a", "apple" > "app")
print(1 < 2 == 2 > 1, (1 < 2) == True)
print(float("nan") == float("nan"), float("nan") != float("nan"))
