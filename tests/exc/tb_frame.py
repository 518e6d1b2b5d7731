# tb.tb_frame: the frame each traceback entry is for (code name, line, locals while it runs).
import sys

def inner(n):
    secret = n * 2
    raise ValueError(secret)

def outer():
    inner(21)

try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_frame.f_lineno == tb.tb_lineno))
        tb = tb.tb_next
    print(names)
    print(e.__traceback__.tb_frame is sys._getframe())

def here():
    x = 'local value'
    try:
        1 / 0
    except ZeroDivisionError as e:
        fr = e.__traceback__.tb_frame
        print(fr.f_code.co_name, fr.f_locals['x'], fr is sys._getframe())

here()

# a generator's frame
def gen():
    yield 1
    raise KeyError('g')

g = gen()
next(g)
try:
    next(g)
except KeyError as e:
    print(e.__traceback__.tb_next.tb_frame.f_code.co_name)

# thrown into a generator that never started: the entry is at the def line
def fresh():
    yield 1

try:
    fresh().throw(IndexError)
except IndexError as e:
    t = e.__traceback__.tb_next
    print(t.tb_frame.f_code.co_name, t.tb_lineno, t.tb_lasti)
