# with closes the file even if the body raises; writelines; print to file
try:
    with open("out.txt", "w") as f:
        f.write("partial\n")
        raise RuntimeError("stop")
except RuntimeError as e:
    print("caught", e, "closed:", f.closed)
with open("out.txt") as f:
    print(repr(f.read()))
with open("out.txt", "w") as f:
    f.writelines(["a\n", "b\n"])
    print("printed", 1, 2, file=f)
    print("second", file=f, end="!\n")
with open("out.txt") as f:
    print(f.read().splitlines())
