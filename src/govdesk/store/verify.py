"""Checking a database file without changing it: SQLite's own checks plus the event chain (``govdesk db verify``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.exc import SQLAlchemyError

from govdesk.domain.trust import BatchReceipt
from govdesk.store.anchor import AnchorReport, CenterComparison, check_receipts, compare_with_center, device_ids
from govdesk.store.case_check import MAX_NAMED, CaseProblem, check_cases
from govdesk.store.chain import ChainReport, check_chain
from govdesk.store.crypto import check_key
from govdesk.store.engine import READ_ONLY, make_engine
from govdesk.store.errors import StoreError, translate


@dataclass(slots=True)
class DatabaseReport:
    path: Path
    cases: int = 0
    events: int = 0
    integrity: list[str] = field(default_factory=list)  # PRAGMA integrity_check lines other than "ok"
    foreign_keys: list[str] = field(default_factory=list)  # PRAGMA foreign_key_check, one line per bad row
    chain: ChainReport | None = None
    #: The chain held to the center's signed receipts (``anchor.py``).
    anchors: AnchorReport | None = None
    #: The ``cases`` rows held to their events (``case_check``).
    case_problems: list[CaseProblem] = field(default_factory=list)
    #: This PC held to the receipts the center kept for its devices (``db verify --center``).
    center: CenterComparison | None = None
    error: StoreError | None = None  # the file could not be read at all

    @property
    def ok(self) -> bool:
        return (
            self.error is None
            and not self.integrity
            and not self.foreign_keys
            and self.chain is not None
            and self.chain.ok
            and not self.case_problems
            and (self.anchors is None or not self.anchors.problems)
            and (self.center is None or not self.center.problems)
        )

    def problems(self) -> list[str]:
        """Everything wrong, one Chinese line each."""
        lines: list[str] = []
        if self.error is not None:
            lines.append(str(self.error))
        lines.extend(f"完整性检查：{line}" for line in self.integrity)
        lines.extend(f"外键检查：{line}" for line in self.foreign_keys)
        if self.chain is not None:
            lines.extend(f"事件链：{problem.describe()}" for problem in self.chain.problems)
        named = self.case_problems[:MAX_NAMED]
        lines.extend(f"办件表：{problem.describe()}" for problem in named)
        if len(self.case_problems) > len(named):
            lines.append(f"办件表：另有 {len(self.case_problems) - len(named)} 处与事件记录不符")
        if self.anchors is not None:
            lines.extend(f"中心回执：{problem.message}" for problem in self.anchors.problems)
        if self.center is not None:
            lines.extend(f"与中心核对：{problem.message}" for problem in self.center.problems)
        return lines

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "path": str(self.path),
            "cases": self.cases,
            "events": self.events,
            "integrity": self.integrity,
            "foreign_keys": self.foreign_keys,
            "chain": self.chain.to_json() if self.chain is not None else None,
            "cases_against_events": [{"case_no": p.case_no, "message": p.message} for p in self.case_problems],
            "anchors": self.anchors.to_json() if self.anchors is not None else None,
            "center": self.center.to_json() if self.center is not None else None,
            "error": str(self.error) if self.error is not None else None,
        }


def verify_database(
    path: Path,
    key: bytes | None = None,
    center_key: bytes | None = None,
    center_receipts: list[BatchReceipt] | None = None,
    unknown_devices: list[str] | None = None,
) -> DatabaseReport:
    """Run ``PRAGMA integrity_check``, ``PRAGMA foreign_key_check``, the chain check and the check against the
    center's receipts on ``path`` (read only: no migration, nothing written). The file must exist; ``key``: its
    SQLCipher key, if encrypted; ``center_key``: the center's raw public key (else the one kept at the first sync);
    ``center_receipts``: the receipts the center kept for this PC's devices (with ``center_key``: compared);
    ``unknown_devices``: the PC's device ids the center does not know (each a problem).
    """
    report = DatabaseReport(path=path)
    try:
        check_key(path, key)
    except StoreError as error:
        report.error = error
        return report
    engine = make_engine(path, key)
    try:
        with engine.connect() as connection:
            connection = connection.execution_options(**{READ_ONLY: True})
            integrity = [str(row[0]) for row in connection.exec_driver_sql("PRAGMA integrity_check")]
            report.integrity = [line for line in integrity if line != "ok"]
            report.foreign_keys = [
                f"表 {row[0]} 第 {row[1]} 行引用的 {row[2]} 记录不存在"
                for row in connection.exec_driver_sql("PRAGMA foreign_key_check")
            ]
            report.cases = int(connection.exec_driver_sql("SELECT count(*) FROM cases").scalar_one())
            report.chain = check_chain(connection)
            report.events = report.chain.events
            _held, report.case_problems = check_cases(connection)
            if "receipts" in _tables(connection):  # a database older than migration 0013 has none
                report.anchors = check_receipts(connection, center_key)
                if center_receipts is not None and center_key is not None:
                    report.center = compare_with_center(connection, center_receipts, center_key, unknown_devices)
    except (SQLAlchemyError, OSError) as error:
        report.error = translate(error)
    finally:
        engine.dispose()
    return report


def _tables(connection: Connection) -> set[str]:
    return {str(row[0]) for row in connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}


def read_device_ids(path: Path, key: bytes | None = None) -> list[str]:
    """The device ids a database file names (read only), to ask the center for their receipts; ``StoreError``."""
    check_key(path, key)
    engine = make_engine(path, key)
    try:
        with engine.connect() as connection:
            connection = connection.execution_options(**{READ_ONLY: True})
            if "receipts" not in _tables(connection):
                return []
            return device_ids(connection)
    except (SQLAlchemyError, OSError) as error:
        raise translate(error) from error
    finally:
        engine.dispose()
