"""The central server's refusals said in the clerk's language (``govdesk.protocol.refusals``,
``govdesk.sync.server_words``): a real refusal from the real central server over loopback, rendered through the UI's
one error path (``ui.operations.message_for``) with the real English translation loaded; the Chinese UI unchanged;
a hostile ``ErrorBody`` falls back to its ``message_zh`` and never raises."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import httpx
import pytest
from pytestqt.qtbot import QtBot

from govdesk.domain.messages import Message, declared, placeholders
from govdesk.protocol import ErrorBody, PushResult, refusals
from govdesk.sync.client import MemoryTokenStore, SyncClient
from govdesk.sync.errors import ClientTooOld, NeedsLogin
from govdesk.sync.server_words import MAX_PARAM_CHARS, MAX_PARAMS, error_body, keyed, words
from govdesk.ui.i18n import install_translators, qt_translator, remove_translators
from govdesk.ui.operations import message_for
from tests.central.conftest import PASSWORD, RunningServer, make_center, stop_server
from tests.sync.conftest import start_central

HAN = re.compile(r"[\u3400-\u9fff]")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    tmp = tmp_path_factory.mktemp("central")
    running = start_central(tmp / "central.db", tmp)
    yield running
    stop_server(running)


@pytest.fixture
def language(request: pytest.FixtureRequest, qtbot: QtBot) -> Iterator[str]:
    install_translators(request.param)
    yield request.param
    remove_translators()


def _refused_login(server: RunningServer) -> NeedsLogin:
    center = make_center(server)
    client = SyncClient(server.url, tokens=MemoryTokenStore())
    try:
        with pytest.raises(NeedsLogin) as refused:
            client.login(center.users["intake"], PASSWORD + "-wrong")
    finally:
        client.close()
    return refused.value


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_a_wrong_password_at_the_real_center_is_said_in_english(server: RunningServer, language: str) -> None:
    error = _refused_login(server)
    said = error.args[0]
    assert isinstance(said, Message) and said.key == "central.bad_credentials"
    assert str(error) == "用户名或密码错误"  # message_zh, as the log and older windows read it
    shown = message_for(error)
    assert shown == "Wrong user name or password"
    assert not HAN.search(shown)


@pytest.mark.parametrize("language", ["zh_CN"], indirect=True)
def test_the_chinese_ui_says_the_centers_own_words(server: RunningServer, language: str) -> None:
    assert message_for(_refused_login(server)) == "用户名或密码错误"


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_a_refusal_with_parameters_is_said_in_english_with_them(server: RunningServer, language: str) -> None:
    """426 ``client_too_old`` carries the window's version and the minimum as params."""
    client = SyncClient(server.url, tokens=MemoryTokenStore(), client_version="0.0.1")
    try:
        with pytest.raises(ClientTooOld) as refused:
            client.login("nobody", PASSWORD)
    finally:
        client.close()
    said = refused.value.args[0]
    assert isinstance(said, Message) and said.key == "central.client_too_old"
    assert dict(said.params) == {"version": "0.0.1", "minimum": "0.1.0"}
    assert message_for(refused.value) == (
        "This program's version 0.0.1 is too old; the center requires 0.1.0 or newer: upgrade, then sync"
    )


def test_the_body_on_the_wire_carries_key_params_and_the_chinese(server: RunningServer) -> None:
    reply = httpx.post(
        f"{server.url}/api/v1/auth/login",
        json={"username": "nobody", "password": "x"},
        headers={"X-Govdesk-Client-Version": "0.0.1"},
    )
    body = reply.json()
    assert reply.status_code == 426
    assert body["message_key"] == "central.client_too_old"
    assert body["params"] == {"version": "0.0.1", "minimum": "0.1.0"}
    assert body["message_zh"] == "本机程序版本 0.0.1 过旧，中心要求 0.1.0 或更新版本，请升级后再同步"


ZH = "用户名或密码错误"


def _body(**fields: object) -> bytes:
    return json.dumps({"code": "bad_credentials", "message_zh": ZH, **fields}).encode()


