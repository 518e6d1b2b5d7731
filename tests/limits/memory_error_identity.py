# Each MemoryError raised is its own object, as in CPython: one being handled keeps its
# traceback and context when another is raised.
try:
    bytearray(1 << 62)
except MemoryError as e:
    first = e
    tb1 = e.__traceback__
    try:
        [0] * (1 << 62)
    except MemoryError as e2:
        print(e2 is first, e2.__context__ is first, first.__traceback__ is tb1, tb1 is not None)
        second = e2
print(first is second, first.__context__, second.__context__ is first)
def f():
    return bytearray(1 << 62)
errs = []
for i in range(3):
    try:
        f()
    except MemoryError as e:
        errs.append(e)
print(len(set(map(id, errs))), [e.__traceback__.tb_next.tb_frame.f_code.co_name for e in errs])
