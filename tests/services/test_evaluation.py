"""好差评: 1-5 with the GB/T 39734 labels, a bad rating needs a reason, the event goes to the outbox, once per case."""

from __future__ import annotations

import json

import pytest

from govdesk.domain.clock import FixedClock
from govdesk.services.evaluation import EvaluationError, EvaluationService, rating_label
from govdesk.services.window import WindowContext
from govdesk.store.store import Store
from tests.services.test_handoff import make_case, outbox_kinds


@pytest.fixture
def service(store: Store, clock: FixedClock, window: WindowContext) -> EvaluationService:
    return EvaluationService(store, clock, window)


def test_labels() -> None:
    assert [rating_label(r) for r in range(1, 6)] == ["非常满意", "满意", "基本满意", "不满意", "非常不满意"]


def test_good_rating(service: EvaluationService, store: Store, clock: FixedClock) -> None:
    case = make_case(store, clock)
    service.rate(case.case_id, 1, "办事很快")
    event = store.load_case(case.case_id).events[-1]  # type: ignore[union-attr]
    assert event.kind == "case.evaluated"
    assert event.payload == {"rating": 1, "label": "非常满意", "comment": "办事很快", "reasons": [], "bad": False,
                             "follow_up": False, "national_rating": "5", "source": ""}  # fmt: skip
    with pytest.raises(EvaluationError, match="已经评价过"):
        service.rate(case.case_id, 2)


def test_bad_rating_needs_a_reason_and_is_synced_for_follow_up(
    service: EvaluationService, store: Store, clock: FixedClock
) -> None:
    case = make_case(store, clock)
    with pytest.raises(EvaluationError, match="差评请勾选或说明不满意的原因"):
        service.rate(case.case_id, 5)
    with pytest.raises(EvaluationError, match="请选择1至5"):
        service.rate(case.case_id, 6)
    with pytest.raises(EvaluationError, match="未知的差评原因"):
        service.rate(case.case_id, 4, reasons=["天气不好"])
    service.rate(case.case_id, 5, "跑了三趟", ["多次往返", "等候时间过长"])
    assert outbox_kinds(store, case.case_id)[-1] == "case.evaluated"
    with store.reading() as db:
        row = db.exec_driver_sql("SELECT rating, comment, reasons FROM evaluations").one()
        payload = json.loads(db.exec_driver_sql("SELECT event_json FROM outbox ORDER BY seq DESC LIMIT 1").scalar_one())
    assert row == (5, "跑了三趟", '["多次往返", "等候时间过长"]')
    assert payload["payload"]["follow_up"] is True and payload["payload"]["label"] == "非常不满意"
