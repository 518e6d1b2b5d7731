class M:
    x = 7
    def __call__(self, v): return v + 1
    def __getitem__(self, i): return i * 10
    def __mul__(self, o): return "mul"
    def __sub__(self, o): return "sub"
    def __neg__(self): return "neg"
match = M()
x = 2
print(match.x)
print(match(x))
print(match[x])
print(match * x)
print(match - x)
print(match (x))
print(match [x])
match: M = M()
print(type(match).__name__)
case: int = 5
print(case)
match, case = 1, 2
print(match, case)
print(match if match else case)
_ = 3
print(_)
def f(v):
    match (
        v
    ):
        case 1: return "one"
        case 2: return "two"
    match v if v > 5 else -v:
        case -3: return "minus three"
        case 8: return "eight"
    match not v:
        case True: return "falsy"
    match v, :
        case (9,): return "nine tuple"
    return "none"
for v in [1, 2, 3, 8, 0, 9, 10]:
    print(v, f(v))
if True:
    match x:
        case 2:
            case = "inner"
            match = "names again"
            print(case, match)
match x:
    case 1: pass
    case 2: print("consecutive 1")
match x:
    case 2: print("consecutive 2")
lst = [1, 2]
match lst:
    case [1, 2]: print("list literal")
async def co(v):
    match await g(v):
        case 1: return "awaited one"
class _A:
    def __init__(self, v): self.v = v
    def __await__(self):
        return self.v
        yield
def g(v): return _A(v)
c = co(1)
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
