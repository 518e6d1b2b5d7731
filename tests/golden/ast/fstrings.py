name = "world"
a = f"hello {name}"
b = f"{name!r} {name!s} {name!a}"
c = f"{3.14159:.2f} {name:>{width}} {x:{w}.{p}}"
d = f"{{literal}} {name}"
e = f"{name=}"
f = f"{name = }"
g = f"{name=:>10}"
h = f"{name=!s}"
i = "plain " f"{name}" ' tail'
j = f'''multi
{name}
line'''
k = f"{f'{name}'}"
l = f"{'nested' + name}"
m = f""
n = rf"\n{name}\d"
o = f"{a['k']}" if False else f"{x[0]:{'>'}10}"
p = f"{ name }"
q = f"{x!r:^20}"
r = f"{(lambda: 1)()}"
s = f"\t{name}\n"
t = f"{name}" f"{name}"
