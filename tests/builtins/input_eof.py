# input() at end of file raises EOFError (stdin is /dev/null)
try:
    line = input()
    print("read", repr(line))
except EOFError as e:
    print(type(e).__name__, e)
try:
    input("prompt> ")
except EOFError as e:
    print()
    print("EOFError again:", e)
import sys
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
