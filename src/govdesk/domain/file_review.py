"""卷宗评查: a reproducible random sample of closed cases for file review, and what the reviewer found in each
(regulation 000 Art. 51: 卷宗评查; Art. 20: 留痕, 可追溯).

The sample is drawn from a seed the reviewers agree on (say "2026-11 第一组"): each case is ranked by the SHA-256 of
the seed and its id, and the first N are taken. A second reviewer with the same seed and the same closed cases draws
the same sample, whatever order the cases were listed in, on any PC; nobody can steer which files are read, and the
draw can be checked after.
"""

from __future__ import annotations

import enum
import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from govdesk.domain.events import Actor, JSONValue
from govdesk.domain.messages import ENUMERATION, Message, join, translate
from govdesk.domain.transitions import DomainError

UNKNOWN_ISSUES = translate("FileReview", "未知的问题类别：{issues}", "file_review.unknown_issues")
NEEDS_ISSUE = translate("FileReview", "基本合格或不合格的卷宗，请勾选问题或写明情况", "file_review.needs_issue")
NOTE_TOO_LONG = translate("FileReview", "说明不超过1000字", "file_review.note_too_long")
NO_SEED = translate(
    "FileReview",
    "请填写抽样种子（例如“2026年11月 第一组”），第二位评查人用同一种子可抽到同样的卷宗",
    "file_review.no_seed",
)
NO_SAMPLE_SIZE = translate("FileReview", "抽样数量应大于 0", "file_review.no_sample_size")
NOT_SAMPLED = translate("FileReview", "该办件不在本次抽样中", "file_review.not_sampled")
BAD_RECORD = translate("FileReview", "评查记录格式不正确", "file_review.bad_record")

#: What a reviewer commonly finds wrong in a file (the county's 评查 sheet, in words a reviewer ticks). The Chinese
#: words are what a finding records (data); the clerk reads them in their language (``issue_label``).
REVIEW_ISSUE_TEXTS = (
    translate("FileReview", "申请材料不齐全或与清单不符", "file_review.issue.materials"),
    translate("FileReview", "一次告知不到位（多次补正）", "file_review.issue.one_time_notice"),
    translate("FileReview", "超过承诺时限办结", "file_review.issue.late"),
    translate("FileReview", "受理、决定文书不规范或缺失", "file_review.issue.documents"),
    translate("FileReview", "签名、签章缺失", "file_review.issue.signatures"),
    translate("FileReview", "收费不符合规定", "file_review.issue.fees"),
    translate("FileReview", "送达记录缺失", "file_review.issue.delivery"),
    translate("FileReview", "其他", "file_review.issue.other"),
)
REVIEW_ISSUES: tuple[str, ...] = tuple(text.source for text in REVIEW_ISSUE_TEXTS)
_ISSUE_TEXTS = {text.source: text for text in REVIEW_ISSUE_TEXTS}
VERDICT_LABELS = {
    "good": translate("FileReview", "合格", "file_review.verdict.good"),
    "fair": translate("FileReview", "基本合格", "file_review.verdict.fair"),
    "poor": translate("FileReview", "不合格", "file_review.verdict.poor"),
}


def issue_label(issue: str) -> str:
    """A recorded issue in words the UI says in the clerk's language (an unknown one as it was recorded)."""
    text = _ISSUE_TEXTS.get(issue)
    return Message(text) if text is not None else issue


class FileReviewError(DomainError):
    """A sample or a finding cannot be made as asked; the message says what to fix."""


class Verdict(enum.Enum):
    GOOD = "good"  # 合格
    FAIR = "fair"  # 基本合格
    POOR = "poor"  # 不合格

    @property
    def label(self) -> str:
        return Message(VERDICT_LABELS[self.value])


def rank(seed: str, case_id: str) -> str:
    return hashlib.sha256(f"{seed}\x1f{case_id}".encode()).hexdigest()


