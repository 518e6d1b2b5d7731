# three chained exceptions: context, then cause
def step1():
    return {}["missing"]

def step2():
    try:
        step1()
    except KeyError:
        raise ValueError("step2 failed")

def step3():
    try:
        step2()
    except ValueError as e:
        raise RuntimeError("step3 failed") from e

step3()
