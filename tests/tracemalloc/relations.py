# tracemalloc: relationships between the numbers, never exact byte counts.
import tracemalloc

print(tracemalloc.is_tracing())
print(tracemalloc.get_traced_memory())          # (0, 0) while not tracing

tracemalloc.start()
print(tracemalloc.is_tracing())
cur0, peak0 = tracemalloc.get_traced_memory()
print(peak0 >= cur0 >= 0)

data = list(range(100_000))
cur1, peak1 = tracemalloc.get_traced_memory()
print("list raises current by > 800000:", cur1 - cur0 > 100_000 * 8)
print("peak >= current:", peak1 >= cur1)

del data
cur2, peak2 = tracemalloc.get_traced_memory()
print("freeing lowers current:", cur2 < cur1)
print("peak remembers:", peak2 >= cur1)

tracemalloc.reset_peak()
cur3, peak3 = tracemalloc.get_traced_memory()
print("reset_peak brings peak near current:", peak3 < peak2 and peak3 >= cur3)

# a generator consumed lazily needs far less memory than a list of the same values
tracemalloc.reset_peak()
base, _ = tracemalloc.get_traced_memory()
total = sum(x * x for x in range(200_000))
_, gen_peak = tracemalloc.get_traced_memory()
tracemalloc.reset_peak()
squares = [x * x for x in range(200_000)]
_, list_peak = tracemalloc.get_traced_memory()
print("generator peak < list peak:", gen_peak - base < list_peak - base)
print(total == sum(squares))
del squares

# objects allocated before start() and freed while tracing do not make current negative
keep = [str(i) * 3 for i in range(1000)]
tracemalloc.stop()
tracemalloc.start()
del keep
cur, peak = tracemalloc.get_traced_memory()
print("untraced frees ignored:", cur >= 0 and peak >= cur)

tracemalloc.clear_traces()
print(tracemalloc.get_traced_memory()[0] < 100_000)
print(tracemalloc.get_tracemalloc_memory() > 0)

tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
tracemalloc.stop()                               # stopping twice is fine
junk = [0] * 50_000
print(tracemalloc.get_traced_memory())           # nothing counted once stopped

try:
    tracemalloc.start(0)
except ValueError as e:
    print("ValueError", e)
print(tracemalloc.is_tracing())
