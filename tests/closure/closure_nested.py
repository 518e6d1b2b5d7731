# closures over multiple levels and cells shared between functions
def level1():
    a = 1
    def level2():
        b = 2
        def level3():
            return a + b
        return level3
    return level2
print(level1()()())
def make_pair():
    value = []
    def push(x):
        value.append(x)
    def peek():
        return value[-1] if value else None
    return push, peek
push, peek = make_pair()
print(peek())
push("a"); push("b")
print(peek())
def compose(*fns):
    def run(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return run
print(compose(str, lambda x: x * 2, abs)(-21))
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
print(level1.__closure__, type(level1()().__closure__).__name__, len(level1()().__closure__))
