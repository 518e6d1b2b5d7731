match x:
  case "
