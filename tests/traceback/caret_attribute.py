# caret markers for an attribute access on None
config = None
port = config.port + 1
