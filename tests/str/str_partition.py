# partition / rpartition
print("key=value=x".partition("="), "key=value=x".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"))
k, sep, v = "name: Ann".partition(": ")
print(k, repr(sep), v)
try:
    "abc".partition("")
except ValueError as e:
    print(e)
