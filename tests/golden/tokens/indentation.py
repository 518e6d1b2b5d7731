def outer(n):
    # a comment line at the block's indentation

    if n > 0:
        for i in range(n):
            if i % 2:
                print(i)
    # comment at a shallower level does not dedent
            else:
                pass
    return [1,
        2,
  3]


class A:
	def tabbed(self):
		return 1
x = 1
