"""The compiled forms: every Designer form is known to the start-up check, and a missing one is said in words."""

from __future__ import annotations

from pathlib import Path

import pytest

from govdesk.ui import forms
from govdesk.ui.forms import FORMS, FormsMissingError, check_forms, missing_forms

ROOT = Path(__file__).resolve().parents[2]


def test_every_form_in_the_forms_folder_is_checked_at_start() -> None:
    assert sorted(p.stem for p in (ROOT / "forms").glob("*.ui")) == sorted(FORMS)
    assert missing_forms() == []
    check_forms()  # all built: nothing said


def test_a_form_not_built_stops_the_start_with_what_to_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(forms, "FORMS", (*FORMS, "not_built_yet"))
    with pytest.raises(FormsMissingError) as caught:
        check_forms()
    message = str(caught.value)
    assert "govdesk.ui.generated.ui_not_built_yet" in message
    assert "python scripts/build_ui.py" in message and "界面文件尚未编译" in message


def test_generated_forms_are_typed_so_pages_are_checked() -> None:
    from govdesk.ui.generated import ui_login

    source = Path(ui_login.__file__).read_text(encoding="utf-8")
    assert "def setupUi(self, LoginDialog: Any) -> None:" in source
