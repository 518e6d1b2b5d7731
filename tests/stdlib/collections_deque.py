from collections import deque

d = deque()
print(d, len(d), bool(d))
d.append(1); d.append(2); d.appendleft(0); d.appendleft(-1)
print(d, len(d), d[0], d[-1], d[1], 2 in d, 5 in d)
print(d.pop(), d.popleft(), d)
d.extend([3, 4]); d.extendleft([9, 8])
print(d, list(d), list(reversed(d)))
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.rotate(0); d.rotate(len(d)); print(d)
d[0] = 'first'; print(d)
del d[1]; print(d)
print(d.index(3), d.count(3))
d.insert(1, 'ins'); print(d)
d.remove('ins'); print(d)
d.reverse(); print(d)
c = d.copy(); c.append('extra'); print(c, d)
d.clear(); print(d)
try:
    d.pop()
except IndexError as e:
    print("IndexError:", e)
try:
    d.popleft()
except IndexError as e:
    print("IndexError:", e)
try:
    deque([1])[5]
except IndexError as e:
    print("IndexError:", e)
try:
    deque([1]).remove(2)
except ValueError as e:
    print("ValueError:", e)
try:
    deque([1]).index(2)
except ValueError as e:
    print("ValueError:", e)

b = deque(range(5), maxlen=3)
print(b, b.maxlen)
b.append(5); print(b)
b.appendleft(1); print(b)
b.extend([7, 8]); print(b)
b.extendleft([0]); print(b)
try:
    b.insert(0, 1)
except IndexError as e:
    print("IndexError:", e)
z = deque([1, 2], maxlen=0); z.append(3); z.appendleft(4); print(z)
try:
    deque([], maxlen=-1)
except ValueError as e:
    print("ValueError:", e)

q = deque()
for i in range(1000):
    q.append(i)
total = 0
while q:
    total += q.popleft()
    if total % 7 == 0 and len(q) < 500:
        q.append(1)
print(total, len(q))

q = deque()
for i in range(300):
    q.appendleft(i)
print(q[0], q[-1], len(q), q[150])
for i in range(299):
    q.pop()
print(q)

print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1]) < deque([2]))
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 2 * deque('ab'))
e = deque([1]); e += [2, 3]; print(e)
e *= 2; print(e)
rec = deque([1]); rec.append(rec); print(rec)
print(deque('abc', 5), deque(maxlen=2))
class MyDeque(deque):
    pass
print(MyDeque([1, 2]), MyDeque([1], 4))
try:
    hash(deque())
except TypeError as e:
    print("TypeError:", e)
d = deque([1, 2, 3])
d.extend(d); print(d)
print([x * 2 for x in deque(range(4))], sum(deque([1, 2, 3])))
