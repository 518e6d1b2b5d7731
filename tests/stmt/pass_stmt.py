# pass in all block kinds
def f():
    pass
class C:
    pass
for i in range(3):
    pass
while False:
    pass
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
print(f(), type(C()).__name__, i)
