# exception inside a list comprehension and a lambda
inverse = lambda x: 1 / x
values = [4, 2, 0, 1]
print([inverse(v) for v in values])
