x=1
match x:
    case {'a': 1, 'b': 2, 'a': 3}: pass
