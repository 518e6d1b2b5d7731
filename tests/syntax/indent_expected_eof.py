if True:
    pass
else:

