# format() of complex numbers: the whole number padded as one, str()-like output without a
# type, and CPython's errors for zero padding, '=' and integer codes.
zs = [complex(-1, 2), 1j, complex(0.0, -0.0), complex(-0.0, 1), complex(1.5, -2.25), complex(1e20, 1e-7),
      complex(float('inf'), float('nan')), complex(1234567.891, -0.001), complex(-0.0001, 0.0)]
specs = ['', '+', '>12.4', '<20', '^20', '*^24', '.2f', '+.3e', ' g', '.0f', '10.3', ',.2f', '_.1f',
         'z.1f', '#.0f', '#g', 'E', 'F', 'G', 'n', '.3n', '-', ' ', '.1', '30', 'g', 'e', 'f']
for z in zs:
    for s in specs:
        try:
            print(repr(s), repr(format(z, s)))
        except ValueError as e:
            print(repr(s), 'ValueError', e)
for s in ['08.2f', '0>10', '=10', 'd', 'x', '%', 's', 'c', '010', '.2%']:
    try:
        print(format(1+2j, s))
    except ValueError as e:
        print(s, 'ValueError', e)
print(f'{1+2j:>15}|{3j:<8}|{-2+0j}|')
print(format(float('-inf'), 'z.1f'), format(-0.0, 'z.1f'), format(-0.04, 'z.1f'))
