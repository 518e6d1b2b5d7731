# order of evaluation in assignments
log = []
def val(x):
    log.append(x)
    return x
class Rec:
    def __setitem__(self, k, v):
        log.append(("set", k, v))
r = Rec()
r[val("k1")] = r[val("k2")] = val("v")
print(log)
log.clear()
a = {}
a[val(1)], a[val(2)] = val("x"), val("y")
print(log, a)
log.clear()
print(val(1) + val(2) * val(3), log)
