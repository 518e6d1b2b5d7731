# case methods and character-class predicates
s = "hello World PYTHON 3x"
print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), sep=" | ")
print("they're bill's".title(), "o'neil mc-donald".title(), "ÉCOLE".casefold())
for t in ["123", "12.3", "abc", "abc123", "ABC", "abc ", " ", "", "\t\n", "Hello", "HELLO1", "日本", "é"]:
    print(repr(t), t.isdigit(), t.isalpha(), t.isalnum(), t.isspace(), t.isupper(), t.islower(),
          t.isdecimal(), t.isnumeric(), t.istitle(), t.isidentifier())
