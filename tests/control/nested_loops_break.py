# breaking out of nested loops with flags and functions
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
found = None
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v == 5:
            found = (r, c)
            break
    if found:
        break
print(found)
def search(target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                return r, c
    return None
print(search(9), search(10))
total = 0
for i in range(4):
    j = 0
    while True:
        j += 1
        if j > i:
            break
        total += j
print(total)
