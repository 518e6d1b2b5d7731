# binary mode
with open("bin.dat", "wb") as f:
    print(f.write(b"\x00\x01\xffabc"))
with open("bin.dat", "rb") as f:
    data = f.read()
print(data, len(data), data[2], type(data).__name__)
with open("text.txt", "w") as f:
    f.write("é\n")
with open("text.txt", "rb") as f:
    print(f.read())
