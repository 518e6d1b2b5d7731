# finally interacting with return, break and continue
def f1():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(f1())
def f2():
    try:
        return "try"
    finally:
        return "finally wins"
print(f2())
def f3():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("finally", i)
    return i
print(f3())
def f4():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(f4())
def f5():
    x = 1
    try:
        return x
    finally:
        x = 2
print(f5())
def f6():
    while True:
        try:
            break
        finally:
            print("finally on break")
    return "after loop"
print(f6())
def f7():
    for i in range(2):
        try:
            try:
                return i
            finally:
                print("inner finally", i)
        finally:
            print("outer finally", i)
print(f7())
