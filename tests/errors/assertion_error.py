# failed assert with a message
def check_positive(x):
    assert x > 0, f"expected positive, got {x}"
    return x

check_positive(5)
check_positive(-2)
