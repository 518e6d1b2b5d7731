import timeit

t = timeit.timeit('x = sum(range(10))', number=100)
print(type(t).__name__, t >= 0)
t = timeit.timeit('y = x * 2', setup='x = 21', number=10)
print(t >= 0)

calls = []
def work():
    calls.append(1)
print(timeit.timeit(work, number=7) >= 0, len(calls))

r = timeit.repeat('pass', repeat=3, number=5)
print(type(r).__name__, len(r), all(v >= 0 for v in r))

timer = timeit.Timer('lst.append(1)', setup='lst = []')
print(timer.timeit(number=50) >= 0)
print(len(timer.repeat(repeat=2, number=3)))

state = {'n': 0}
def setup_fn():
    state['n'] += 100
timeit.Timer(work, setup=setup_fn).timeit(3)
print(state['n'], len(calls))

g = {'data': [3, 1, 2], 'out': []}
timeit.timeit('out.append(sorted(data))', number=4, globals=g)
print(g['out'])

def fake_clock():
    fake_clock.now += 0.25
    return fake_clock.now
fake_clock.now = 0.0
print(timeit.timeit('pass', timer=fake_clock, number=1000))

seen = []
n, took = timeit.Timer('pass', timer=fake_clock).autorange(lambda k, t: seen.append(k))
print(n, took, seen)

print(timeit.default_timer is not None, callable(timeit.default_timer))
a = timeit.default_timer(); b = timeit.default_timer()
print(b >= a)

for bad_stmt, bad_setup in [(5, 'pass'), ('pass', 5)]:
    try:
        timeit.Timer(bad_stmt, bad_setup)
    except ValueError as e:
        print("ValueError:", e)
try:
    timeit.Timer('x = (')
except SyntaxError as e:
    print("SyntaxError:", e.msg)
print(timeit.timeit('', number=3) >= 0, timeit.timeit('', setup='', number=1) >= 0)
print(timeit.timeit('for i in range(3):\n    pass\nz = 1', number=2) >= 0)
try:
    timeit.timeit('undefined_name', number=1)
except NameError as e:
    print("NameError:", e)
