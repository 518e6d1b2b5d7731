def f():
    x.y := 1
