"""交接签收 (issue 11): a result handed over at the window is signed for, on the pad (the image goes on the 领取回执)
or on the printed receipt (the clerk confirms); which one is on the ``case.handed_off`` event."""

from __future__ import annotations

import pytest

from govdesk.domain.case import Agent, CaseState
from govdesk.domain.clock import FixedClock
from govdesk.services.handoff import HandoffError, HandoffService
from govdesk.store.store import Store
from tests.services.test_handoff import APPLICANT_ID, PNG, PROXY_ID, handoff, make_case, sms

__all__ = ["handoff", "sms"]


def test_unsigned_hand_over_is_refused(handoff: HandoffService, store: Store, clock: FixedClock) -> None:
    case = make_case(store, clock)
    with pytest.raises(HandoffError, match=r"领取人尚未签收：.*签字板上签名，或在纸质领取回执上签字后由工作人员确认"):
        handoff.hand_over_window(case.case_id, APPLICANT_ID)
    proxy = Agent("赵小红", "111", PROXY_ID, authorization="授权委托书")
    with pytest.raises(HandoffError, match="领取人尚未签收"):
        handoff.hand_over_proxy(case.case_id, proxy)
    stored = store.load_case(case.case_id)
    assert stored is not None and stored.state is CaseState.RESULT_READY


def test_signed_on_paper_leaves_a_line_to_sign(handoff: HandoffService, store: Store, clock: FixedClock) -> None:
    case = make_case(store, clock)
    done = handoff.hand_over_window(case.case_id, APPLICANT_ID, signed_on_paper=True)
    event = done.case.events[-1]
    assert event.kind == "case.handed_off" and event.payload["details"]["signed_on"] == "paper"  # type: ignore[index, call-overload]
    assert done.receipt is not None and done.receipt.signature_image == ""


def test_signed_on_the_pad_goes_on_the_receipt(handoff: HandoffService, store: Store, clock: FixedClock) -> None:
    case = make_case(store, clock)
    proxy = Agent("赵小红", "111", PROXY_ID, authorization="授权委托书")
    done = handoff.hand_over_proxy(case.case_id, proxy, signature_png=PNG, signed_on_paper=True)
    assert done.case.handoff_details["signed_on"] == "pad"  # the pad wins: its image is the evidence
    assert done.receipt is not None and done.receipt.signature_image.startswith("signatures/")  # the data folder's
    assert (handoff.data_dir / done.receipt.signature_image).read_bytes() == PNG
