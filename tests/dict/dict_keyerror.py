# KeyError messages and repr for various keys
d = {"present": 1}
for key in ["missing", 42, (1, 2), None, "it's", 3.5]:
    try:
        d[key]
    except KeyError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
try:
    del d["gone"]
except KeyError as e:
    print("del:", e)
class Default(dict):
    def __missing__(self, key):
        return f"default-{key}"
dd = Default(a=1)
print(dd["a"], dd["b"], dd)
