# An error inside an async generator consumed by an async comprehension, uncaught.
async def agen():
    yield 1
    yield 1 / 0
async def main():
    return [x async for x in agen()]
main().send(None)
