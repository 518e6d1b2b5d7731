# A coroutine awaiting another, driven by hand with send(None) as an event loop would.
import types

@types.coroutine
def suspend(label):
    reply = yield label          # the value goes out to whoever called send()
    return reply

async def fetch(n):
    data = await suspend(f"need {n}")
    return data * n

async def main():
    a = await fetch(2)
    b = await fetch(3)
    print("main has", a, b)
    return a + b

c = main()
request = c.send(None)
while True:
    print("loop got", request)
    try:
        request = c.send(len(request))
    except StopIteration as e:
        print("result", e.value)
        break

async def failing():
    await suspend("about to fail")
    raise ValueError("boom")

async def guarded():
    try:
        await failing()
    except ValueError as e:
        print("guarded caught", repr(e))
        return "recovered"

g = guarded()
print(g.send(None))
try:
    g.send(None)
except StopIteration as e:
    print("result", e.value)

w = guarded()
print(w.send(None))
try:
    w.throw(KeyError("cancelled"))
except KeyError as e:
    print("KeyError out of the chain:", e)
w.close()
