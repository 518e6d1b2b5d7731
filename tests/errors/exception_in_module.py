# exception raised inside an imported module's function
import failing_mod
print("imported")
failing_mod.explode(3)
