# Lazy pipelines: each stage is a generator that pulls one item at a time from
# the stage before it. Nothing runs until the consumer asks for a value, and
# only one item is "in flight" at once, so the prints interleave stage by stage.

def read_records(lines):
    for line in lines:
        print(f"  read    {line!r}")
        yield line

def parse(records):
    for rec in records:
        name, score = rec.split(",")
        yield name.strip(), int(score)

def passing(rows, threshold):
    for name, score in rows:
        if score >= threshold:
            print(f"  keep    {name}")
            yield name, score
        else:
            print(f"  drop    {name}")

data = ["ada, 91", "bob, 42", "cy, 77", "dee, 65"]

# Building the pipeline does no work at all: these are suspended frames.
stages = passing(parse(read_records(data)), 60)
print("pipeline built; nothing read yet")

# Pulling one value runs every stage just far enough to produce it.
print("first:", next(stages))

# The rest are pulled by the for loop, still one at a time.
for name, score in stages:
    print("got:", name, score)

# A generator expression is the same idea in one line; sum() is the consumer.
total = sum(score for _, score in parse(["x, 1", "y, 2", "z, 3"]))
print("total:", total)
