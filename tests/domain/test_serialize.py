"""Case <-> JSON: every field round-trips, in every state, with and without events."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govdesk.domain.case import Agent, Case, CaseState, MaterialRecord, MaterialStatus
from govdesk.domain.catalog import MaterialForm
from govdesk.domain.deadlines import SuspensionKind
from govdesk.domain.serialize import CASE_SCHEMA_VERSION, SnapshotError, case_from_json, case_to_json
from tests.domain.test_case_builders import BACK, INTAKE, calendar, case_in, fulfil


def _roundtrip(case: Case) -> Case:
    text = json.dumps(case_to_json(case), ensure_ascii=False, sort_keys=True)  # JSON-compatible, no custom encoder
    return case_from_json(json.loads(text))


@pytest.mark.parametrize("state", list(CaseState))
def test_every_state_round_trips(state: CaseState) -> None:
    case, _ = case_in(state)
    back = _roundtrip(case)
    assert back == case
    assert case_to_json(back) == case_to_json(case)


def test_rich_case_round_trips_every_field() -> None:
    case, clk = case_in(CaseState.SUBMITTED)
    case.agent = Agent("李四", "111", "110105194912310029", "13900000000", "授权委托书(2026-11-20)")
    case.answers = {"who": "agent"}
    case.bundle_code = "B001"
    case.resumed_from = "0f0e"
    case.materials["M01"] = MaterialRecord("M01", "居民身份证", MaterialStatus.RECEIVED, MaterialForm.ORIGINAL, 1)
    case.materials["M02"] = MaterialRecord("M02", "申请书", MaterialStatus.DEFECTIVE, None, 0, "未签字", "签字")
    clk.advance(timedelta(days=3))
    case.suspend(BACK, clk, SuspensionKind.SITE_SURVEY, "需现场勘验经营场所")
    clk.advance(timedelta(days=4))
    case.resume(BACK, clk, calendar())
    case.delay(INTAKE, clk, case.promised_date + timedelta(days=10), "需补充调查")  # type: ignore[operator]
    fulfil(case, clk)
    back = _roundtrip(case)
    assert back == case
    assert back.promised_deadline is not None and back.promised_deadline.suspensions
    assert back.commitment is not None and back.commitment.supplemented
    assert back.events[-1].kind == "case.commitment_closed"


def test_without_events() -> None:
    case, _ = case_in(CaseState.APPROVED)
    data = case_to_json(case, include_events=False)
    assert "events" not in data
    assert case_from_json(data).events == []
    assert case_from_json(data, events=case.events) == case


def test_newer_schema_refused_and_garbage_explained() -> None:
    case, _ = case_in(CaseState.DRAFT)
    data = case_to_json(case)
    data["schema"] = CASE_SCHEMA_VERSION + 1
    with pytest.raises(SnapshotError, match="版本"):
        case_from_json(data)
    data = case_to_json(case)
    del data["applicant"]
    with pytest.raises(SnapshotError, match="办件数据无法读取"):
        case_from_json(data)


def test_keys_are_stable() -> None:
    case, _ = case_in(CaseState.DRAFT)
    assert sorted(case_to_json(case)) == sorted(
        [
            "schema",
            "case_id",
            "case_no",
            "item_codes",
            "catalog_version",
            "applicant",
            "received_at",
            "first_clerk",
            "bundle_code",
            "answers",
            "agent",
            "materials",
            "state",
            "resumed_from",
            "promised_date",
            "statutory_date",
            "promised_deadline",
            "statutory_deadline",
            "commitment",
            "suspensions",
            "notice_due",
            "notified_codes",
            "decision_reason",
            "result_file",
            "result_name",
            "delay_reason",
            "handoff_method",
            "handoff_details",
            "version",
            "ticket",
            "events",
        ]
    )


text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=20)


@settings(max_examples=60, deadline=None)
@given(
    name=text,
    phone=text,
    answers=st.dictionaries(text, text, max_size=4),
    reason=text.filter(lambda s: s.strip() != ""),
    materials=st.lists(st.tuples(text, st.sampled_from(list(MaterialStatus)), st.integers(0, 9)), max_size=5),
)
def test_hypothesis_round_trip(
    name: str, phone: str, answers: dict[str, str], reason: str, materials: list[tuple[str, MaterialStatus, int]]
) -> None:
    case, clk = case_in(CaseState.DRAFT)
    case.applicant.name = name
    case.applicant.phone = phone
    case.answers = answers
    for i, (mname, status, copies) in enumerate(materials):
        case.materials[f"X{i}"] = MaterialRecord(f"X{i}", mname, status, MaterialForm.COPY, copies, reason)
    case.reject(INTAKE, clk, reason)
    assert _roundtrip(case) == case
