# An error deep in a generator pipeline consumed by sum(genexpr): the traceback through
# every generator frame, uncaught.
def numbers():
    for i in range(3):
        yield 10 // (2 - i)
def doubled(src):
    for n in src:
        yield n * 2
def total(src):
    return sum(x for x in src)
print(total(doubled(numbers())))
