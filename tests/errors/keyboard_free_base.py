# raising a BaseException subclass that is not an Exception
class Abort(BaseException):
    pass

print("before")
raise Abort("stopping")
