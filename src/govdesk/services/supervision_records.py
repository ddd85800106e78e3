"""The supervisor's own work (issue 13): hall inspections (现场巡查), file reviews (卷宗评查) and the follow-up of bad
ratings (差评 回访核实、整改、反馈). Regulation 000 Art. 50–53; the rules are the domain's (``domain/inspection.py``,
``domain/file_review.py``, ``domain/rating_followup.py``).

Inspections and reviews are the supervisor's documents, kept on the PC (``store/supervision_records.py``) and sent to
the center after every sync round (``send_unsent``), an inspection's photos after it; the center's own checklist items
go both ways (``exchange_checklist``). The follow-up of bad ratings is ``supervision_followups.RatingFollowUps``'s
(this class inherits it). Each use case is one transaction and returns what changed.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from govdesk.domain.clock import CST
from govdesk.domain.evaluation import EVALUATED_KIND
from govdesk.domain.events import Role, new_id
from govdesk.domain.file_review import FileReview, FileReviewError, ReviewFinding, draw_sample
from govdesk.domain.inspection import (
    STANDARD_ITEMS,
    Checklist,
    ChecklistItem,
    Finding,
    Inspection,
    InspectionError,
    center_items,
)
from govdesk.domain.messages import Message, said, translate
from govdesk.printing.inspection_pdf import render_inspection_pdf
from govdesk.protocol.records import CHECKLIST_OUTDATED, MAX_CENTER_ITEMS, CenterChecklist, CenterItem
from govdesk.services.attachments import REFUSED_DIR, TAKEN_DIR, finished_file, move_file
from govdesk.services.changes import ChangeKind, Changes
from govdesk.services.supervision_common import SUPERVISING, RecordsBase, Saved, SendReport, SupervisionError
from govdesk.services.supervision_followups import FOLLOW_UP_LIMITS_KEY, RatingFollowUps
from govdesk.store import file_crypto
from govdesk.store import supervision_records as records
from govdesk.store.errors import StoreError
from govdesk.store.messages import KEPT_FILE_DAMAGED
from govdesk.store.unit import Unit

log = logging.getLogger(__name__)

PHOTO_MISSING = translate(
    "SupervisionService",
    "本机缺少照片文件（{digest}…），巡查记录已送达中心，照片未能上传",
    "services.supervision_records.photo_missing",
)
PHOTO_UNREADABLE = translate(
    "SupervisionService",
    "本机照片文件（{digest}…）无法读取：{error}；巡查记录已送达中心，照片未能上传",
    "services.supervision_records.photo_unreadable",
)
PHOTO_REFUSED = translate(
    "SupervisionService",
    "照片未被中心接收：{words}",
    "services.supervision_records.photo_refused",
)

ADMIN_ONLY_ITEMS = translate(
    "SupervisionService",
    "只有管理员可以修改本中心的检查项",
    "services.supervision_records.admin_only_items",
)
TOO_MANY_ITEMS = translate(
    "SupervisionService",
    "本中心检查项最多 {limit} 项",
    "services.supervision_records.too_many_items",
)
ITEM_TOO_LONG = translate(
    "SupervisionService",
    "检查项“{item}”：类别不超过16字，内容不超过200字",
    "services.supervision_records.item_too_long",
)
PHOTO_TYPE = translate("SupervisionService", "照片只接受 JPEG 或 PNG 文件", "services.supervision_records.photo_type")
PHOTO_TOO_LARGE = translate(
    "SupervisionService",
    "照片超过 {limit} MB，请压缩后再附",
    "services.supervision_records.photo_too_large",
)
PHOTO_NOT_SAVED = translate(
    "SupervisionService",
    "照片未能保存（{error}）：请检查磁盘空间后重试",
    "services.supervision_records.photo_not_saved",
)
CANNOT_READ_PHOTO = translate(
    "SupervisionService",
    "无法读取照片 {name}：{error}",
    "services.supervision_records.cannot_read_photo",
)
CHOOSE_VERDICT_FIRST = translate(
    "SupervisionService",
    "请先选择该项合格或不合格，再附照片",
    "services.supervision_records.choose_verdict_first",
)
NO_CAMERA_FOLDER = translate(
    "SupervisionService",
    "未找到相机或高拍仪的输出文件夹 {folder}（{error}）：请接好设备，或从文件选择照片",
    "services.supervision_records.no_camera_folder",
)
NO_NEW_PHOTO = translate(
    "SupervisionService",
    "相机或高拍仪还没有拍出照片（{folder} 中没有新照片）；拍照后再点一次",
    "services.supervision_records.no_new_photo",
)
END_BEFORE_START = translate(
    "SupervisionService",
    "结束日期早于开始日期",
    "services.supervision_records.end_before_start",
)
NO_FINISHED_CASES = translate(
    "SupervisionService",
    "{start} 至 {end} 本机没有已办结的办件可供评查",
    "services.supervision_records.no_finished_cases",
)

CENTER_ITEMS_KEY = "inspection.center_items"
CENTER_ITEMS_VERSION_KEY = "inspection.center_items.version"  # the center's version this PC has (or will publish)
CENTER_ITEMS_PENDING_KEY = "inspection.center_items.pending"  # "1": an admin's edit not yet published
CENTER_ITEMS_REFUSED_KEY = "inspection.center_items.refused"  # the center's words for an edit it did not take
CENTER_ITEMS_CENTER_KEY = "inspection.center_items.center"  # the center's version while a refused edit is held
PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png")
MAX_PHOTO_BYTES = 10 * 1024 * 1024


class SupervisionRecords(RatingFollowUps):
    """See the module docstring. ``window`` is the logged-in supervisor (or admin); the follow-up of bad ratings
    is ``RatingFollowUps``'s."""

    # ------------------------------------------------------------------ 现场巡查

    def checklist(self) -> Checklist:
        """The standard's items and this center's own (kept by an admin)."""
        raw = self.store.get_meta(CENTER_ITEMS_KEY)
        try:
            return Checklist.with_center_items(center_items(json.loads(raw))) if raw else Checklist()
        except (ValueError, KeyError, InspectionError):  # a damaged list must not stop an inspection
            return Checklist()

    def center_items(self) -> tuple[ChecklistItem, ...]:
        """This center's own items as this PC has them (an admin's edit, or the center's newest version)."""
        return self.checklist().items[len(STANDARD_ITEMS) :]

    def set_center_items(self, items: Sequence[ChecklistItem]) -> Changes:
        """An admin keeps the center's own checklist items (validated against the standard's); they are published to
        the center after the next sync round and reach every supervisor's PC of the center from there."""
        if self.window.actor.role is not Role.ADMIN:
            raise SupervisionError(Message(ADMIN_ONLY_ITEMS))
        try:
            Checklist.with_center_items(items)
        except InspectionError as error:
            raise SupervisionError(said(error)) from error
        if len(items) > MAX_CENTER_ITEMS:
            raise SupervisionError(Message(TOO_MANY_ITEMS, limit=MAX_CENTER_ITEMS))
        for item in items:  # the center's bounds (``protocol.records.CenterItem``), said before anything is kept
            if len(item.area.strip()) > 16 or len(item.text.strip()) > 200:
                raise SupervisionError(Message(ITEM_TOO_LONG, item=item.text[:20]))
        version = int(self.store.get_meta(CENTER_ITEMS_VERSION_KEY) or 0) + 1
        with self.store.unit() as uow:
            uow.set_meta(CENTER_ITEMS_KEY, json.dumps([i.to_json() for i in items], ensure_ascii=False))
            uow.set_meta(CENTER_ITEMS_VERSION_KEY, str(version))
            uow.set_meta(CENTER_ITEMS_PENDING_KEY, "1")
            uow.set_meta(CENTER_ITEMS_REFUSED_KEY, "")  # a new edit is sent again, whatever was refused before
        return Changes.of(ChangeKind.SUPERVISION)

    def checklist_refusal(self) -> str:
        """The center's words, in Chinese, when it refused this PC's edit of the center's own items for a reason
        other than another admin's newer version ("" when none is held): the edit is kept on this PC, and not sent
        again, until the admin sends it again (``resend_center_items``), edits it, or discards it
        (``discard_center_items``)."""
        words = self.store.get_meta(CENTER_ITEMS_REFUSED_KEY) or ""
        code, sep, said = words.partition(": ")
        return said if sep and code.isidentifier() else words

    def resend_center_items(self) -> Changes:
        """Send the held edit again after the next sync round (the center's account or rules fixed meanwhile)."""
        self._require_admin()
        with self.store.unit() as uow:
            center = self._held_center_version(uow)
            newer = max(int(uow.get_meta(CENTER_ITEMS_VERSION_KEY) or 0), center.version) + 1
            uow.set_meta(CENTER_ITEMS_VERSION_KEY, str(newer))  # over the center's newest this PC has seen
            uow.set_meta(CENTER_ITEMS_PENDING_KEY, "1")
            uow.set_meta(CENTER_ITEMS_REFUSED_KEY, "")
        return Changes.of(ChangeKind.SUPERVISION)

    @staticmethod
    def _held_center_version(uow: Unit) -> CenterChecklist:
        """The center's version as this PC last had it while a refused edit was held (none: the standard's only)."""
        raw = uow.get_meta(CENTER_ITEMS_CENTER_KEY)
        try:
            return CenterChecklist.model_validate_json(raw) if raw else CenterChecklist(version=0, items=[])
        except ValueError:
            return CenterChecklist(version=0, items=[])

    def discard_center_items(self) -> Changes:
        """Give up the refused edit: this PC takes the center's version as it last had it."""
        self._require_admin()
        with self.store.unit() as uow:
            self._take_center_version(uow, self._held_center_version(uow))
            uow.set_meta(CENTER_ITEMS_PENDING_KEY, "")
            uow.set_meta(CENTER_ITEMS_REFUSED_KEY, "")
        return Changes.of(ChangeKind.SUPERVISION)

    def _require_admin(self) -> None:
        if self.window.actor.role is not Role.ADMIN:
            raise SupervisionError(Message(ADMIN_ONLY_ITEMS))

    @staticmethod
    def _take_center_version(uow: Unit, center: CenterChecklist) -> None:
        rows = [{**i.model_dump(), "basis": "本中心规定"} for i in center.items]
        uow.set_meta(CENTER_ITEMS_KEY, json.dumps(rows, ensure_ascii=False))
        uow.set_meta(CENTER_ITEMS_VERSION_KEY, str(center.version))

    def exchange_checklist(
        self, get: Callable[[], CenterChecklist], put: Callable[[CenterChecklist], tuple[bool, str]]
    ) -> str:
        """After a sync round: an admin's edit is published to the center, then the center's newest version is
        taken (another admin's, or this one's). When another admin published first, this edit is kept and published
        again over theirs next round (the later edit wins; nothing typed is lost). Any other refusal (the account no
        longer an admin's at the center, an item the center's rules refuse) is kept with the center's words for the
        admin to read (``checklist_refusal``), with the edit, until the admin sends it again, edits or discards it;
        the center's version is remembered for a discard. Returns the center's words when it refused, else ""."""
        words, rebase = "", False
        if self.store.get_meta(CENTER_ITEMS_PENDING_KEY) == "1" and self.window.actor.role is Role.ADMIN:
            version = int(self.store.get_meta(CENTER_ITEMS_VERSION_KEY) or 1)
            mine = [CenterItem.model_construct(code=i.code, area=i.area, text=i.text) for i in self.center_items()]
            stored, words = put(CenterChecklist.model_construct(version=version, items=mine))
            rebase = not stored and words.startswith(f"{CHECKLIST_OUTDATED}:")
            if not rebase:
                with self.store.unit() as uow:
                    uow.set_meta(CENTER_ITEMS_PENDING_KEY, "")
                    uow.set_meta(CENTER_ITEMS_REFUSED_KEY, words)
        center = get()
        with self.store.unit() as uow:
            if rebase:
                uow.set_meta(CENTER_ITEMS_VERSION_KEY, str(center.version + 1))
            elif uow.get_meta(CENTER_ITEMS_REFUSED_KEY):
                uow.set_meta(CENTER_ITEMS_CENTER_KEY, center.model_dump_json())  # held: the edit stays
            elif center.version > int(uow.get_meta(CENTER_ITEMS_VERSION_KEY) or 0):
                self._take_center_version(uow, center)
        return words

    def start_inspection(self) -> Inspection:
        self._require_supervisor()
        inspection = Inspection(new_id(), self.window.actor, self.clock.now(), self.checklist())
        self._save(records.INSPECTION, inspection.inspection_id, inspection.to_json(), final=False)
        return inspection

    def inspection(self, inspection_id: str) -> Inspection:
        return Inspection.from_json(self._load(inspection_id).body)

    def inspections(self) -> list[Inspection]:
        return [Inspection.from_json(r.body) for r in self.store.supervision_records(records.INSPECTION)]

    def answer(self, inspection_id: str, finding: Finding) -> Saved:
        """Record one item's answer (saved at once: a laptop closed mid-walk keeps what was answered)."""
        self._require_supervisor()
        inspection = self.inspection(inspection_id)
        try:
            inspection.answer(finding)
        except InspectionError as error:
            raise SupervisionError(said(error)) from error
        return self._save(records.INSPECTION, inspection_id, inspection.to_json(), final=False)

    def keep_file(self, data: bytes, suffix: str) -> str:
        """Keep a photo or a signature image content-addressed (named by the SHA-256 of ``data``), sealed with the
        store's files key (``SealedFiles``: whole or not at all); returns its SHA-256."""
        if suffix.lower() not in PHOTO_SUFFIXES:
            raise SupervisionError(Message(PHOTO_TYPE))
        if len(data) > MAX_PHOTO_BYTES:
            raise SupervisionError(Message(PHOTO_TOO_LARGE, limit=MAX_PHOTO_BYTES // (1024 * 1024)))
        digest = hashlib.sha256(data).hexdigest()
        target = self.files_dir / f"{digest}{suffix.lower()}"
        try:
            if not target.exists():
                self.files.write(target, data)
        except OSError as error:
            raise SupervisionError(Message(PHOTO_NOT_SAVED, error=error.strerror or error)) from error
        return digest

    def file_path(self, digest: str) -> Path | None:
        """Where a kept photo or signature is (None when this PC does not have it)."""
        for suffix in PHOTO_SUFFIXES:
            found = self.files_dir / f"{digest}{suffix}"
            if found.exists():
                return found
        return None

    def read_file(self, digest: str) -> bytes:
        """The plaintext of a kept photo or signature (decrypted when sealed; a plain one from before as it is),
        checked against its name. ``OSError`` when this PC does not have it; ``SealedFileDamaged`` (in words) when
        it does not open or is not what its name says."""
        path = self.file_path(digest)
        if path is None:
            raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(self.files_dir / digest))
        data = self.files.read(path)
        if hashlib.sha256(data).hexdigest() != digest:
            raise file_crypto.SealedFileDamaged(Message(KEPT_FILE_DAMAGED, name=path.name))
        return data

    def _readable(self, digest: str) -> bytes | None:
        """A kept file's plaintext for the printed record (None: missing or damaged, left off the record)."""
        try:
            return self.read_file(digest)
        except (OSError, StoreError) as error:
            log.warning("supervision file %s not read: %s", digest[:12], error)
            return None

    def attach_photo(self, inspection_id: str, item_code: str, path: Path) -> Saved:
        """Add a photo (a file the camera wrote, or chosen) to an item's answer; the item keeps its result."""
        self._require_supervisor()
        try:
            data = path.read_bytes()
        except OSError as error:
            raise SupervisionError(Message(CANNOT_READ_PHOTO, name=path.name, error=error.strerror or error)) from error
        digest = self.keep_file(data, path.suffix)
        inspection = self.inspection(inspection_id)
        current = inspection.findings.get(item_code)
        if current is None:
            raise SupervisionError(Message(CHOOSE_VERDICT_FIRST))
        try:
            inspection.keep_file(digest, data[:16], len(data))
            inspection.answer(replace(current, photos=(*current.photos, digest)))
        except InspectionError as error:
            raise SupervisionError(said(error)) from error
        return self._save(records.INSPECTION, inspection_id, inspection.to_json(), final=False)

    @property
    def camera_folder(self) -> Path:
        """Where the camera's or 高拍仪's driver writes its photos (the one the window's capture watches)."""
        return self.store.path.parent / "高拍仪"

    def take_camera_photos(self, inspection_id: str, item_code: str, folder: Path) -> tuple[Saved | None, list[str]]:
        """The photos a camera or 高拍仪 wrote into ``folder`` (its driver's output; QtMultimedia is not in
        PySide6-Essentials), oldest first, attached to the item and moved to the folder's ``已采集``; a file that is
        no photo goes to ``未采集``. Returns what was saved and the files refused, each with the reason."""
        self._require_supervisor()
        try:
            found = sorted(
                (p for p in Path(folder).iterdir() if p.is_file() and finished_file(p)),
                key=lambda p: (p.stat().st_mtime, p.name),
            )
        except OSError as error:
            raise SupervisionError(Message(NO_CAMERA_FOLDER, folder=folder, error=error.strerror or error)) from error
        if not found:
            raise SupervisionError(Message(NO_NEW_PHOTO, folder=folder))
        saved: Saved | None = None
        refused: list[str] = []
        for path in found:
            try:
                saved = self.attach_photo(inspection_id, item_code, path)
                move_file(path, Path(folder) / TAKEN_DIR)
            except SupervisionError as error:
                refused.append(f"{path.name}：{error}")
                with contextlib.suppress(OSError):
                    move_file(path, Path(folder) / REFUSED_DIR)
        return saved, refused

    def sign_inspection(self, inspection_id: str, signature_png: bytes | None = None, on_paper: bool = False) -> Saved:
        """Sign on the pad (the image kept) or on the printed record (``on_paper``); final after."""
        self._require_supervisor()
        if signature_png:
            signature = self.keep_file(signature_png, ".png")
        elif on_paper:
            signature = "paper"
        else:
            signature = ""
        inspection = self.inspection(inspection_id)
        try:
            if signature_png:
                inspection.keep_file(signature, signature_png[:16], len(signature_png))
            inspection.sign(self.clock.now(), signature)
        except InspectionError as error:
            raise SupervisionError(said(error)) from error
        return self._save(records.INSPECTION, inspection_id, inspection.to_json(), final=True)

    def inspection_pdf(self, inspection_id: str, path: Path) -> Path:
        """The printed 现场巡查记录 as a PDF at ``path`` (printed from there, or kept)."""
        inspection = self.inspection(inspection_id)
        signature = self._readable(inspection.signature) if inspection.signature not in ("", "paper") else None
        photos = {d: found for f in inspection.findings.values() for d in f.photos if (found := self._readable(d))}
        render_inspection_pdf(inspection, self.window.center.name, path, signature, photos)
        return path

    # ------------------------------------------------------------------ 卷宗评查

    def finished_cases(self, start: date, end: date) -> list[str]:
        """Ids of the cases finished (closed, handed off, completed, rejected, denied) between ``start`` and ``end``
        inclusive, by their last change, in China Standard Time. The store keeps ``updated_at`` as UTC ISO text, so the
        bounds are said in UTC too (compared as text, a CST bound missed the cases finished 00:00–08:00 CST)."""
        lo = datetime.combine(start, datetime.min.time(), CST).astimezone(UTC).isoformat()
        hi = datetime.combine(end, datetime.max.time(), CST).astimezone(UTC).isoformat()
        return self.store.finished_case_ids(lo, hi)

    def start_review(self, seed: str, start: date, end: date, size: int) -> FileReview:
        """Draw the sample of ``size`` files (reproducible from ``seed``) and keep the review."""
        self._require_supervisor()
        if end < start:
            raise SupervisionError(Message(END_BEFORE_START))
        cases = self.finished_cases(start, end)
        if not cases:
            raise SupervisionError(Message(NO_FINISHED_CASES, start=start.isoformat(), end=end.isoformat()))
        try:
            sample = draw_sample(cases, size, seed)
        except FileReviewError as error:
            raise SupervisionError(said(error)) from error
        review = FileReview(new_id(), self.window.actor, seed.strip(), start, end, sample, self.clock.now())
        self._save(records.FILE_REVIEW, review.review_id, review.to_json(), final=False)
        return review

    def case_labels(self, case_ids: Sequence[str]) -> dict[str, tuple[str, str, str]]:
        """(case number, applicant's name, state in words) of each case this PC has, for the review list."""
        out = {}
        for case_id in case_ids:
            case = self.store.load_case(case_id)
            if case is not None:
                out[case_id] = (case.case_no, case.applicant.name, case.state_label)
        return out

    def review(self, review_id: str) -> FileReview:
        return FileReview.from_json(self._load(review_id).body)

    def reviews(self) -> list[FileReview]:
        return [FileReview.from_json(r.body) for r in self.store.supervision_records(records.FILE_REVIEW)]

    def record_finding(self, review_id: str, finding: ReviewFinding) -> Saved:
        self._require_supervisor()
        review = self.review(review_id)
        try:
            review.record(finding)
        except FileReviewError as error:
            raise SupervisionError(said(error)) from error
        return self._save(records.FILE_REVIEW, review_id, review.to_json(), final=not review.remaining())

    # ------------------------------------------------------------------ to the center

    def send_unsent(
        self,
        put: Callable[[str, str, dict[str, Any]], tuple[bool, str]],
        upload: Callable[[str, str, bytes], tuple[bool, str]] | None = None,
    ) -> SendReport:
        """Send every record the center has not had: ``put(kind, record_id, body)`` answers (stored, words); then an
        inspection's photos and signature image, ``upload(record_id, sha256, plaintext)`` (resumable, after the
        record: the center takes only files a stored record names; it gets them decrypted, their SHA-256 their
        name). A record counts as sent once its files arrived too.
        Refused records are kept with the center's words and not sent again; a network error propagates (the next
        round tries again, from where the center stopped)."""
        sent, refused = 0, []
        for rec in self.store.unsent_supervision_records():
            body = {**rec.body, "version": rec.version, "final": rec.final}
            stored, words = put(rec.kind, rec.record_id, body)
            if stored and upload is not None:
                stored, words = self._send_files(rec, upload)
            with self.store.unit() as uow:
                if stored:
                    uow.mark_supervision_sent(rec.record_id, rec.version)
                    sent += 1
                else:
                    uow.mark_supervision_refused(rec.record_id, words)
                    refused.append((rec.record_id, words))
        return SendReport(sent, tuple(refused))

    def _send_files(
        self, rec: records.StoredRecord, upload: Callable[[str, str, bytes], tuple[bool, str]]
    ) -> tuple[bool, str]:
        files = rec.body.get("files") if rec.kind == records.INSPECTION else None
        for item in files if isinstance(files, list) else []:
            digest = str(item.get("sha256", "")) if isinstance(item, dict) else ""
            if self.file_path(digest) is None:
                return False, Message(PHOTO_MISSING, digest=digest[:12])
            try:
                data = self.read_file(digest)  # at most MAX_PHOTO_BYTES
            except (OSError, StoreError) as error:
                words = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
                return False, Message(PHOTO_UNREADABLE, digest=digest[:12], error=words)
            ok, words = upload(rec.record_id, digest, data)
            if not ok:
                return False, Message(PHOTO_REFUSED, words=words)
        return True, ""


__all__ = [
    "EVALUATED_KIND",
    "FOLLOW_UP_LIMITS_KEY",
    "SUPERVISING",
    "RecordsBase",
    "Saved",
    "SendReport",
    "SupervisionError",
    "SupervisionRecords",
]
