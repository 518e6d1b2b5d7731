# an exception with two arguments prints the args tuple
raise ValueError("bad value", 42)
