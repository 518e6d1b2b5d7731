ints = [0, 7, 42, 1_000_000, 00, 0_0]
hexes = [0x0, 0xff, 0XAB_CD, 0o17, 0O7_7, 0b1010, 0B1_0]
floats = [1.0, 1., .5, 1e10, 1E-5, 1.5e+3, 1_0.0_1, 0777.0, 09.5e1]
imags = [1j, 2.5J, 1e3j, .5j, 0j]
attr = 1 .real
keyword_after = 1if 1else 0
