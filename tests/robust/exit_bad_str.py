# sys.exit with an object whose __str__ raises: nothing but a newline on stderr, status 1.
import sys
class X:
    def __str__(self):
        raise ValueError("no str")
print("before")
sys.exit(X())
