# for loops, comprehensions and list() over generators; a generator driving another.
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    print("liftoff")

for k in countdown(2):
    print("k =", k)

print([x * x for x in countdown(2)])
print(list(countdown(1)))
print(sum(countdown(3)))

def evens(source):
    for v in source:
        if v % 2 == 0:
            yield v

def numbers():
    yield 1
    yield 2
    yield 3
    yield 4

for e in evens(numbers()):
    print("even", e)

def take(n, it):
    for v in it:
        if n == 0:
            return
        n -= 1
        yield v

print(list(take(2, numbers())))
