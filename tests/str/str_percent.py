# printf-style % formatting
print("%s %r %d" % ("str", "str", 42))
print("[%5d] [%-5d] [%05d] [%+d] [% d]" % (42, 42, 42, 42, 42))
print("%.2f %8.3f %-8.1f| %e %.2E" % (3.14159, 2.71828, 1.5, 12345.678, 0.000123))
print("%x %X %o %#x %#o %c %c" % (255, 255, 8, 255, 8, 65, "z"))
print("100%% sure, %s" % "yes")
print("%(name)s is %(age)d years" % {"name": "Ann", "age": 30})
print("%s" % (1, ), "%s" % [1, 2], "%s-%s" % (None, True))
print("%r" % ("quote'd",), "%5s|%-5s|" % ("ab", "cd"), "%.2s" % "abcdef")
print("%d" % 3.99, "%i" % -7, "%s" % 3.5, "%g" % 0.0001, "%g" % 1e20)
print("%*d|%-*d|" % (5, 1, 4, 2), "%.*f" % (2, 3.14159))
try:
    "%d %d" % (1,)
except TypeError as e:
    print(e)
try:
    "%d" % (1, 2)
except TypeError as e:
    print(e)
try:
    "%d" % "x"
except TypeError as e:
    print(e)
