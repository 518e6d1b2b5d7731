# Integer results that would need gigabytes: minipy refuses them at once with MemoryError
# (results above 2**32 bits), as CPython does for `1 << 10**12`. CPython 3.11 itself starts
# computing 10**10**10 (a 4 GB number) and grinds for hours, so there is no CPython output to
# compare with: the expected output is minipy's own (tests/golden/noref). Modular powers and
# large but reasonable results still work.
for expr in ["10**10**10", "10**10**100", "7**(2**40)", "(10**1000)**(10**1000)",
             "pow(10, 10**10)", "(-3)**(2**45)", "10**10**10 % 7"]:
    try:
        eval(expr)
    except MemoryError as e:
        print(expr, "->", type(e).__name__)
print(pow(10, 10**10, 7), (10**10**6).bit_length(), ((-3)**(2**20)).bit_length())
try:
    x = [10**10**10]
finally:
    print("finally runs")
