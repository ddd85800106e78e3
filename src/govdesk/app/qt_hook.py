"""PySide6's import hook made cheap (issue 15: start-up). Imported right after PySide6, before anything else."""

from __future__ import annotations

import sys


def quicken_pyside_import_hook() -> None:
    """PySide6 asks of every module imported after it whether its source says "PySide6" (``shibokensupport.feature``
    ``_mod_uses_pyside``, for its ``__feature__`` switches), through ``inspect.getsource``: about 0.1 s of CPU over the
    640 modules of a start (issue 15). And ``inspect`` first unwraps the module, asking its ``__getattr__`` for
    ``__wrapped__``: pydantic's imports a module of its own there, and while the keyring probe imported on its thread,
    pydantic's import failed now and then ("partially initialized module 'pydantic._internal._validators'", 2 starts
    in 37). The same question is asked here of the source itself: a ``.py`` file's bytes, else the module's loader
    (none: no source, False, as ``inspect`` found). Left as it is when PySide's internals are not as expected."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original) or getattr(original, "quick", False):
        return

    def mod_uses_pyside(module: object) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                return False
        loader = getattr(module, "__loader__", None)
        try:
            text = loader.get_source(getattr(module, "__name__", "")) if loader is not None else None
        except Exception:  # (as inspect: a module whose source cannot be had does not use PySide)
            return False
        return isinstance(text, str) and "PySide6" in text

    mod_uses_pyside.quick = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = mod_uses_pyside  # type: ignore[attr-defined]
