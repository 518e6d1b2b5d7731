# send(): a generator can receive values as well as produce them. The value of
# a `yield` expression is whatever the caller passes to send().

def running_average():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average      # pause here; resume with the sent value
        total += value
        count += 1
        average = total / count

avg = running_average()
next(avg)                 # "prime" it: run to the first yield
for x in [10, 20, 60]:
    print("sent", x, "-> average", avg.send(x))

# Sending a non-None value to a generator that has not started is an error,
# because there is no paused `yield` to receive it.
fresh = running_average()
try:
    fresh.send(5)
except TypeError as e:
    print("TypeError:", e)
