# comments and backslash continuation
x = 1 + \
    2 + \
    3
print(x)  # trailing comment
# a comment line
    # indented comment line is fine
if x == 6 and \
   x > 0:
    print("continued condition")
y = [1,  # comment inside brackets
     2,
     # comment line inside brackets
     3]
print(y)
s = "not # a comment"
print(s)
z = (
    10
    +
    20
)
print(z)
d = {
    'a': 1,
    'b': 2,
}
print(d)
def f(a,
      b):
    return a + b
print(f(1,
        2))
