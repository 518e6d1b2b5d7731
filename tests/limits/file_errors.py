# File errors: CPython's OSError subclasses, errno, strerror, filename and messages.
import posix as os   # (minipy has no os module yet; posix has what is used here)


def attempt(name, thunk):
    try:
        r = thunk()
    except OSError as e:
        print(name, type(e).__name__, e, '|', e.errno, e.strerror, repr(e.filename),
              isinstance(e, OSError), e.args)
    except (ValueError, LookupError) as e:
        print(name, type(e).__name__, e)
    else:
        print(name, 'ok', r)


attempt('read missing', lambda: open('no_such_file.txt'))
attempt('read missing rb', lambda: open('no_such_file.bin', 'rb'))
attempt('missing dir', lambda: open('no_such_dir/x.txt', 'w'))
os.mkdir('adir')
attempt('open dir', lambda: open('adir'))
attempt('open dir w', lambda: open('adir', 'w'))
attempt('open dir a', lambda: open('adir', 'a'))
attempt('open "."', lambda: open('.'))
attempt('exclusive', lambda: open('made.txt', 'x').close())
attempt('exclusive again', lambda: open('made.txt', 'x'))
attempt('file as dir', lambda: open('made.txt/inner'))
attempt('empty name', lambda: open(''))

f = open('made.txt', 'w')
f.write('hello\n')
f.close()
attempt('write closed', lambda: f.write('x'))
attempt('read closed', lambda: f.read())
attempt('flush closed', lambda: f.flush())
attempt('iter closed', lambda: next(iter(f)))
attempt('closed twice', lambda: f.close())
attempt('closed flag', lambda: f.closed)
attempt('with closed', lambda: f.__enter__())

g = open('made.txt')
attempt('write to reader', lambda: g.write('x'))
g.close()
h = open('made.txt', 'a')
attempt('read from writer', lambda: h.read())
h.close()
attempt('bad mode', lambda: open('made.txt', 'rw'))
attempt('bad mode z', lambda: open('made.txt', 'z'))
attempt('binary+encoding', lambda: open('made.txt', 'rb', encoding='utf-8'))
attempt('bad encoding', lambda: open('made.txt', encoding='no-such-codec'))

with open('made.txt', 'rb') as b:
    attempt('binary read', lambda: b.read())
attempt('remove missing', lambda: os.remove('no_such_file.txt'))
attempt('listdir missing', lambda: os.listdir('no_such_dir'))
attempt('rmdir nonempty', lambda: (open('adir/f', 'w').close(), os.rmdir('adir')))
attempt('mkdir exists', lambda: os.mkdir('adir'))

try:
    open('no_such_file.txt')
except FileNotFoundError as e:
    print('caught as FileNotFoundError', e.errno == 2)
try:
    open('adir')
except IsADirectoryError as e:
    print('caught as IsADirectoryError', e.filename)
print(issubclass(FileNotFoundError, OSError), issubclass(IsADirectoryError, OSError),
      IOError is OSError, EnvironmentError is OSError)
open('still_missing.txt')
