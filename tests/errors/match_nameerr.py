match 1:
    case Undefined.x:
        pass
