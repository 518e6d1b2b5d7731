#!/usr/bin/env python3
# vim: set fileencoding=iso-8859-1 :
# the declaration may be on line 2 after a comment line
print("été", len("été"))
