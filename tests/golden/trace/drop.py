# A generator is closed when its last reference goes: `del`, the end of a scope, the
# frame that held it finishing (the pipeline's inner stage).
def stage1():
    try:
        for i in range(5):
            yield i
    except GeneratorExit:
        print("Stage 1 closing")

def stage2(source):
    try:
        for item in source:
            yield item * 2
    except GeneratorExit:
        print("Stage 2 closing")

pipeline = stage2(stage1())
print(next(pipeline))
print(next(pipeline))
pipeline.close()  # Both stages clean up

def ticker():
    try:
        yield "tick"
        yield "tock"
    finally:
        print("ticker finally")

t = ticker()
print(next(t))
del t

def use_once():
    local = ticker()
    print(next(local))
    print("leaving use_once")

use_once()
print("after use_once")

# A generator in a reference cycle (its frame holds the generator itself) is closed by
# the cycle collector, not by reference counting.
import gc

class Box:
    def __init__(self, item):
        self.item = item
    def __repr__(self):
        return "Box(...)"

def selfish():
    try:
        me = yield "ready"
        yield me is not None
    finally:
        print("selfish finally")

s = selfish()
print(next(s))
print(s.send(Box(s)))
del s
print("collecting")
gc.collect()
print("collected")
