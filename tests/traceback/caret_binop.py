# 3.11 caret markers under a binary operation inside a longer line
a = 10
b = 0
result = 5 + a // b + 1
