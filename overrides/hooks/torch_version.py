"""Put the torch versions the outputs are proven on into the footer, never typed by hand: the
installed one (the build's venv, pinned in requirements.txt) and the second release that
`make torch-next` proves the pages on (requirements.txt's "also proven on" line)."""

import re
from importlib.metadata import version
from pathlib import Path

_ALSO = re.compile(r"^# also proven on: torch==(\S+)$", re.M)


def on_config(config):
    requirements = Path(config.config_file_path).parent / "requirements.txt"
    installed = version("torch").split("+")[0]
    others = [v for v in _ALSO.findall(requirements.read_text(encoding="utf-8")) if v != installed]
    config.extra["torch_version"] = installed
    config.extra["torch_versions"] = [installed, *others]
    return config
