# Dicts, sets, lists and deques changed by __eq__, __lt__, key functions and iteration.
import sys
def t(name, f):
    try:
        r = f()
        print(name, "ok", repr(r)[:60])
    except Exception as e:
        print(name, type(e).__name__, str(e)[:100])
class K:
    def __init__(s, h, act=None): s.h = h; s.act = act
    def __hash__(s): return s.h
    def __repr__(s): return "K(%d)" % s.h
    def __eq__(s, o):
        if s.act: s.act()
        return s is o
D = {}
def clr(): D.clear()
D[K(1)] = 1; D[K(2)] = 2
t("d-get", lambda: D.get(K(1, clr)))
D[K(1)] = 1
t("d-setdefault", lambda: D.setdefault(K(1, clr), 5))
D[K(1)] = 1
t("d-pop", lambda: D.pop(K(1, clr), 7))
D[K(1)] = 1
t("d-contains", lambda: K(1, clr) in D)
D[K(1)] = 1
t("d-del", lambda: D.__delitem__(K(1, clr)))
def grow():
    for i in range(100): D[K(i + 1000)] = i
D.clear(); D[K(1)] = 1
t("d-grow", lambda: D.get(K(1, grow)))
print(len(D))
A = {K(1): 1, K(2): 2}
B = {K(1, lambda: A.clear()): 1, K(2): 2}
t("d-eq", lambda: A == B)
S = {K(1), K(2)}
t("s-contains", lambda: K(1, lambda: S.clear()) in S)
S = {K(1), K(2)}
t("s-add", lambda: S.add(K(1, lambda: S.clear())))
S = {K(1), K(2)}
t("s-discard", lambda: S.discard(K(1, lambda: S.clear())))
S = {K(1), K(2)}
T = {K(1, lambda: S.clear()), K(2)}
t("s-and", lambda: S & T)
S = {K(1), K(2)}
t("s-sub", lambda: S - T)
S = {K(1), K(2)}
t("s-eq", lambda: S == T)
S = {K(1), K(2)}
t("s-issub", lambda: S <= T)
S = {K(1), K(2)}
def g2():
    for x in S: S.discard(x); S.add(K(99))
t("s-iter-swap", g2)
S = {K(i) for i in range(10)}
t("s-update", lambda: S.update(K(i, lambda: S.clear()) for i in range(10)))
L = [1, 2, 3]
def it():
    for i in range(5):
        L.clear(); yield i
t("l-setslice", lambda: L.__setitem__(slice(0, 2), it()))
L = [1, 2, 3]
t("l-extend-gen", lambda: L.extend(L.pop() for _ in range(2)))
L = [1, 2, 3]
def it2():
    for x in L: L.append(x); yield x
    
t("l-insert", lambda: L.insert(2**100, 1))
t("l-insert2", lambda: L.insert(-2**100, 1))
print(L)
t("l-pop", lambda: [].pop())
t("l-pop2", lambda: [1].pop(2**100))
class E:
    def __eq__(s, o):
        del L2[:]; return False
L2 = [E(), E(), E()]
t("l-eq", lambda: L2 == [E(), E(), E()])
L2 = [E(), E(), E()]
t("l-ne", lambda: L2 != [1, 2, 3])
L2 = [E(), E(), E()]
t("tup-eq", lambda: tuple(L2) == tuple([1, 2, 3]))
class Lt:
    def __init__(s, v): s.v = v
    def __lt__(s, o):
        L3.append(Lt(0)); return s.v < o.v
L3 = [Lt(i) for i in range(30)]
t("sort-grow", lambda: L3.sort())
print(len(L3) > 30)
L4 = [Lt(i) for i in range(30)]
def kf(x): raise ValueError("key")
t("sort-keyerr", lambda: L4.sort(key=kf))
print(len(L4))
class LtR:
    def __init__(s, v): s.v = v
    def __lt__(s, o): 
        if s.v == 7: raise KeyError("lt")
        return s.v < o.v
L5 = [LtR(i) for i in range(30, 0, -1)]
t("sort-lterr", lambda: L5.sort())
print(len(L5), sorted(x.v for x in L5) == list(range(1, 31)))
import heapq
H = [Lt(i) for i in range(10)]
t("heap", lambda: heapq.heappush(H, Lt(-1)))
from collections import deque
dq = deque([1, 2, 3])
def f():
    for x in dq: dq.append(x)
t("deque-iter", f)
dq = deque([E(), E()])
t("deque-rm", lambda: dq.remove(1))
t("deque-idx", lambda: deque([1]).index(2))
t("deque-rot", lambda: deque([1,2]).rotate(2**100))
d = {1: 1}
def f():
    for k in d: d.pop(k); d[k] = 1
t("d-iter-same-size", f)
d = {1: 1, 2: 2}
def f():
    for k, v in d.items(): d[k] = v + 1
t("d-iter-set", f); print(d)
d = {1: 1, 2: 2}
def f():
    for v in d.values(): d.clear(); d.update({5: 5, 6: 6})
t("d-values", f)
d = {1: 1, 2: 2}
def f():
    it = iter(d); next(it); d.clear(); return list(it)
t("d-clear-iter", f)
d = {1: 1, 2: 2}
def f():
    it = reversed(d); next(it); d[3] = 3; return list(it)
t("d-rev-iter", f)
