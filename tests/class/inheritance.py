# inheritance, overriding, super() in __init__ and other methods
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def describe(self):
        return f"{self.name} is an {self.kind}: {self.speak()}"
class Dog(Animal):
    kind = "dog"
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return f"{self.name} barks"
class Puppy(Dog):
    def speak(self):
        return super().speak() + " softly"
a, d, p = Animal("generic"), Dog("rex", "lab"), Puppy("bit", "pug")
for x in (a, d, p):
    print(x.describe())
print(p.breed, p.kind, Puppy.__bases__, Dog.__base__)
print(isinstance(p, Animal), issubclass(Puppy, Animal), issubclass(Animal, Dog), issubclass(Dog, Dog))
print(isinstance(d, (int, Dog)), issubclass(bool, (str, int)))
class Base:
    def __init__(self):
        self.log = ["Base"]
class Derived(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Derived")
print(Derived().log)
class NoInit(Base):
    pass
print(NoInit().log)
print([c.__name__ for c in Puppy.__mro__])
