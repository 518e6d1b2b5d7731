# coding: latin-1
# a BOM says UTF-8: any other declaration is an error
print(1)
