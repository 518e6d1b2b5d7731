# assert with and without messages
assert True
assert 1 == 1, "not shown"
try:
    assert False
except AssertionError as e:
    print("caught", repr(e), e.args)
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print("caught", e)
try:
    x = 5
    assert x < 0, f"x is {x}"
except AssertionError as e:
    print("caught", e)
msgs = []
def msg():
    msgs.append("evaluated")
    return "m"
assert True, msg()
print(msgs)
try:
    assert [], msg()
except AssertionError as e:
    print(e, msgs)
