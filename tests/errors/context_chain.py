# exception raised while handling another: "During handling of the above exception..."
def load(config):
    try:
        return config["port"]
    except KeyError:
        raise ValueError("port is not configured")

print("loading")
load({})
