# raise ... from ...: "The above exception was the direct cause..."
class ConfigError(Exception):
    pass

def parse(text):
    try:
        return int(text)
    except ValueError as err:
        raise ConfigError(f"bad number: {text!r}") from err

parse("12x")
