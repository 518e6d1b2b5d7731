# sys.exit raises SystemExit, which can be caught
import sys
for arg in [None, 0, 3, "message"]:
    try:
        if arg is None:
            sys.exit()
        sys.exit(arg)
    except SystemExit as e:
        print("SystemExit", repr(e.code), e.args)
try:
    raise SystemExit(7)
except SystemExit as e:
    print(e.code)
try:
    sys.exit(1)
except Exception:
    print("never: SystemExit is not an Exception")
except BaseException as e:
    print("caught by BaseException", type(e).__name__)
try:
    try:
        sys.exit(2)
    finally:
        print("finally runs during sys.exit")
except SystemExit as e:
    print("then caught outside", e.code)
