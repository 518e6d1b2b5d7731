x=1
match x:
    y = 2
