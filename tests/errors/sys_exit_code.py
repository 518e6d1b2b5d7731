# sys.exit with an integer code: no traceback, that exit status
import sys
print("exiting with 3")
sys.exit(3)
print("never")
