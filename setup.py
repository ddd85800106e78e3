"""The wheel carries what the program needs beyond its Python code (issue 15: ``pip install govdesk`` works without
the checkout): the Designer forms compiled to Python (``scripts/build_ui.py``), and, as package data under
``govdesk/_data/``, the shipped ``resources/`` (catalog, calendars, templates, icons, fonts' licences) and the
translations compiled from ``translations/*.ts`` (``pyside6-lrelease``). ``govdesk.resources`` finds them there; an
editable install and the tests use the checkout's folders. Everything else is in ``pyproject.toml``."""

from __future__ import annotations

import functools
import importlib.util
import shutil
import subprocess
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


@functools.cache
def _build_ui():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("govdesk_build_ui", ROOT / "scripts" / "build_ui.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildPy(build_py):  # type: ignore[misc]
    """build_py, then the shipped resources and the compiled translations into ``govdesk/_data``."""

    def run(self) -> None:
        super().run()
        data = Path(self.build_lib) / "govdesk" / "_data"
        shutil.copytree(ROOT / "resources", data / "resources", dirs_exist_ok=True)
        (data / "translations").mkdir(parents=True, exist_ok=True)
        lrelease = _build_ui()._tool("pyside6-lrelease")
        for ts in sorted((ROOT / "translations").glob("*.ts")):
            qm = data / "translations" / ts.with_suffix(".qm").name
            subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)


# The forms first: ``govdesk.ui.generated`` must exist when the packages are found.
if (ROOT / "forms").is_dir():
    _build_ui().build_forms()

setup(cmdclass={"build_py": BuildPy})