def draw_sample(case_ids: Sequence[str], size: int, seed: str) -> tuple[str, ...]:
    """The ``size`` cases of ``case_ids`` ranked first under ``seed`` (all of them when fewer), in rank order."""
    if not seed.strip():
        raise FileReviewError(Message(NO_SEED))
    if size <= 0:
        raise FileReviewError(Message(NO_SAMPLE_SIZE))
    unique = sorted(set(case_ids))
    return tuple(sorted(unique, key=lambda cid: rank(seed.strip(), cid))[:size])


@dataclass(frozen=True, slots=True)
class ReviewFinding:
    case_id: str
    verdict: Verdict
    issues: tuple[str, ...] = ()
    note: str = ""

    def problems(self) -> tuple[str, ...]:
        out: list[str] = []
        unknown = [i for i in self.issues if i not in REVIEW_ISSUES]
        if unknown:
            out.append(Message(UNKNOWN_ISSUES, issues=join(unknown, ENUMERATION)))
        if self.verdict is not Verdict.GOOD and not self.issues and not self.note.strip():
            out.append(Message(NEEDS_ISSUE))
        if len(self.note) > 1000:
            out.append(Message(NOTE_TOO_LONG))
        return tuple(out)

    def to_json(self) -> dict[str, JSONValue]:
        return {"case_id": self.case_id, "verdict": self.verdict.value, "issues": list(self.issues), "note": self.note}

    @classmethod
    def from_json(cls, doc: Mapping[str, object]) -> ReviewFinding:
        issues = doc.get("issues", [])
        return cls(
            str(doc["case_id"]),
            Verdict(str(doc["verdict"])),
            tuple(str(i) for i in issues) if isinstance(issues, list) else (),
            str(doc.get("note", "")),
        )


@dataclass
class FileReview:
    """One reviewer's 评查 of a sample drawn from the cases closed in a period."""

    review_id: str
    reviewer: Actor
    seed: str
    period_from: date
    period_to: date
    sample: tuple[str, ...]
    started_at: datetime
    findings: dict[str, ReviewFinding] = field(default_factory=dict)

    def record(self, finding: ReviewFinding) -> None:
        if finding.case_id not in self.sample:
            raise FileReviewError(Message(NOT_SAMPLED))
        problems = finding.problems()
        if problems:
            raise FileReviewError(join(problems))
        self.findings[finding.case_id] = finding

    def remaining(self) -> tuple[str, ...]:
        return tuple(c for c in self.sample if c not in self.findings)

    def tally(self) -> dict[Verdict, int]:
        out = dict.fromkeys(Verdict, 0)
        for f in self.findings.values():
            out[f.verdict] += 1
        return out

    def to_json(self) -> dict[str, JSONValue]:
        return {
            "review_id": self.review_id,
            "reviewer": self.reviewer.to_json(),
            "seed": self.seed,
            "period_from": self.period_from.isoformat(),
            "period_to": self.period_to.isoformat(),
            "sample": list(self.sample),
            "started_at": self.started_at.isoformat(),
            "findings": [self.findings[c].to_json() for c in self.sample if c in self.findings],
        }

    @classmethod
    def from_json(cls, doc: Mapping[str, object]) -> FileReview:
        reviewer, sample, findings = doc["reviewer"], doc.get("sample", []), doc.get("findings", [])
        if not isinstance(reviewer, Mapping) or not isinstance(sample, list) or not isinstance(findings, list):
            raise FileReviewError(Message(BAD_RECORD))
        return cls(
            review_id=str(doc["review_id"]),
            reviewer=Actor.from_json(dict(reviewer)),
            seed=str(doc["seed"]),
            period_from=date.fromisoformat(str(doc["period_from"])),
            period_to=date.fromisoformat(str(doc["period_to"])),
            sample=tuple(str(c) for c in sample),
            started_at=datetime.fromisoformat(str(doc["started_at"])),
            findings={f.case_id: f for f in (ReviewFinding.from_json(d) for d in findings)},
        )
