# failing imports
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from helper_mod import does_not_exist
except ImportError as e:
    # the message ends with the module's file path in parentheses: leave it out
    print(type(e).__name__, str(e).split(" (")[0], e.name)
print(issubclass(ModuleNotFoundError, ImportError))
