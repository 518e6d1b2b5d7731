# throw() on a generator delegating with `yield from` to an iterator with its own
# throw(): the arguments are passed on exactly as given, not as an instance.
class It:
    def __iter__(self): return self
    def __next__(self): return 1
    def throw(self, *a):
        print('It.throw', a)
        return 'v'
    def close(self):
        print('It.close')

def d():
    yield from It()

g = d(); next(g)
print(g.throw(ValueError))
print(g.throw(ValueError, 'x'))
print(g.throw(ValueError, ValueError('y'), None))
e = KeyError('inst')
print(g.throw(e))

# through a generator in the middle
def mid():
    yield from d()

g = mid(); next(g)
print(g.throw(TypeError))
g.close()

# the delegate raising StopIteration makes `yield from` return its value
class Stopper(It):
    def throw(self, *a):
        print('Stopper.throw', a)
        raise StopIteration('done')

def s():
    r = yield from Stopper()
    print('returned', r)
    yield 'after'

g = s(); next(g)
print(g.throw(IndexError))

# bad arguments are reported where the exception is made
def plain():
    yield 1
g = plain(); next(g)
try:
    g.throw(1)
except TypeError as e:
    print(e)
print(next(g, 'still suspended?'))
try:
    g.throw(ValueError, 1, 2)
except TypeError as e:
    print(e)
try:
    g.throw(ValueError('a'), 'b')
except TypeError as e:
    print(e)
