# A generator dropped while suspended is closed the moment its last reference goes:
# pipelines report inner stages after outer ones (Stage 2 closing, then Stage 1 closing).
def stage1():
    try:
        for i in range(5):
            yield i
    except GeneratorExit:
        print("Stage 1 closing")
    finally:
        print("Stage 1 finally")
def stage2(source):
    try:
        for item in source:
            yield item * 2
    except GeneratorExit:
        print("Stage 2 closing")
    finally:
        print("Stage 2 finally")
p = stage2(stage1())
print(next(p), next(p))
p = None
print('after drop')
p = stage2(stage1())
next(p)
del p
print('after del')
def consume():
    q = stage2(stage1())
    print('consume got', next(q))
    print('returning')
consume()
print('after consume')
def deleg():
    try:
        yield from stage2(stage1())
    finally:
        print('deleg finally')
d = deleg()
next(d)
d = 5
print('after deleg drop')
gens = [stage1() for _ in range(3)]
for g in gens: next(g)
gens.clear()
print('after clear')
src = stage1()
p = stage2(src)
next(p)
del p
print('src still alive, not closed:', next(src))
del src
print('end')
def g_return_in_finally():
    try:
        yield 1
    finally:
        return 'swallowed'
x = g_return_in_finally(); next(x); print(x.close())
x = g_return_in_finally(); next(x); del x; print('deleted silently')
def local_cycle():
    me = yield
    yield
x = local_cycle(); next(x); x.send(x)
print('cycle made')
