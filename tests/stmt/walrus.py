# assignment expressions
data = [1, 2, 3, 4, 5]
if (n := len(data)) > 3:
    print("long list", n)
print(n)
values = iter([3, 1, 4, 0, 5])
while (v := next(values)) != 0:
    print("got", v)
squares = [y for x in range(6) if (y := x * x) % 2 == 0]
print(squares, y)
def f():
    total = 0
    [total := total + i for i in range(5)]
    return total
print(f())
print((z := 10) + z)
print([(w := i) for i in range(3)], w)
