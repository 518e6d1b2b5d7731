# A scheduler in a dozen lines: generators as tasks. Each task runs until its
# next `yield`, hands control back, and the scheduler resumes the next one.
# This is the idea underneath every event loop.

def task(name, steps):
    for i in range(steps):
        print(f"{name} step {i}")
        yield                      # give the other tasks a turn
    print(f"{name} done")

def run(tasks):
    queue = list(tasks)
    while queue:
        current = queue.pop(0)
        try:
            current.send(None)     # resume until its next yield
        except StopIteration:
            continue               # finished: do not reschedule
        queue.append(current)

run([task("A", 3), task("B", 1), task("C", 2)])
