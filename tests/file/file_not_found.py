# FileNotFoundError message
try:
    open("missing.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e)
    print(e.errno, e.strerror, e.filename)
try:
    open("missing.txt", "r")
except OSError as e:
    print("caught as OSError:", type(e).__name__)
try:
    with open("no/such/dir/file.txt", "w") as f:
        pass
except FileNotFoundError as e:
    print(e)
