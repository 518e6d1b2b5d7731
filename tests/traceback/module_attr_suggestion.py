# A missing module attribute gets a suggestion.
import sys
print(sys.argv is not None)
sys.argvv
