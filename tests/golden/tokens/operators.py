x = a + b - c * d / e // f % g ** h @ i
y = a << b >> c & d | e ^ ~f
z = a < b > c <= d >= e == f != g
a += 1; a -= 1; a *= 1; a /= 1; a //= 1; a %= 1; a **= 1; a @= m
a >>= 1; a <<= 1; a &= 1; a |= 1; a ^= 1
def f(x) -> int: ...
if (n := 10) > 5: pass
p = q[1:2, ::3]; r = {**s}; t = f(*u, **v); w.x
