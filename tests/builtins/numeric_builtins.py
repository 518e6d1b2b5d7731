# abs, round with ndigits, divmod, pow, chr, ord, hex, oct, bin
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-(10 ** 30)), abs(True))
print(round(3.14159, 2), round(3.14159, 0), round(3.5), round(4.5), round(-3.5), round(1234, -2), round(1250, -2))
print(round(0.5), round(1.5), round(2.5), round(2.675, 2), round(-0.45, 1), round(5, 2), type(round(5.0)).__name__)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(2 ** 70, 10 ** 10))
print(pow(2, 8), pow(2, 8, 5), pow(-2, 3), pow(2, -2), pow(2.5, 2), pow(3, 200, 1000), pow(5, -1, 7))
print(chr(65), chr(97), chr(8364), chr(0x1F600), ord("A"), ord("€"), ord("😀"), ord("\n"))
print(hex(255), hex(-1), oct(8), oct(-8), bin(5), bin(-5), bin(0), hex(0))
print(format(10, "b"), int("1010", 2), int(hex(3000), 16))
