# formatting floats with format() and f-strings
x = 3.14159265
print(format(x, ".2f"), format(x, ".0f"), format(x, "10.3f"), format(x, "<10.1f") + "|")
print(format(x, "e"), format(x, ".3e"), format(12345.678, "E"), format(x, "g"), format(1e-10, "g"))
print(format(0.5, "%"), format(0.12345, ".1%"), format(1234567.891, ",.2f"), format(-x, "+.2f"))
print(format(1e20, "f"), format(1e20, "g"), format(1.0, "g"), format(100.0, ""))
print(format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"))
print(format(float("inf"), "f"), format(float("nan"), ".2f"), format(-0.0, ".1f"))
print(f"{x:08.3f}", f"{-x:08.3f}", f"{x:+08.2f}", f"{x:^12.4f}|")
print(str(1e16), str(1.0e-4), str(123e-20))
print("%.3f %10.2f %-10.1f| %e %g %G" % (x, x, x, x, 1e-7, 1e-7))
print("%5.1f%%" % 99.5)
