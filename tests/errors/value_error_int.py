# int() of a bad string
raw = ["10", "20", "abc"]
nums = []
for r in raw:
    nums.append(int(r))
