# iteration, enumerate, reversed, membership and copying semantics
a = [10, 20, 30]
for i, v in enumerate(a):
    a[i] = v + i
print(a)
print(list(reversed(a)), a[::-1], a)
b = a
c = a[:]
d = list(a)
a.append(40)
print(b, c, d, b is a, c is a)
nested = [[1], [2]]
shallow = nested.copy()
shallow[0].append(99)
print(nested)
total = 0
for x in [1, 2, 3, 4]:
    total += x
print(total, sum([1, 2, 3, 4]), max([3, 7, 2]), min([3, 7, 2]))
stack = []
stack.append(1); stack.append(2); stack.append(3)
print(stack.pop(), stack.pop(), stack)
queue = [1, 2, 3]
print(queue.pop(0), queue)
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
