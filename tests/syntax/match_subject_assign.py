match x = 5
