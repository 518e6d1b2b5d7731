total = 1 + \
        2 + \
    3
if total and \
   total > 0:
    x = (1 +   # comment inside brackets
         2)
    y = [
        1,

        2,
    ]; z = {
  'k': 'v'}
# final comment without newline
