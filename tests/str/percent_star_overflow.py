# printf-style '*' width and precision too big for C: CPython's OverflowError messages.
for e in ["'%*d' % (2**70, 1)", "'%.*f' % (2**70, 1.0)", "'%*d' % (-2**70, 1)", "'%.*f' % (-2**70, 1.0)",
          "'%.*f' % (2**31, 1.0)", "'%*d' % ('a', 1)", "'%*d|' % (-5, 42)", "'%.*f' % (-3, 1.5)",
          "b'%*d' % (2**70, 1)", "b'%.*f' % (2**31, 1.0)", "'%*s|' % (True, 'x')"]:
    try:
        print(e, '->', repr(eval(e)))
    except (OverflowError, TypeError) as ex:
        print(e, '->', type(ex).__name__, ex)
