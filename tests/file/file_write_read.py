# write a file in the current directory, then read it back
with open("test_output.txt", "w") as f:
    n = f.write("line one\n")
    print("wrote", n)
    f.write("line two\n")
    f.write("third")
with open("test_output.txt") as f:
    content = f.read()
print(repr(content))
with open("test_output.txt", "r") as f:
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(repr(f.readline()))
with open("test_output.txt") as f:
    print(f.readlines())
with open("test_output.txt") as f:
    for line in f:
        print("iter:", repr(line))
with open("test_output.txt") as f:
    print([line.rstrip("\n") for line in f])
