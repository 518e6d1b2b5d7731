# A coroutine never awaited prints CPython's RuntimeWarning (file:line, the source line,
# the tracemalloc hint) when it dies, once per message and line; closing it first is silent;
# at shutdown it reads sys:1.
import sys
async def f():
    print('never')
def main():
    c = f()
    print('in main')
main()
print('after main')
f()
print('after bare call')
x = f()
del x
print('after del')
def retc():
    return f()
retc()
print('after retc')
class A:
    async def m(self):
        pass
A().m()
def gen():
    c = f()
    yield 1
g = gen()
next(g)
del g
print('after gen')
l = [f(), f()]
l = None
print('end')
y = f()
c = f()
c.close()
print('closed coroutine: no warning')
raise SystemExit('exit 1 so that the stderr above is compared')
