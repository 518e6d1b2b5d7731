# RecursionError through C code: CPython 3.11 counts, besides frames, some C calls
# (builtins taking one argument or *args, calling a class or a callable instance,
# sorted()'s call of list.sort, builtins at a call site's first runs). Where the limit
# is hit, and the message, follow from that.
def run(name, fn):
    global depth
    depth = 0
    try:
        fn()
    except RecursionError as e:
        print(name, depth, e)

def plain(n):
    global depth; depth += 1
    return plain(n)
run('plain', lambda: plain(1))

class Init:
    def __init__(self):
        global depth; depth += 1
        Init()
run('init', Init)

class Eq:
    def __eq__(self, o):
        global depth; depth += 1
        return self == o
run('eq', lambda: Eq() == Eq())

class SetAttr:
    def __setattr__(self, k, v):
        global depth; depth += 1
        self.x = v
run('setattr', lambda: setattr(SetAttr(), 'x', 1))

class Hash:
    def __hash__(self):
        global depth; depth += 1
        return hash(self)
run('hash', lambda: hash(Hash()))

class Call:
    def __call__(self):
        global depth; depth += 1
        return self()
run('call', lambda: Call()())

def maxkey(n):
    global depth; depth += 1
    return max([n], key=maxkey)
run('max key', lambda: maxkey(1))

def sortkey(n):
    global depth; depth += 1
    return sorted([n], key=lambda x: sortkey(x))
run('sorted key', lambda: sortkey(1))

class Len:
    def __len__(self):
        global depth; depth += 1
        return len(self)
run('len', lambda: len(Len()))

class GetItem:
    def __getitem__(self, i):
        global depth; depth += 1
        return self[i]
run('getitem', lambda: GetItem()[0])

class Next:
    def __iter__(self):
        return self
    def __next__(self):
        global depth; depth += 1
        return next(self)
run('next', lambda: next(Next()))

class GetAttr:
    def __getattr__(self, n):
        global depth; depth += 1
        return getattr(self, n)
run('getattr', lambda: GetAttr().x)

class Add:
    def __add__(self, o):
        global depth; depth += 1
        return self + o
run('add', lambda: Add() + 1)

def via_map(n):
    global depth; depth += 1
    return list(map(via_map, [n]))
run('map', lambda: via_map(1))
