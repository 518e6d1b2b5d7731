# an exception in finally replaces the original, shown as context
def work():
    try:
        raise KeyError("original")
    finally:
        raise RuntimeError("cleanup failed")

work()
