# a five-frame traceback mixing functions, a lambda and a method
class Calc:
    def run(self, xs):
        return list(map(lambda x: self.inv(x), xs))

    def inv(self, x):
        return helper(x)

def helper(x):
    return 1 / x

def main():
    return Calc().run([1, 0])

main()
