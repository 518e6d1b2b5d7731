# self-documenting f-string expressions (=)
x = 10
y = "hi"
print(f"{x=}")
print(f"{x = }")
print(f"{x*2=}")
print(f"{y=}")
print(f"{y=!s}")
print(f"{x=:5}|")
print(f"{3.14159=:.2f}")
print(f"{len(y)=} {x+1 = }")
