# Lists, dicts and tuples that contain themselves, and mutation during basic operations.
def t(name, f):
    try:
        r = f()
        print(name, "ok", repr(r)[:80])
    except Exception as e:
        print(name, type(e).__name__, e)

# list mutated during sort
L = list(range(10))
def k(x):
    L.append(1); return x
t("sortkey", lambda: L.sort(key=k))
print(len(L) >= 0)
class C:
    def __init__(s, v): s.v = v
    def __lt__(s, o):
        L2.clear(); return s.v < o.v
L2 = [C(i) for i in range(20)]
t("sortlt", lambda: L2.sort())
L3 = [3,1,2]
def k3(x):
    L3.sort(); return x
t("sortnested", lambda: L3.sort(key=k3))
# dict mutated during iteration
d = {1:1, 2:2}
def f():
    for k in d: d[k+10] = 1
t("dictiter", f)
d = {1:1, 2:2}
def f():
    for k in d.items(): del d[1]
t("dictitems", f)
s = {1,2,3}
def f():
    for x in s: s.add(x+10)
t("setiter", f)
# key __eq__ mutating dict
class K:
    def __repr__(s): return "K()"
    def __hash__(s): return 1
    def __eq__(s, o):
        dd.clear(); return False
dd = {}
dd[K()] = 1
t("dictlookup", lambda: dd[K()])
dd = {K(): i for i in range(1)}
for i in range(5): 
    try: dd[K()] = i
    except Exception as e: print(type(e).__name__, e)
print(len(dd))
class E:
    def __repr__(s): return "E()"
    def __eq__(s, o):
        LL.clear(); return False
LL = [1,2,3,4]
t("index", lambda: LL.index(E()))
LL = [1,2,3,4]
t("count", lambda: LL.count(E()))
LL = [1,2,3,4]
t("remove", lambda: LL.remove(E()))
LL = [1,2,3,4]
t("contains", lambda: E() in LL)
LL = [1,2,3,4]
t("eqlist", lambda: LL == [E(), E(), E(), E()])
LL = [1,2,3,4]
t("ltlist", lambda: [E(), E(), E(), E()] < LL)
x = [1,2]; x.extend(x); print(x)
x = [1,2]; x += x; print(x)
x = [1,2]; x[:] = x; print(x)
x = [1,2]; x[1:1] = x; print(x)
d = {1:2}; d.update(d); print(d)
d = {1:2}; d |= d; print(d)
a = [1]; a.append(a); print(a, repr(a), str(a))
t("eqself", lambda: a == a)
b = [1]; b.append(b)
t("eqrec", lambda: a == b)
t("hash", lambda: hash(a))
d = {}; d[1] = d; print(d)
t0 = (a,); print(t0)
import copy
t("deepcopy", lambda: copy.deepcopy(a))
import json
t("json", lambda: json.dumps(a))
dd = {}; dd['x'] = dd
t("jsond", lambda: json.dumps(dd))
s = set(); print(s)
class R:
    def __repr__(s): return repr(s)
t("reprrec", lambda: repr(R()))
