# bytearray: a mutable bytes
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba.extend(b"ef")
print(ba, len(ba), ba[1], bytes(ba))
del ba[0]
print(ba, ba.decode(), ba == b"bcdef")
ba2 = bytearray(3)
print(ba2, bytearray([1, 2]) + b"\x03")
print(ba.pop(), ba, list(ba))
