# custom exception hierarchies
class AppError(Exception):
    """Base error."""
class ConfigError(AppError):
    def __init__(self, key):
        super().__init__(f"bad config key: {key}")
        self.key = key
class NetworkError(AppError):
    pass
def fail(kind):
    if kind == "config":
        raise ConfigError("port")
    if kind == "net":
        raise NetworkError("timeout", 30)
    raise AppError("generic")
for kind in ("config", "net", "other"):
    try:
        fail(kind)
    except ConfigError as e:
        print("config:", e, e.key)
    except NetworkError as e:
        print("network:", e, e.args)
    except AppError as e:
        print("app:", e, AppError.__doc__)
print([c.__name__ for c in ConfigError.__mro__])
class Rich(Exception):
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __str__(self):
        return f"Rich({self.a}, {self.b})"
try:
    raise Rich(1, 2)
except Rich as e:
    print(e, e.args, repr(e))
