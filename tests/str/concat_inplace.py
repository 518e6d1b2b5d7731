# s += t in a loop must be linear (the str is extended in place when nothing else holds it),
# and must never change a str that another name still refers to.
import time

def build(n):
    s = ""
    for i in range(n):
        s += "ab"
    return s

t0 = time.perf_counter()
big = build(300000)
elapsed = time.perf_counter() - t0
print(len(big), big[:6], big[-4:])
print("linear:", elapsed < 2.0)

# aliasing: the other name keeps its old value
def alias():
    s = "start"
    s += "-1"
    keep = s
    s += "-2"
    s += "é"
    return keep, s
print(alias())

# module level (STORE_NAME) and a closure variable (STORE_DEREF)
m = ""
for i in range(1000):
    m += str(i % 10)
m_copy = m
m += "!"
print(len(m), m[:12], m_copy[-3:], m[-3:])

def outer():
    acc = "<"
    def add(x):
        nonlocal acc
        acc += x
    for w in ["a", "bc", "déf", ""]:
        add(w)
    snapshot = acc
    add(">")
    return snapshot, acc
print(outer())

# the variable is not the left operand: no in-place trick may apply
def other():
    a = "x"
    b = "y"
    for i in range(3):
        b = a
        b += "z"
    return a, b
print(other())

# empty strings and non-ASCII
def mixed():
    s = ""
    s += ""
    s += "ü"
    s += ""
    s += "ß" * 3
    return s, len(s)
print(mixed())

# a str subclass stays out of the in-place path
class S(str):
    pass
def sub():
    s = S("q")
    s += "r"
    return type(s).__name__, s
print(sub())

# an error in the middle leaves things sane
def bad():
    s = "abc"
    try:
        s += 5
    except TypeError as e:
        print("TypeError:", e)
    return s
print(bad())
