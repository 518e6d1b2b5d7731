# the sys module
import sys
print(sys.argv[0].endswith(".py"), len(sys.argv), type(sys.argv).__name__)
print(isinstance(sys.path, list), all(isinstance(p, str) for p in sys.path))
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
print(sys.version_info[0], sys.version_info >= (3, 11))
print("sys" in sys.modules, "__main__" in sys.modules, sys.modules["sys"] is sys)
print(hasattr(sys.stdout, "write"), hasattr(sys.stderr, "write"))
from sys import argv as args
print(args is sys.argv)
