import sys
def run(code):
    try:
        code()
    except Exception as e:
        import traceback
        print(traceback.format_exc().replace(__file__, "FILE"), end="")
class O:
    attr = None
o = O()
d = {}
def t1(): return o.missing.x
def t2(): return d["nokey"] + 1
def t3(): return 1 / (len(d) - 0)
def t4(): return o.attr.upper()
def t5(): x = [1, 2]; return x[0] + x[5]
def t6(): return undefined_name
def t7():
    a = 1
    b = "s"
    return a + b
def t8(): return int("x") + 5
def t9(): return [1][2:][0]
def t10():
    l = [1]
    l[0] += "s"
def t11(): o.attr.append(1)
def t12(): return f(1)(2)
def t13():
    for x in 5: pass
def t14(): a, b = [1, 2, 3]
def t15(): raise ValueError("v")
def t16(): return {}.get(1)[0]
def t17():
    x = None
    x.y = 1
def t18():
    with 5: pass
def t19(): return -"s"
def t20(): return not_callable()
not_callable = 3
for t in (t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13, t14, t15, t16, t17, t18, t19, t20):
    run(t)
