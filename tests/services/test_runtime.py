"""The composition root on a temporary directory: an intake decided, its notice archived as a PDF with real text."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from govdesk.domain.assessment import Outcome
from govdesk.domain.case import Applicant, ApplicantKind, MaterialStatus
from govdesk.domain.clock import FixedClock
from govdesk.services.runtime import DEMO_CENTER_CODE, Runtime
from govdesk.services.settings import Settings


@pytest.fixture
def runtime(tmp_path: Path, clock: FixedClock) -> Runtime:
    rt = Runtime.open(tmp_path / "data" / "govdesk.sqlite", tmp_path / "data", Settings(), clock=clock)
    yield rt  # type: ignore[misc]
    rt.close()


def test_a_decided_intake_prints_an_archived_notice(runtime: Runtime, qapp: object) -> None:
    intake = runtime.intake
    draft = intake.new_draft(["SCJG-01-001"])
    draft.applicant = Applicant(ApplicantKind.PERSON, "赵敏", "111", "11010519491231002X", phone="13812345678")
    for m in intake.preview(draft).assessment.applicable:
        if m.required and not m.shared and m.code != "premises_proof":
            draft.set_material(m.code, m.name, MaterialStatus.RECEIVED, m.forms[0], m.copies)
    result = intake.decide(draft, Outcome.NOTIFY)
    assert result.case.case_no.startswith(DEMO_CENTER_CODE + "-S01-")

    (notice,) = result.notices
    rendered = runtime.notices.render_pdf(notice)
    assert rendered.path.parent == runtime.notices.archive_dir / result.case.case_no
    text = subprocess.run(["pdftotext", str(rendered.path), "-"], capture_output=True, text=True, check=True).stdout
    flat = "".join(text.split())
    assert result.case.case_no in flat
    assert "赵敏" in flat and "一次性告知" in flat
    assert "".join(intake.preview(draft).assessment.material("premises_proof").name.split()) in flat
    # a second rendering does not overwrite the first: the archive keeps every issued copy
    again = runtime.notices.render_pdf(notice)
    assert again.path != rendered.path and rendered.path.exists()
