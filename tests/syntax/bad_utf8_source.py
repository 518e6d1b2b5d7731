# The source is not valid UTF-8: CPython names the file, with no File/line header.
x = 1
y = "ÿ"
print(x)
