# Recursion through class instantiation: CPython's limit is hit at the class call,
# hence "while calling a Python object".
class Node:
    def __init__(self, depth):
        self.child = Node(depth + 1)
Node(0)
