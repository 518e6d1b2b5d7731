# failed assert without a message
x = 1
assert x == 2
