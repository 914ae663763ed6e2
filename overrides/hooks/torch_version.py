"""Put the installed torch version into the footer, read at build time (never typed by hand)."""

from importlib.metadata import version


def on_config(config):
    config.extra["torch_version"] = version("torch")
    return config
