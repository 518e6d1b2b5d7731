# closures capturing variables; counters with nonlocal
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc(5)
print(get())
inc2, get2 = make_counter(100)
inc2()
print(get(), get2())
def make_adders():
    return [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in make_adders()])
def make_multiplier(m):
    def mul(x):
        return x * m
    return mul
double, triple = make_multiplier(2), make_multiplier(3)
print(double(7), triple(7))
def accumulator():
    items = []
    def add(x):
        items.append(x)
        return list(items)
    return add
acc = accumulator()
acc(1)
print(acc(2))
