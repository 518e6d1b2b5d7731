# A sys.stdout with write() but no flush(): the final flush fails, is reported as ignored, and
# the exit status is 120, as CPython's.
import sys
class Writer:
    def __repr__(self): return "<Writer>"
    def __init__(self): self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
w = Writer()
sys.stdout = w
print("hello", 42)
sys.__stdout__.write("captured %r\n" % "".join(w.parts))
