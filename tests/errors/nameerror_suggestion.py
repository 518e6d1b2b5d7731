# NameError with CPython 3.11's "Did you mean" suggestion
values = [1, 2, 3]
print(lenn(values))
