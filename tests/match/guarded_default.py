x = 1
match x:
    case 1:
        pass
    case _ if x:
        print("guarded default")
match x:
    case 2:
        pass
    case _ if not x:
        pass
    case 1:
        print("after guarded wildcard")
x = 5
match x:
    # comment

    case 5:  # here
        print("five")
match {1: 2}:
    case {1: v}: print(v)
match "a" "b":
    case "ab": print("s")
