"""With a second screen attached, the applicant rates on it, full screen (GB/T 39734: facing the applicant, away
from the clerk). Qt's offscreen platform takes a screen layout from a file, so this runs in a process of its own."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SCRIPT = r"""
import json, sys
from PySide6.QtWidgets import QApplication, QWidget
from govdesk.services.evaluation import EvaluationService
from govdesk.ui.widgets.rating import ApplicantScreen

app = QApplication(sys.argv[:1])
clerk_screen = next(s for s in app.screens() if s.name() == "clerk")
clerk = QWidget()
clerk.setScreen(clerk_screen)
clerk.setGeometry(clerk_screen.geometry())
clerk.show()
screen = ApplicantScreen(clerk, lambda rating, comment, reasons: "", EvaluationService.needs_reason)
rated = []
screen.rated.connect(lambda *args: rated.append(list(args)))
screen.ask("case-1", "办件编号：41122101-S01-20261206-0007-R")
page = screen.page
app.processEvents()
page.grab().save(sys.argv[1])
page.level_buttons[1].click()
print(json.dumps({
    "where": screen.where(),
    "screen": page.screen().name(),
    "full": page.isFullScreen(),
    "geometry": [page.geometry().x(), page.geometry().width()],
    "rated": rated,
    "after": [page.isVisible(), page.stack.currentWidget().text()],
}, ensure_ascii=False))
"""


def test_the_rating_page_goes_full_screen_on_the_applicants_screen(tmp_path: Path) -> None:
    layout = tmp_path / "screens.json"
    screen = {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    layout.write_text(
        json.dumps(
            {
                "screens": [
                    {"name": "clerk", "x": 0, "y": 0, "width": 1366, "height": 768, **screen},
                    {"name": "applicant", "x": 1366, "y": 0, "width": 1280, "height": 800, **screen},
                ]
            }
        )
    )
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={layout}"}
    shot = Path(os.environ.get("GOVDESK_SCREENSHOTS", tmp_path)) / "rating-second-screen.png"
    shot.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(shot)], env=env, capture_output=True, text=True, timeout=60, check=True
    )
    answer = json.loads(done.stdout.strip().splitlines()[-1])
    assert answer["where"] == "面向申请人的评价屏"
    assert answer["screen"] == "applicant" and answer["full"] is True
    assert answer["geometry"] == [1366, 1280]
    assert answer["rated"] == [["case-1", 2, [], ""]] and answer["after"] == [True, "感谢您的评价！"]
    assert shot.exists()
