# indentation with different widths and blank lines
def f(x):
  if x:
        return "deep"

  else:
   return "shallow"


print(f(1), f(0))
for i in range(2):
	print("tab indented", i)
class C:

    def m(self):


        return 42
print(C().m())
if True: print("one-liner if")
while False: pass
for i in range(3): print(i, end=" ")
print()
def g(): return "one-liner def"
print(g())
x = 1; y = 2; print(x + y)
