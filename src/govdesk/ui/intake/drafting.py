"""The intake page's self-saving draft (split from ``page.py``): saved ~300 ms after the last change, a save error
shown in words with the typed text kept on screen, and the drafts left open offered at start (继续未完成的收件).

``DraftKeeping`` is the base class of ``IntakePage``; the page provides ``intake``, ``draft``, ``ui``,
``load_draft`` and ``say``.

Signals:
    draft_saved(str): the draft with this id was saved.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QWidget

from govdesk.services.drafts import IntakeDraft
from govdesk.services.errors import GovdeskError
from govdesk.services.intake import IntakeService
from govdesk.ui.generated.ui_intake import Ui_IntakePage
from govdesk.ui.i18n import say
from govdesk.ui.operations import operations_for

log = logging.getLogger(__name__)

SAVE_DELAY_MS = 300


# Strings are translated in the page's context "IntakePage" (as before the split; ``self.tr`` in a base class would
# not be, and lupdate needs the context as a literal).


class DraftKeeping(QWidget):
    """See the module docstring."""

    draft_saved = Signal(str)
    intake: IntakeService
    draft: IntakeDraft
    ui: Ui_IntakePage

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._touched = False
        self._offered: list[IntakeDraft] = []
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)

    # --- provided by the page ---

    def load_draft(self, draft: IntakeDraft) -> None:
        raise NotImplementedError

    def say(self, text: str, error: bool = False) -> None:
        raise NotImplementedError

    # ------------------------------------------------------------------ drafts

    def offer_drafts(self) -> None:
        """继续未完成的收件: list the drafts left open (a crash, the program closed mid-intake)."""

        def unreadable(error: GovdeskError) -> None:  # the store failed: say so, the page still works
            log.warning("could not list the open drafts: %s", error)
            self.say(
                QCoreApplication.translate("IntakePage", "未能读取未完成的收件：{error}").format(error=error),
                error=True,
            )

        found = operations_for(self).query(self, self.intake.open_drafts, failure=unreadable) or []
        drafts = [d for d in found if d.draft_id != self.draft.draft_id]
        self._offered = drafts
        combo = self.ui.draftsCombo
        combo.clear()
        for d in drafts:
            items = "、".join(self.intake.catalog.item(c).name for c in d.item_codes[:2] if self._known(c))
            resumed = (
                QCoreApplication.translate("IntakePage", "续办 {no} · ").format(no=d.resumed_case_no)
                if d.resumed_case_no
                else ""
            )
            combo.addItem(f"{resumed}{say(d.title)}　{items}", d.draft_id)
        self.ui.draftsFrame.setVisible(bool(drafts))

    def _known(self, code: str) -> bool:
        return any(it.code == code for it in self.intake.catalog.items)

    def continue_offered(self) -> None:
        i = self.ui.draftsCombo.currentIndex()
        if not 0 <= i < len(self._offered):
            return
        self.flush()
        draft = self._offered[i]
        self.load_draft(draft)
        self._touched = True
        self.offer_drafts()
        self.say(QCoreApplication.translate("IntakePage", "已恢复未完成的收件：{title}").format(title=say(draft.title)))

    def discard_offered(self) -> None:
        i = self.ui.draftsCombo.currentIndex()
        if 0 <= i < len(self._offered):
            draft_id = self._offered[i].draft_id
            operations_for(self).query(
                self,
                lambda: self.intake.discard_draft(draft_id),
                failure=lambda error: self.say(
                    QCoreApplication.translate("IntakePage", "放弃草稿失败：{error}").format(error=error), error=True
                ),
            )
            self.offer_drafts()

    def save_now(self) -> None:
        """Save the draft now (the debounce timer calls this; so do closing and switching drafts)."""
        self._save_timer.stop()
        if not self._touched:
            return
        failed: list[GovdeskError] = []
        # Inline, not in the background: leaving the page (hideEvent) must have saved before it goes.
        operations_for(self).query(self, lambda: self.intake.save_draft(self.draft), failure=failed.append)
        if failed:  # the store failed (disk full, locked...): the message is Chinese, says what
            log.warning("draft not saved: %s", failed[0])
            self.say(
                QCoreApplication.translate(
                    "IntakePage", "草稿未能保存：{error}。已输入的内容仍在屏幕上，修改后会再次尝试保存。"
                ).format(error=failed[0]),
                error=True,
            )
            self.ui.messageLabel.setProperty("saveError", True)
            return
        if self.ui.messageLabel.property("saveError"):
            self.say("")
        self.draft_saved.emit(self.draft.draft_id)

    def flush(self) -> None:
        if self._save_timer.isActive() or self._touched:
            self.save_now()

    def set_save_delay(self, ms: int) -> None:
        """How long after the last change the draft saves itself (``SAVE_DELAY_MS``; a test holds it longer)."""
        self._save_timer.setInterval(ms)

    def has_pending_save(self) -> bool:
        return bool(self._save_timer.isActive())

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the page (another workspace, the window locked or closed) saves what the debounce still held:
        the clerk's last 300 ms of typing would otherwise wait on a timer in a page nobody sees."""
        if self._save_timer.isActive():
            self.save_now()
        super().hideEvent(event)
