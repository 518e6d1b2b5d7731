# At exit the main module's namespace is collected as CPython does: a generator still
# suspended runs its finally block (and an object its __del__) with every global still
# bound (here the helper log() and the constant PREFIX). (Only one of each is left alive:
# the relative order of several exit-time finalizers differs between CPython 3.11 patch
# releases.)
PREFIX = 'log:'

def log(msg):
    print(PREFIX, msg)

def gen(n):
    try:
        yield n
    finally:
        log(f'gen {n} finally, helper still bound: {callable(log)}')

class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log(f'resource {self.name} freed')

g = gen(1); next(g)
g = gen(2); next(g)          # gen 1 closes here, at the rebinding
r = Resource('r1')
alias = r
r = None                     # still bound to alias: freed only at exit
print('end of program')
