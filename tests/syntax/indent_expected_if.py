print("never printed: the file does not compile")
x = 1
if x > 0:
print("not indented")
