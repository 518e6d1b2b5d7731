match x.y z
