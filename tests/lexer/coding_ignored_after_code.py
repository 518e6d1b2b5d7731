x = 1
# coding: latin-1
# a declaration on line 2 counts only after a blank or comment line 1: this file is UTF-8
print("é", len("é"))
