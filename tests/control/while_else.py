# while loops with else, break and continue
i = 0
while i < 3:
    print("loop", i)
    i += 1
else:
    print("else runs when condition becomes false")
i = 0
while True:
    i += 1
    if i == 2:
        continue
    if i > 4:
        break
    print("body", i)
else:
    print("never: loop exited by break")
n = 0
while n < 0:
    print("never")
else:
    print("else runs even with zero iterations")
def find(seq, target):
    i = 0
    while i < len(seq):
        if seq[i] == target:
            break
        i += 1
    else:
        return -1
    return i
print(find([5, 6, 7], 7), find([5, 6, 7], 8))
