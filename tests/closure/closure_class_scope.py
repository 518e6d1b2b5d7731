# class bodies are not enclosing scopes for methods
x = "global"
class C:
    x = "class"
    def method(self):
        return x
    y = [x for _ in range(1)]       # comprehension does not see class x
    z = x                            # but the class body itself does
print(C().method(), C.y, C.z)
def f():
    v = "enclosing"
    class D:
        w = v
        def m(self):
            return v
    return D
D = f()
print(D.w, D().m())
