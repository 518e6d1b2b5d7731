match x.y
