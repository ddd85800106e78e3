"""The demo's back office: off by default (a back-office clerk does the work in the workspace); as an option it takes
each case the whole path a clerk would — claim, 审查, 决定, 制证 with a result number, ready — on the server's clock,
injected here, so no test waits wall time; a case in 补正 is left for the window."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from govdesk.central.app import run_maintenance_once
from govdesk.central.embedded import EmbeddedCentral
from govdesk.cli import demo
from tests.central.conftest import RunningServer, make_center, register_window

FIX = {"items": [{"name": "居民身份证", "reason": "复印件不清晰"}]}


class MovableClock:
    def __init__(self) -> None:
        self.at = datetime(2026, 12, 7, 1, 30, tzinfo=UTC)  # a Monday, 09:30 in China

    def now(self) -> datetime:
        return self.at


@pytest.fixture
def clock() -> MovableClock:
    return MovableClock()


def _start(tmp_path: Path, clock: MovableClock, **options: object) -> EmbeddedCentral:
    return EmbeddedCentral.start(tmp_path / "central.sqlite", clock=clock, maintenance_interval=3600, **options)


@pytest.fixture
def office_on(tmp_path: Path, clock: MovableClock) -> Iterator[EmbeddedCentral]:
    running = _start(tmp_path, clock, auto_approve_seconds=60)
    yield running
    running.stop()


def _server(embedded: EmbeddedCentral, clock: MovableClock) -> RunningServer:
    """The helpers of tests/central/conftest speak to a RunningServer: an embedded server has the same parts."""
    return RunningServer(
        embedded.url,
        embedded.central,
        clock,
        None,
        Path(),
        embedded._thread,
        embedded._server,  # type: ignore[arg-type]
    )


def test_the_demo_approver_is_off_by_default(tmp_path: Path, clock: MovableClock) -> None:
    parser = argparse.ArgumentParser()
    demo.register(parser.add_subparsers())
    assert parser.parse_args(["demo"]).auto_approve_seconds is None
    running = _start(tmp_path, clock)
    try:
        center = make_center(_server(running, clock))
        window = register_window(center)
        case_id = window.new_case()
        clock.at += timedelta(days=3)
        run_maintenance_once(running.central)
        office, _ = center.login("back_office")  # (three days on: a fresh login)
        assert office.get(f"/api/v1/backoffice/cases/{case_id}").json()["state"] == "submitted"
    finally:
        running.stop()


def test_the_optional_demo_approver_takes_the_clerks_path_on_the_injected_clock(
    office_on: EmbeddedCentral, clock: MovableClock
) -> None:
    center = make_center(_server(office_on, clock))
    window = register_window(center)
    plain = window.new_case()
    in_correction = window.new_case()
    office, _ = center.login("back_office")
    assert office.post(f"/api/v1/backoffice/cases/{in_correction}/correction", json=FIX).status_code == 200

    run_maintenance_once(office_on.central)  # not 60 s yet on the server's clock
    assert office.get(f"/api/v1/backoffice/cases/{plain}").json()["state"] == "submitted"
    clock.at += timedelta(seconds=61)
    run_maintenance_once(office_on.central)
    done = office.get(f"/api/v1/backoffice/cases/{plain}").json()
    assert done["state"] == "result_ready"
    assert [p["kind"] for p in done["progress"]] == [
        "case.in_review", "case.step_recorded", "case.approved", "case.result_attached", "case.step_recorded",
        "case.result_ready",
    ]  # fmt: skip
    assert done["licence_no"].startswith("DEMO-")
    assert {p["who"] for p in done["progress"]} == {"自动审批（演示）"}
    waiting = office.get(f"/api/v1/backoffice/cases/{in_correction}").json()
    assert waiting["state"] == "submitted" and waiting["correction_open"]  # left for the window's 补正
