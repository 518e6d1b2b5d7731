# Ten million small reference cycles, each dropped as soon as it is built: only the
# cycle collector can free them, so peak memory shows whether it keeps up.
class Node:
    def __init__(self, value):
        self.value = value
        self.other = None


def main():
    total = 0
    for i in range(10_000_000):
        k = i % 3
        if k == 0:
            a = Node(i)
            b = Node(i)
            a.other = b
            b.other = a
        elif k == 1:
            a = [i]
            a.append(a)
        else:
            a = {"i": i}
            a["self"] = a
        total += i
    print(total)


main()
