# for loops with else, break, continue, nested loops
for i in range(3):
    print(i)
else:
    print("done", i)
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)
else:
    print("never")
def is_prime(n):
    for d in range(2, n):
        if n % d == 0:
            return False
    else:
        return n >= 2
print([n for n in range(20) if is_prime(n)])
for x in []:
    print("never")
else:
    print("empty iterable else")
for i in range(3):
    for j in range(3):
        if j == i:
            break
        print(i, j)
    else:
        print("inner never completes without break?", i)
for ch in "abc":
    pass
print(ch)
for k in {"one": 1, "two": 2}:
    print(k)
