# attribute access and subscription chains
class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.next = nxt
n = Node(1, Node(2, Node(3)))
print(n.val, n.next.val, n.next.next.val, n.next.next.next)
data = {"users": [{"name": "ann", "tags": ["a", "b"]}, {"name": "bob", "tags": []}]}
print(data["users"][0]["tags"][-1], data["users"][1]["name"].upper())
m = [[1, 2], [3, 4]]
m[1][1] = 40
print(m, m[-1][-1])
print("abc".upper().lower().replace("b", "B")[1])
print([x * 2 for x in range(3)][1:][0])
f = lambda: [lambda: "deep"]
print(f()[0]())
