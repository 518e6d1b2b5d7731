def total(items, limit):
    s = 0
    for i, x in enumerate(items):
        if x > limit:
            break
        if x % 2 == 0 and i:
            continue
        s += x
    else:
        s = -s
    while s > 100:
        s //= 2
    return s
