from dataclasses import dataclass, field, asdict, astuple, fields, replace, FrozenInstanceError, is_dataclass, InitVar
from typing import List, ClassVar

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
@dataclass
class Line:
    start: Point
    end: Point
    pts: list = field(default_factory=list)
ln = Line(Point(0, 0), Point(1, 1), [Point(2, 2)])
print(asdict(ln))
print(astuple(ln))
print(replace(p, y=9), p)
print(is_dataclass(p), is_dataclass(Point), is_dataclass(3))
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print('ValueError', e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print('TypeError', e)

@dataclass
class Base:
    a: int
    b: str = 'b'
@dataclass
class Child(Base):
    c: float = 1.5
print(Child(1), Child(1, 'x', 2.0))
print(hash(Point) is not None, Point.__hash__)

@dataclass
class WithInit:
    val: int
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.val *= scale
print(WithInit(3), WithInit(3, 10))

@dataclass(eq=False)
class NoEq:
    x: int
print(NoEq(1) == NoEq(1))
@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2
print(KW(a=1))
try:
    KW(1)
except TypeError as e:
    print('TypeError', e)
@dataclass
class Node:
    val: int
    nxt: 'Node' = None
n = Node(1); n.nxt = n
print(n)
