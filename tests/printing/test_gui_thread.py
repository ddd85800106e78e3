"""A print job's Qt part runs on the GUI thread (``printing.gui.on_gui_thread``): a QTextDocument made on a worker
thread deadlocked the program in CI (the worker holding the GIL inside a PySide call waited for a Qt mutex the GUI
thread held while destroying a widget, and the GUI thread waited for the GIL)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from govdesk.domain.notices import NoticeKind
from govdesk.printing import gui
from govdesk.printing.errors import PrintError
from govdesk.printing.render import NoticeRenderer
from govdesk.printing.sample import sample_notice


def _in_worker(call: Any) -> dict[str, Any]:
    box: dict[str, Any] = {}

    def work() -> None:
        try:
            box["result"] = call()
        except BaseException as error:
            box["error"] = error

    thread = threading.Thread(target=work)
    thread.start()
    return {"thread": thread, "box": box}


def _wait(qtbot: QtBot, job: dict[str, Any]) -> dict[str, Any]:
    qtbot.waitUntil(lambda: not job["thread"].is_alive(), timeout=30_000)  # the GUI thread's loop runs meanwhile
    job["thread"].join()
    box: dict[str, Any] = job["box"]
    return box


def test_a_worker_s_call_runs_on_the_gui_thread_and_comes_back(qtbot: QtBot) -> None:
    gui.install_relay()
    box = _wait(qtbot, _in_worker(lambda: gui.on_gui_thread(threading.current_thread)))
    assert box["result"] is threading.main_thread()


def test_an_error_on_the_gui_thread_reaches_the_worker(qtbot: QtBot) -> None:
    def fails() -> None:
        raise PrintError("打印机缺纸")

    box = _wait(qtbot, _in_worker(lambda: gui.on_gui_thread(fails)))
    assert isinstance(box["error"], PrintError) and "缺纸" in str(box["error"])


def test_a_notice_rendered_from_a_worker_is_laid_out_on_the_gui_thread(
    qtbot: QtBot, renderer: NoticeRenderer, tmp_path: Path
) -> None:
    """The operations gateway renders notices on its store lane: the document is the GUI thread's all the same."""
    gui.install_relay()
    notice = sample_notice(NoticeKind.DEFICIENCY)
    built = _wait(qtbot, _in_worker(lambda: renderer.build(notice)))["result"]
    app = QCoreApplication.instance()
    assert app is not None and built.doc.thread() is app.thread()  # made there, not on the worker
    written = _wait(qtbot, _in_worker(lambda: renderer.render_pdf(notice, tmp_path / "n.pdf")))
    assert "error" not in written and (tmp_path / "n.pdf").stat().st_size > 1000


def test_a_closing_program_does_not_hang_a_waiting_worker(qtbot: QtBot) -> None:
    """While the gateway joins its workers (the window closing), a job waiting for the GUI thread gives up in words."""
    gui.install_relay()
    gui.closing.set()
    try:
        job = _in_worker(lambda: gui.on_gui_thread(lambda: None))
        job["thread"].join(10)  # the GUI thread does not run its loop here, as when it joins the workers
        assert not job["thread"].is_alive()
    finally:
        gui.closing.clear()
    assert isinstance(job["box"]["error"], gui.GuiThreadUnavailable)
    assert "未能生成文件" in str(job["box"]["error"])
