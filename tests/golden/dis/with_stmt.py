def copy(src, dst):
    with open(src) as fin, open(dst, "w") as fout:
        for line in fin:
            if not line:
                break
            fout.write(line)
    return True
