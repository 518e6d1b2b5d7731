# close() and cleanup: a suspended generator holds a paused frame. Closing it
# raises GeneratorExit at the paused yield, so its `finally` blocks run. A
# generator that is simply dropped is closed the moment its last reference goes.

def numbers(label):
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print(f"{label}: cleanup runs")

g = numbers("explicit")
print(next(g), next(g))
g.close()                     # finally runs now
print("after close")

def take(n, it):
    for i, x in enumerate(it):
        if i == n:
            return            # stops pulling; the generator below is still suspended
        yield x

print(list(take(3, numbers("dropped"))))   # cleanup prints when the list is done
print("end")
