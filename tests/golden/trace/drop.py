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
