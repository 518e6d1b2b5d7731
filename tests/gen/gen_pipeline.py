# pipelines of generators
def read_lines():
    data = ["10", "x", "20", "", "30", "-5"]
    for line in data:
        yield line
def parse(lines):
    for line in lines:
        try:
            yield int(line)
        except ValueError:
            pass
def positive(nums):
    return (n for n in nums if n > 0)
def running_total(nums):
    total = 0
    for n in nums:
        total += n
        yield total
print(list(running_total(positive(parse(read_lines())))))
def chunks(seq, size):
    chunk = []
    for x in seq:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
print(list(chunks(range(7), 3)))
def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, 4], 5], [[6]]])))
total = sum(x * x for x in range(10) if x % 2)
print(total)
