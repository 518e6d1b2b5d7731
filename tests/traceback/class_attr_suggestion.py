# A missing class attribute gets a suggestion.
class Config:
    verbose = True
    level = 2

print(Config.level)
Config.verbos
