# append mode, overwrite, closed state, unicode content
f = open("data.txt", "w")
f.write("first\n")
print(f.closed)
f.close()
print(f.closed)
with open("data.txt", "a") as f:
    f.write("appended é日\n")
with open("data.txt") as f:
    print(f.read(), end="")
with open("data.txt", "w") as f:
    f.write("overwritten\n")
with open("data.txt", encoding="utf-8") as f:
    print(f.read(), end="")
with open("data.txt") as f:
    print(repr(f.read(4)), repr(f.read(3)), repr(f.read()), repr(f.read()))
try:
    f.read()
except ValueError as e:
    print(e)
