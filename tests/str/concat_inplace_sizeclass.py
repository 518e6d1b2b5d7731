# Growing a short str in place with += must keep it within its allocation's size class:
# a str grown past its class and then filed by its new length into a bigger class's free
# list corrupted the heap when that block was reused (free(): invalid size at -O2).
def grow(i, k):
    s = str(i) + '-'
    s += 'y' * k
    s += 'z'
    return len(s)

def main():
    keep = []
    for k in range(1, 120):
        for i in range(40):
            keep.append(grow(i, k))
            t = ['w' * (k + j) + str(i) for j in range(6)]
            keep.append(t[i % 6])
    print(len(keep), sum(x if type(x) is int else len(x) for x in keep))
    print(keep[5], keep[-1][:10], len(keep[-1]))

main()
