"""Access to the Designer forms compiled by ``scripts/build_ui.py`` into ``govdesk.ui.generated``.

The generated package is not in git. When it is missing (a fresh checkout where the build step did not run),
start-up stops with a message that says what to run, instead of an ImportError deep in a widget.
"""

from __future__ import annotations

import importlib
from typing import Any

BUILD_HINT = "scripts/build_ui.py"


class FormsMissingError(RuntimeError):
    """The compiled forms are missing; ``str()`` tells the clerk or developer what to run."""


def form_class(form: str, class_name: str) -> Any:
    """The ``Ui_<Name>`` class compiled from ``forms/<form>.ui``."""
    module_name = f"govdesk.ui.generated.ui_{form}"
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name not in {module_name, "govdesk.ui.generated"}:
            raise
        raise FormsMissingError(
            f"界面文件尚未编译（缺少 {module_name}）。请先运行：python {BUILD_HINT}\n"
            f"The compiled UI forms are missing ({module_name}). Run: python {BUILD_HINT}"
        ) from exc
    return getattr(module, class_name)
