def make_counter(start=0, *, step=1):
    count = start
    def bump():
        nonlocal count
        count += step
        return count
    return bump
squares = [n * n for n in range(5) if n]
