# NameError without a suggestion
def compute():
    return undefined_variable_qqq * 2

compute()
