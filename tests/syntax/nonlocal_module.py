print("x")
nonlocal x
