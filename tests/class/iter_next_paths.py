# for loops over classes whose __next__ is a plain function, one with a default, a
# closure, a builtin, or raises something other than StopIteration.

class Count:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n

class Dflt(Count):
    def __next__(self, step=2):
        if self.n <= 0:
            raise StopIteration
        self.n -= step
        return self.n

def make_closure_iter(limit):
    class It:
        def __init__(self):
            self.i = 0
        def __iter__(self):
            return self
        def __next__(self):
            if self.i >= limit:
                raise StopIteration()
            self.i += 1
            return self.i * limit
    return It()

class Bad(Count):
    def __next__(self):
        if self.n == 2:
            raise ValueError("two")
        return super().__next__()

class Locals(Count):
    def __next__(self):
        a = self.n
        b = a * 2
        if a <= 0:
            raise StopIteration
        self.n = a - 1
        return b

print(list(Count(4)), list(Dflt(7)), list(make_closure_iter(3)), list(Locals(3)))
total = 0
for v in Count(100):
    total += v
print(total)
try:
    for v in Bad(5):
        print("got", v)
except ValueError as e:
    print("ValueError:", e)
# nested loops over the same class
print([(a, b) for a in Count(2) for b in Count(2)])
