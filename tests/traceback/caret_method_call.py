# carets under a method call chain
text = "a,b"
parts = text.split(",")
value = parts[0].upper().index("Z")
