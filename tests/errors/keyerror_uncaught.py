# uncaught KeyError: the last line shows the key's repr
prices = {"apple": 1.25, "pear": 0.8}
print(prices["apple"])
total = prices["apple"] + prices["banana"]
