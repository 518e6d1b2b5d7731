from dataclasses import dataclass, field, asdict, astuple, fields, replace, FrozenInstanceError, is_dataclass, InitVar
from typing import List, ClassVar

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, p == Point(1, 2), p != Point(2, 2), Point(5))
print(Point.__init__.__qualname__, Point.__doc__)
try:
    Point()
except TypeError as e:
    print(e)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = ()

v1, v2 = Version(1, 2), Version(1, 10)
print(v1 < v2, sorted([v2, v1]), hash(v1) == hash(Version(1, 2)))
try:
    v1.major = 3
except FrozenInstanceError as e:
    print('FrozenInstanceError', e)

@dataclass
class Inventory:
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    secret: str = field(default='s', compare=False)
    kind: ClassVar[str] = 'inv'

a, b = Inventory(), Inventory()
a.items.append('x')
print(a, b, a == b, Inventory.kind, [f.name for f in fields(a)])
print(Inventory(['q'], 3, 'z') == Inventory(['q'], 3, 'other'))

@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    def __post_init__(self):
        self.area = self.w * self.h
r = Rect(2, 3)
print(r, asdict(r), astuple(r))

