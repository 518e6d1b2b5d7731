# single, double and triple quoted strings
a = 'single'
b = "double"
c = '''triple
single'''
d = """triple
double"""
print(a, b)
print(c)
print(d)
print('it"s', "it's")
print('''has ' and " inside''')
print("""has ''' inside""")
print('' == "", len(''), len(""""""))
e = """line1\
 continued"""
print(e)
print('a' 'b' "c" '''d''')
print(repr("""\n"""))
print(len('''
'''))
