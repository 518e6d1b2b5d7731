# generators are lazy: output interleaves producer and consumer
def producer():
    for i in range(3):
        print("  produce", i)
        yield i
    print("  producer done")
print("create")
g = producer()
print("created, nothing produced yet")
for v in g:
    print("consume", v)
print("after loop")
def squares(src):
    for x in src:
        print("  square", x)
        yield x * x
pipeline = squares(producer())
print("first:", next(pipeline))
print("rest:", list(pipeline))
def body_runs_on_first_next():
    print("  body started")
    yield 1
b = body_runs_on_first_next()
print("before next")
print(next(b))
