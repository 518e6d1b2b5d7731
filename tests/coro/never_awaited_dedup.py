# The warning's registry key is the message and line: two different coroutines dropped on
# one line both warn, a repeat does not; at shutdown (sys:1) likewise.
async def f(): pass
async def g(): pass
def drop(a, b):
    pass
drop(f(), g())
drop(f(), g())
for i in range(3):
    f()
y = f()
z = g()
w = f()
raise SystemExit('exit 1 so that the stderr above is compared')
