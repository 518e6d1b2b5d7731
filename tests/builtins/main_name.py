# __name__ is '__main__' for the script
def main():
    print("main called")
    return 0
if __name__ == "__main__":
    main()
print(__name__)
import sys
print(type(sys.modules["__main__"]).__name__, "__main__" in sys.modules)
