# import inside a function binds a local name
def use():
    import helper_mod
    from helper_mod import greet
    return greet("local"), "helper_mod" in locals()
print(use())
try:
    helper_mod
except NameError as e:
    print("not global:", e)
def again():
    import helper_mod
    return helper_mod.bump()
print(again(), again())
