import sys

import warnings

class Capture:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
        return len(text)
    def flush(self):
        pass

def show_stderr(run):
    saved = sys.stderr
    sys.stderr = cap = Capture()
    try:
        run()
    finally:
        sys.stderr = saved
    text = ''.join(cap.parts).replace(__file__.rsplit("/", 1)[0] + "/", '')
    print(text, end='')

def careful():
    warnings.warn("careful")

def twice():
    careful()
    careful()

show_stderr(twice)
show_stderr(lambda: warnings.warn("dep", DeprecationWarning))
show_stderr(lambda: warnings.warn(RuntimeWarning("as instance")))

def deprecated_api():
    warnings.warn("old api", DeprecationWarning, stacklevel=2)

def caller():
    deprecated_api()

show_stderr(caller)
print(warnings.formatwarning("m", UserWarning, "nofile.py", 3), end='')

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    careful()
    careful()
    warnings.warn("pending", PendingDeprecationWarning)
    print(len(log), [str(w.message) for w in log], [w.category.__name__ for w in log])
    print(log[0].lineno, log[0].filename.rsplit("/", 1)[-1])

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error")
    except UserWarning as e:
        print('raised', type(e).__name__, e)
    try:
        warnings.warn("runtime", RuntimeWarning)
    except RuntimeWarning as e:
        print('raised', type(e).__name__, e)

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    show_stderr(lambda: warnings.warn("hidden"))
    print('nothing shown')

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="skip")
    warnings.filterwarnings("error", category=RuntimeWarning)
    warnings.warn("skip this one")
    warnings.warn("keep this one")
    try:
        warnings.warn("boom", RuntimeWarning)
    except RuntimeWarning:
        print('runtime became error')
    print([str(w.message) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("only once")
    print(len(log))

class MyWarning(UserWarning):
    pass
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("custom", MyWarning)
    print(log[0].category is MyWarning, issubclass(log[0].category, UserWarning))

try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print('AssertionError', e)
try:
    warnings.warn("x", int)
except TypeError as e:
    print('TypeError', e)
