# An error raised by an __await__ generator two awaits down, uncaught: the traceback
# through the coroutine chain.
class Fut:
    def __await__(self):
        yield
        return {}['missing']
async def leaf():
    return await Fut()
async def mid():
    return await leaf()
c = mid()
c.send(None)
c.send(None)
