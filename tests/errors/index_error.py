# list index out of range inside a loop
items = ["a", "b", "c"]
for i in range(4):
    print(items[i])
