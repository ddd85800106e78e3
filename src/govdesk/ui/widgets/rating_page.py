"""The applicant's own 好差评 page (GB/T 39734-2020: the applicant rates, the staff do not interfere).

Large text and large buttons, for a screen turned to the applicant: five levels from 非常满意 to 非常不满意; a bad
rating asks what went wrong (tick one or more, or say it) before it is sent. Which rating is bad (``needs_reason``)
and whether a rating is complete (``check``) are the service's rules; this page only gathers the choice.

Signals: ``rated(int, list, str)`` — the rating (满意度 code, 1 = 非常满意), the reasons ticked, the comment.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from govdesk.ui.i18n import QT_TRANSLATE_NOOP

# The domain's rating words (``rating_label``, ``BAD_REASONS``), marked so the page shows them in the UI language;
# the Chinese original is what is recorded (tests/ui/test_rating.py checks both lists match the domain's).
RATING_WORDS = (
    QT_TRANSLATE_NOOP("ApplicantRatingPage", "非常满意"),
    QT_TRANSLATE_NOOP("ApplicantRatingPage", "满意"),
    QT_TRANSLATE_NOOP("ApplicantRatingPage", "基本满意"),
    QT_TRANSLATE_NOOP("ApplicantRatingPage", "不满意"),
    QT_TRANSLATE_NOOP("ApplicantRatingPage", "非常不满意"),
)
REASON_WORDS = (
    QT_TRANSLATE_NOOP("ApplicantRatingPage", "等候时间过长"),
    QT_TRANSLATE_NOOP("ApplicantRatingPage", "工作人员态度不好"),
    QT_TRANSLATE_NOOP("ApplicantRatingPage", "办事指南不清楚、一次告知不到位"),
    QT_TRANSLATE_NOOP("ApplicantRatingPage", "要求提交清单以外的材料"),
    QT_TRANSLATE_NOOP("ApplicantRatingPage", "超过承诺时限"),
    QT_TRANSLATE_NOOP("ApplicantRatingPage", "多次往返"),
    QT_TRANSLATE_NOOP("ApplicantRatingPage", "结果有错误"),
    QT_TRANSLATE_NOOP("ApplicantRatingPage", "其他"),
)
#: Colours of the five levels, from 非常满意 (green) to 非常不满意 (red).
LEVEL_COLOURS = ("#1b7a3a", "#4c9a2a", "#8a8a20", "#c06000", "#b00020")

#: Check what is still missing before a rating may be sent: (rating, comment, reasons) -> words or "".
Check = Callable[[int, str, Sequence[str]], str]
#: Whether a rating is a 差评 whose reasons are asked for (the service's rule: ``EvaluationService.needs_reason``).
NeedsReason = Callable[[int], bool]


def _words(text: str) -> str:
    return QCoreApplication.translate("ApplicantRatingPage", text)


class ApplicantRatingPage(QWidget):
    """See the module docstring."""

    rated = Signal(int, list, str)

    def __init__(self, check: Check, needs_reason: NeedsReason, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("applicantRatingPage")
        self._check = check
        self._needs_reason = needs_reason
        self._rating = 0
        big = QFont(self.font())
        big.setPointSizeF(self.font().pointSizeF() * 2.0)
        self.setFont(big)
        self.title = QLabel(self.tr("请您对本次服务作出评价"))
        title_font = QFont(big)
        title_font.setPointSizeF(big.pointSizeF() * 1.3)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subject = QLabel()
        self.subject.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subject.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._levels_page())
        self.stack.addWidget(self._reasons_page())
        self.stack.addWidget(self._thanks_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subject)
        layout.addWidget(self.stack, 1)

    # --- pages ---

    def _levels_page(self) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        fm = self.fontMetrics()
        self.level_buttons: list[QPushButton] = []
        for rating, (word, colour) in enumerate(zip(RATING_WORDS, LEVEL_COLOURS, strict=True), start=1):
            button = QPushButton(f"{rating}\n{_words(word)}")
            button.setObjectName(f"level{rating}")
            button.setMinimumSize(fm.averageCharWidth() * 12, fm.height() * 4)
            button.setStyleSheet(f"QPushButton {{ color: white; background: {colour}; border-radius: 8px; }}")
            button.setFont(self.font())  # a styled button does not take its parent's font
            button.clicked.connect(lambda _=False, r=rating: self.choose(r))
            row.addWidget(button)
            self.level_buttons.append(button)
        return page

    def _reasons_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.reasons_prompt = QLabel(self.tr("很抱歉给您带来不便。请告诉我们哪里做得不好（可多选）："))
        self.reasons_prompt.setWordWrap(True)
        layout.addWidget(self.reasons_prompt)
        grid = QGridLayout()
        self.reason_buttons: list[QPushButton] = []
        for i, reason in enumerate(REASON_WORDS):
            button = QPushButton(_words(reason))
            button.setCheckable(True)
            button.setProperty("reason", reason)  # the recorded reason stays the domain's Chinese
            button.setStyleSheet("QPushButton:checked { background: #ffd9d9; border: 2px solid #b00020; }")
            button.setFont(self.font())
            button.setMinimumHeight(self.fontMetrics().height() * 2)
            button.toggled.connect(lambda _on: self._show_problem(""))
            grid.addWidget(button, i // 2, i % 2)
            self.reason_buttons.append(button)
        layout.addLayout(grid)
        self.comment_edit = QLineEdit()
        self.comment_edit.setPlaceholderText(self.tr("您的意见（可不填）"))
        layout.addWidget(self.comment_edit)
        self.problem_label = QLabel()
        self.problem_label.setStyleSheet("color: #b00020;")
        self.problem_label.setWordWrap(True)
        layout.addWidget(self.problem_label)
        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.tr("返回重选"))
        self.back_button.clicked.connect(self.start)
        self.submit_button = QPushButton(self.tr("提交评价"))
        self.submit_button.clicked.connect(self.submit)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        layout.addLayout(buttons)
        return page

    def _thanks_page(self) -> QWidget:
        label = QLabel(self.tr("感谢您的评价！"))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    # --- what the applicant does ---

    def start(self, subject: str = "") -> None:
        """A new rating (``subject``: the case number and item, so the applicant knows what they rate)."""
        if isinstance(subject, str) and subject:
            self.subject.setText(subject)
        self._rating = 0
        for button in self.reason_buttons:
            button.setChecked(False)
        self.comment_edit.clear()
        self._show_problem("")
        self.stack.setCurrentIndex(0)

    def choose(self, rating: int) -> None:
        self._rating = rating
        if self._needs_reason(rating):
            self.stack.setCurrentIndex(1)
            self.comment_edit.setFocus()
        else:
            self.submit()

    def reasons(self) -> list[str]:
        return [str(b.property("reason")) for b in self.reason_buttons if b.isChecked()]

    def submit(self) -> None:
        problem = self._check(self._rating, self.comment_edit.text(), self.reasons())
        if problem:
            self._show_problem(problem)
            return
        self.stack.setCurrentIndex(2)
        self.rated.emit(self._rating, self.reasons(), self.comment_edit.text().strip())

    def _show_problem(self, text: str) -> None:
        self.problem_label.setText(text)