@pytest.mark.parametrize(
    "hostile",
    [
        pytest.param({"message_key": "central.no_such_key"}, id="unknown key"),
        pytest.param({"message_key": "central.client_too_old", "params": {"version": "1"}}, id="missing param"),
        pytest.param(
            {"message_key": "central.client_too_old", "params": {"version": "1", "minimum": "2", "x": "3"}},
            id="extra param",
        ),
        pytest.param(
            {"message_key": "central.client_too_old", "params": {"version": 1, "minimum": "2"}}, id="not text"
        ),
        pytest.param(
            {"message_key": "central.client_too_old", "params": {"version": {"a": 1}, "minimum": "2"}}, id="nested"
        ),
        pytest.param({"message_key": "central.client_too_old", "params": ["1", "2"]}, id="params not a mapping"),
        pytest.param(
            {
                "message_key": "central.client_too_old",
                "params": {"version": "9" * (MAX_PARAM_CHARS + 1), "minimum": "2"},
            },
            id="huge param",
        ),
        pytest.param(
            {"message_key": "central.bad_credentials", "params": {f"p{i}": "x" for i in range(MAX_PARAMS + 1)}},
            id="too many params",
        ),
        pytest.param({"message_key": "x" * 10_000}, id="huge key"),
        pytest.param({"message_key": 42}, id="key not text"),
        pytest.param({"message_key": "central.bad_credentials", "params": {"{0}": "x"}}, id="odd name"),
    ],
)
def test_a_hostile_body_falls_back_to_message_zh(hostile: dict[str, object]) -> None:
    body = error_body(_body(**hostile))
    assert body is not None and body.code == "bad_credentials"
    said = words(body)
    assert said == ZH and not isinstance(said, Message)


def test_a_fitting_body_is_a_message_and_a_body_that_is_none_is_none() -> None:
    body = error_body(_body(message_key="central.client_too_old", params={"version": "1", "minimum": "2"}))
    assert body is not None
    said = words(body)
    assert isinstance(said, Message) and said.text is refusals.CLIENT_TOO_OLD
    assert said == "本机程序版本 1 过旧，中心要求 2 或更新版本，请升级后再同步"
    # a parameter that looks like a template is text, never formatted again
    body = error_body(_body(message_key="central.client_too_old", params={"version": "{minimum}", "minimum": "{0}"}))
    assert body is not None and words(body) == "本机程序版本 {minimum} 过旧，中心要求 {0} 或更新版本，请升级后再同步"
    for junk in (b"", b"not json", b"[1, 2]", b'{"code": 1}', b"\xff\xfe"):
        assert error_body(junk) is None
    assert words(ErrorBody(code="x", message_zh=ZH)) == ZH


def test_every_refusal_declared_formats_with_its_placeholders() -> None:
    """Each key of the catalog formats with exactly its placeholders (what ``words`` asks of the center)."""
    central = {k: t for k, t in declared().items() if k.startswith("central.")}
    assert len(central) >= 130
    for key, text in central.items():
        params = {name: "v" for name in placeholders(text.source)}
        body = ErrorBody(code="c", message_zh="zh", message_key=key, params=params)
        assert isinstance(words(body), Message), key


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_a_term_of_the_center_in_a_parameter_is_said_in_english(language: str) -> None:
    """The back office's "case is 审查中: cannot 认领审查": the state and the action are the center's terms; the case
    number is data and stays as it came."""
    body = error_body(
        _body(
            message_key="central.illegal_transition",
            params={"case_no": "C001-审-1", "label": "审查中", "action": "认领审查"},
        )
    )
    assert body is not None
    said = words(body)
    assert said == "办件 C001-审-1 当前状态为“审查中”，不能认领审查"
    assert isinstance(said, Message)
    assert said.render(qt_translator) == 'Case C001-审-1 is "in review": cannot claim it for review'


def test_a_pushed_events_answer_with_odd_params_is_read_and_said_in_chinese() -> None:
    """``PushResult.params`` is typed loosely: one odd value must not make the window refuse the batch's answer."""
    result = PushResult.model_validate(
        {
            "event_id": "e1",
            "status": "refused",
            "code": "unknown_kind",
            "server_time": "2026-12-06T20:00:00Z",
            "reason": "中心不认识事件类型“x”",
            "message_key": "central.push.unknown_kind",
            "params": {"kind": 1},
        }
    )
    assert keyed(result.reason, result.message_key, result.params) == "中心不认识事件类型“x”"
    said = keyed(result.reason, result.message_key, {"kind": "x"})
    assert isinstance(said, Message) and said.key == "central.push.unknown_kind"
