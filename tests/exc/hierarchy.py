# the built-in exception hierarchy
pairs = [
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (ArithmeticError, Exception), (Exception, BaseException),
    (KeyboardInterrupt, Exception), (KeyboardInterrupt, BaseException),
    (SystemExit, Exception), (SystemExit, BaseException), (GeneratorExit, Exception),
    (StopIteration, Exception), (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (UnboundLocalError, NameError), (FileNotFoundError, OSError), (IOError, OSError),
    (IndentationError, SyntaxError), (TabError, IndentationError), (ModuleNotFoundError, ImportError),
    (UnicodeDecodeError, ValueError), (AssertionError, Exception), (TypeError, ValueError),
    (EOFError, Exception), (AttributeError, Exception), (KeyError, IndexError), (bool, int),
]
for sub, sup in pairs:
    print(f"{sub.__name__:20} {sup.__name__:16} {issubclass(sub, sup)}")
print(IOError is OSError, EnvironmentError is OSError)
print([c.__name__ for c in KeyError.__mro__])
print([c.__name__ for c in FileNotFoundError.__mro__])
try:
    {}["k"]
except LookupError as e:
    print("caught as LookupError:", type(e).__name__)
print(isinstance(ValueError("x"), Exception), isinstance(SystemExit(), Exception))
