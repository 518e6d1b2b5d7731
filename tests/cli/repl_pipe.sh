# The interactive loop fed by a pipe (-q -i): the same reading rules as at a terminal, prompts
# on stderr: a compound statement ends at an empty line, brackets and triple-quoted strings
# continue, errors (with their caret) do not end the session, `_` holds the last value.
set -u
cat > session.txt <<'PY'
def gen():
    yield 1
    yield 2

g = gen()
next(g)
next(g)
next(g)
_
1/0
print("still here")
1 +
if 1:
  pass
x = 1
for i in range(2):
    print(i)

"""abc
def"""
x = [1,
  2]
x
# a comment alone

@staticmethod
def f(): pass

type(f).__name__
exit
quit
await x
if x
for x in []:

class C:
    def m(self):
        return 3

    def n(self): pass
C().m()
if 1:
    x = 5
else:
    x = 6

x
if True: print("one line")

x = (1 +
2)
x
while False:
    pass
@staticmethod
def g(): pass
print("a new statement right after a decorated def")
try: y = 1
except E: pass

def h():
return 1
y = 1 + \
  2
y
print("end")
import sys; sys.exit(5)
print("not reached")
PY
$PY -q -i < session.txt 2>&1
echo "-> $?"
