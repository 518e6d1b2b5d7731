# closures see the variable, not the value at creation time
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = [lambda: j for j in range(3)]
print([f() for f in funcs])
funcs = [lambda j=j: j for j in range(3)]
print([f() for f in funcs])
def outer():
    x = "before"
    def show():
        return x
    x = "after"
    return show
print(outer()())
def make():
    fs = []
    for k in range(3):
        def f(k=k):
            return k * 10
        fs.append(f)
    return fs
print([f() for f in make()])
def shared():
    v = 0
    def get():
        return v
    def set_(n):
        nonlocal v
        v = n
    return get, set_
get, set_ = shared()
set_(42)
print(get())
