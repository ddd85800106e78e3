"""The Designer forms compiled by ``scripts/build_ui.py`` into ``govdesk.ui.generated``, checked once at start.

Pages import their ``Ui_*`` class statically (``from govdesk.ui.generated.ui_handoff import Ui_HandoffPage``), so
their ``self.ui`` is typed. The generated package is not in git: when it is missing (a fresh checkout where the
build step did not run), ``check_forms`` says what to run before any page is imported, instead of an ImportError
deep in a widget.
"""

from __future__ import annotations

import importlib.util

BUILD_HINT = "scripts/build_ui.py"

#: Every form in ``forms/`` (a test checks this list against the folder).
FORMS = (
    "comingsoon",
    "commitments",
    "handoff",
    "intake",
    "intake_applicant",
    "intake_decision",
    "intake_transfer",
    "login",
    "mainwindow",
)


class FormsMissingError(RuntimeError):
    """The compiled forms are missing; ``str()`` tells the clerk or developer what to run."""


def _found(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:  # its package is missing (a build step, not a service: said once at start)
        return False


def missing_forms() -> list[str]:
    """The generated modules that cannot be found."""
    if not _found("govdesk.ui.generated"):
        return [f"govdesk.ui.generated.ui_{form}" for form in FORMS]
    return [f"govdesk.ui.generated.ui_{form}" for form in FORMS if not _found(f"govdesk.ui.generated.ui_{form}")]


def check_forms() -> None:
    """Raise ``FormsMissingError`` naming what to run when any compiled form is missing."""
    missing = missing_forms()
    if missing:
        names = "、".join(missing)
        raise FormsMissingError(
            f"界面文件尚未编译（缺少 {names}）。请先运行：python {BUILD_HINT}\n"
            f"The compiled UI forms are missing ({', '.join(missing)}). Run: python {BUILD_HINT}"
        )
