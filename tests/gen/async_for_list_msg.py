# `async for` over a non-async iterable names its type: a list display stays a list.
async def main():
    for it in ([1], (1,), {1: 2}, 'ab'):
        try:
            async for x in it:
                pass
        except TypeError as e:
            print(e)
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print(e)
    for x in [1, 2]:
        print('plain for', x)

c = main()
try:
    c.send(None)
except StopIteration:
    print('done')
