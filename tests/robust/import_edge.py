# Imports that meet odd sys.modules entries.
import sys
sys.modules["robust_zz"] = None
try:
    import robust_zz
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from robust_zz import y
except ImportError as e:
    print(type(e).__name__, e, e.name)
class NoName:
    pass
class BadName:
    __name__ = 5
for obj in NoName(), BadName():
    sys.modules["robust_odd"] = obj
    try:
        from robust_odd import y
    except ImportError as e:
        print(type(e).__name__, e)
del sys.modules["robust_odd"], sys.modules["robust_zz"]
