import heapq

state = [12345]
def rand(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return state[0] % n

# Many ties (small value range) make the layout sensitive to the algorithm.
for trial in range(6):
    size = 5 + rand(40)
    data = [rand(7) for _ in range(size)]
    h = []
    for x in data:
        heapq.heappush(h, x)
    print('push', h)
    h2 = data[:]
    heapq.heapify(h2)
    print('heapify', h2)
    out = []
    while len(h2) > size // 2:
        out.append(heapq.heappop(h2))
    print('pop', out, h2)
    print('replace', heapq.heapreplace(h2, rand(7)), h2)
    print('pushpop', heapq.heappushpop(h2, rand(7)), heapq.heappushpop(h2, -1), h2)

# stability of layout with (priority, order) pairs and objects compared by key only
class Job:
    def __init__(self, pri, name):
        self.pri, self.name = pri, name
    def __lt__(self, other):
        return self.pri < other.pri
    def __repr__(self):
        return '%s%d' % (self.name, self.pri)
jobs = [Job(rand(3), chr(97 + i)) for i in range(15)]
h = []
for j in jobs:
    heapq.heappush(h, j)
print(h)
print([heapq.heappop(h) for _ in range(len(h))])
h = jobs[:]
heapq.heapify(h)
print(h)

big = [rand(1000) for _ in range(500)]
h = []
for x in big:
    heapq.heappush(h, x)
print(h[:20], h[-10:])
print([heapq.heappop(h) for _ in range(500)] == sorted(big))

print(heapq.nlargest(3, [5, 1, 8, 3, 9, 2]), heapq.nsmallest(3, [5, 1, 8, 3, 9, 2]))
words = ['bb', 'a', 'ccc', 'dd', 'e', 'fff']
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(2, words, key=len))
print(heapq.nlargest(1, words, key=len), heapq.nsmallest(1, []), heapq.nlargest(0, words), heapq.nlargest(10, words))
print(heapq.nsmallest(4, iter([3, 3, 1, 1, 2])), heapq.nlargest(-1, [1]))
pairs = [(1, 'x'), (0, 'y'), (1, 'z'), (0, 'w')]
print(heapq.nsmallest(3, pairs, key=lambda p: p[0]), heapq.nlargest(3, pairs, key=lambda p: p[0]))

print(list(heapq.merge([1, 3, 5], [2, 4, 6], [0, 7])))
print(list(heapq.merge([1, 1, 2], [1, 2, 2])))
print(list(heapq.merge()), list(heapq.merge([], [1]), ))
print(list(heapq.merge(['a1', 'b1'], ['a2', 'b2'], key=lambda s: s[0])))
print(list(heapq.merge([5, 3, 1], [6, 2], reverse=True)))
print(list(heapq.merge(['c1', 'a1'], ['c2', 'b2'], key=lambda s: s[0], reverse=True)))
m = heapq.merge(iter([1, 4]), iter([2, 3]))
print(next(m), next(m), list(m))

for bad in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1)]:
    try:
        bad()
    except IndexError as e:
        print("IndexError:", e)
for bad in [lambda: heapq.heappush((), 1), lambda: heapq.heapify('abc'), lambda: heapq.heappop(()),
            lambda: heapq.heapreplace((), 1), lambda: heapq.heappushpop((), 1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    heapq.heappush([1], 'a')
except TypeError as e:
    print("TypeError:", e)
print(heapq.heappushpop([], 5))

# a priority queue of tasks
pq = []
for pri, task in [(3, 'write'), (1, 'plan'), (2, 'code'), (1, 'coffee')]:
    heapq.heappush(pq, (pri, task))
while pq:
    print(heapq.heappop(pq))
