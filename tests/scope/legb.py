# LEGB: local, enclosing, global, builtin
len_result = len("abc")
def shadow_builtin():
    len = lambda s: "shadowed"
    return len("abc")
print(len_result, shadow_builtin(), len("abc"))
x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(outer())
def local():
    x = "local"
    return x
print(local(), x)
def reads_global():
    return x
print(reads_global())
def comprehension_scope():
    i = "outer i"
    lst = [i for i in range(3)]
    return i, lst
print(comprehension_scope())
for loop_var in range(3):
    pass
print(loop_var)
if True:
    block_var = "visible"
print(block_var)
print(__name__, __name__ == "__main__")
