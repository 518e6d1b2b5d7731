# hex/oct/bin including big and negative ints
for n in (0, 1, 255, -255, 2 ** 64, -(2 ** 100), 10 ** 20):
    print(hex(n), oct(n), bin(n))
print(format(255, "x"), format(255, "X"), format(255, "#x"), format(255, "08b"))
print(format(2 ** 70, "x"), format(-(2 ** 70), "#o"))
print(int(hex(2 ** 100), 16) == 2 ** 100, int(bin(-77), 2))
