"""The intake workspace's table models pass pytest-qt's model tester; and the plain helpers the other intake test
files import (the fixtures are in ``conftest.py``).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from govdesk.domain.case import MaterialStatus
from govdesk.services.intake import IntakeService
from govdesk.ui.intake.materials import MaterialsModel
from govdesk.ui.intake.search import SearchResultModel

VALID_ID = "11010519491231002X"  # the GB 11643 example
SHOTS = Path("/tmp/h10/shots")


def shot(widget: QWidget, name: str) -> Path:
    """Save a screenshot of ``widget`` (looked at by hand while writing the tests)."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


# ---------------------------------------------------------------------------------------------- the models


def test_search_model_passes_the_model_tester(qtmodeltester: object, intake: IntakeService, qtbot: QtBot) -> None:
    from govdesk.ui.intake.search import _row_of_hit

    model = SearchResultModel()
    model.set_rows([_row_of_hit(h) for h in intake.search_items("")])
    assert model.rowCount() > 10
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DisplayRole)


def test_materials_model_passes_the_model_tester(qtmodeltester: object, intake: IntakeService) -> None:
    draft = intake.new_draft(["SCJG-01-005"])
    applicable = intake.preview(draft).assessment.applicable
    model = MaterialsModel()
    model.set_materials(applicable, draft.materials)
    model.cycle(0)
    model.mark_defective(2, "复印件不清晰")
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert draft.materials[applicable[0].code].status is MaterialStatus.RECEIVED
    shared_row = next(i for i, m in enumerate(applicable) if m.shared)
    model.cycle(shared_row)  # 免提交 is never asked: nothing changes
    assert applicable[shared_row].code not in draft.materials
    assert model.data(model.index(shared_row, 1)) == "免提交"
