# The last line of a traceback names the exception type by module and qualified name:
# Outer.Nested in __main__, nested_exc_mod.Outer.Nested from another module.
import traceback
import nested_exc_mod

class Outer:
    class Nested(Exception):
        pass

for exc in (Outer.Nested('main'), nested_exc_mod.Outer.Nested('mod'), nested_exc_mod.Plain('plain')):
    try:
        raise exc
    except Exception:
        print(traceback.format_exc().splitlines()[-1])

try:
    raise nested_exc_mod.Outer.Nested('cause')
except Exception as e:
    raise Outer.Nested('nested class') from e
