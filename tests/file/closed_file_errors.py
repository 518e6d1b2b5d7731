# Methods of closed files: CPython's messages differ between the text layer ("I/O
# operation on closed file."), the buffered layer ("read of closed file") and the raw one
# (no final stop); readable()/writable() of the wrong mode answer False without checking.
with open('cl.txt', 'w') as f:
    f.write('data\n')
for mode in ['r', 'w', 'r+', 'a', 'rb', 'wb', 'rb+', 'ab']:
    f = open('cl.txt', mode)
    f.close()
    out = []
    for m in ['readable', 'writable', 'seekable', 'fileno', 'isatty', 'tell', 'flush', 'read', 'readline',
              'readlines', 'write', 'writelines', 'seek', 'truncate', '__iter__', '__next__', '__enter__']:
        b = 'b' in mode
        a = ((b'x' if b else 'x',) if m == 'write' else ([b'x' if b else 'x'],) if m == 'writelines'
             else (0,) if m == 'seek' else ())
        try:
            r = getattr(f, m)(*a)
            out.append(f'{m}={r}')
        except Exception as e:
            out.append(f'{m}:{type(e).__name__}:{e}')
    print(mode)
    for o in out:
        print('   ', o)
for mode, m in [('w', 'read'), ('wb', 'read'), ('r', 'write'), ('rb', 'write'), ('wb', 'readline')]:
    with open('cl.txt', mode) as f:
        try:
            getattr(f, m)(*((b'x' if 'b' in mode else 'x',) if m == 'write' else ()))
        except Exception as e:
            print(mode, m, type(e).__name__, e)
