"""``domain.messages``: a message is its Chinese string and keeps its key and parameters, so the UI can say it in
another language; the identity checks say theirs that way."""

from __future__ import annotations

import copy
import pickle
from datetime import date

import pytest

from govdesk.domain.identity import KIND_NAMES, IdKind, check, detect
from govdesk.domain.identity import messages as m
from govdesk.domain.messages import (
    ENUMERATION,
    Message,
    MessageText,
    declared,
    join,
    message_of,
    placeholders,
    said,
    translate,
)
from govdesk.services.errors import ServiceError

TODAY = date(2026, 12, 6)

# A translator as a test's own table (the UI's is QCoreApplication.translate over govdesk_en.qm).
ENGLISH = {
    "id.check_digit": "Character 18 should be {expected}, not {actual}",
    "id.or_legacy": "{reason} (or a 15-digit old number)",
    "id.wrong_length": "{kind} numbers have {length} characters, not {actual}",
    "id.kind.resident_id": "Resident ID card",
    "id.kind.uscc": "Credit code",
    "id.kind.foreign_permanent": "Permanent resident card",
    "id.ambiguous": "Fits {kinds}: choose the type",
    "messages.join": "{first}; {rest}",
    "messages.enumeration": "{first}, {rest}",
}


def english(text: MessageText) -> str:
    return ENGLISH.get(text.key, text.source)


def test_a_message_is_its_chinese_text_and_renders_in_another_language() -> None:
    result = check("110105194912310021", IdKind.RESIDENT_ID, TODAY)
    assert result.reason == "第18位校验码应为 X，实际为 1"  # as before: logs, the command line, stored notes
    assert isinstance(result.reason, Message) and result.reason.key == "id.check_digit"
    assert result.reason.params == {"expected": "X", "actual": "1"}
    assert result.reason.render(english) == "Character 18 should be X, not 1"
    assert result.reason.render() == str(result.reason)  # without a translator: the Chinese


def test_nested_messages_render_in_the_same_language() -> None:
    reason = detect("1101051949123100", TODAY).reason  # 16 digits: the length, and the legacy form is allowed
    assert reason == "居民身份证号码应为18位，实际为 16 位（15位旧号码也可）"
    assert isinstance(reason, Message)
    assert reason.render(english) == "Resident ID card numbers have 18 characters, not 16 (or a 15-digit old number)"


def test_an_ambiguous_number_names_the_kinds_in_the_language() -> None:
    found = detect("911156198001014674", TODAY)  # a 2023 永居证 and a credit code (tests/domain/test_identity.py)
    assert found.alternatives == (IdKind.FOREIGN_PERMANENT_RESIDENT, IdKind.USCC)
    assert found.reason == "号码同时符合外国人永久居留身份证、统一社会信用代码的格式，无法自动判断：请选择证件类型"
    assert isinstance(found.reason, Message)
    assert found.reason.render(english) == "Fits Permanent resident card, Credit code: choose the type"


def test_lists_are_joined_in_the_language() -> None:
    joined = join([Message(m.EMPTY), "plain text", Message(m.MOBILE_EMPTY)])
    assert joined == "号码为空；plain text；手机号码为空"
    assert isinstance(joined, Message)
    assert joined.render(english) == "号码为空; plain text; 手机号码为空"  # untranslated keys keep their Chinese
    assert join([]) == "" and join(["", "one"]) == "one"
    assert join(["甲", "乙"], ENUMERATION).render(english) == "甲, 乙"


def test_a_broken_translation_falls_back_to_the_chinese() -> None:
    message = Message(m.CHECK_DIGIT, expected="X", actual="1")
    assert message.render(lambda _t: "Should be {wrong}") == "第18位校验码应为 X，实际为 1"
    assert message.render(lambda _t: "") == "第18位校验码应为 X，实际为 1"


def test_a_message_survives_pickling_and_copying() -> None:
    message = Message(m.OR_LEGACY, reason=Message(m.EMPTY))
    for again in (pickle.loads(pickle.dumps(message)), copy.deepcopy(message), copy.copy(message)):
        assert again == message and isinstance(again, Message)
        assert again.key == "id.or_legacy" and again.render(english) == message.render(english)


def test_an_error_raised_with_a_message_keeps_it() -> None:
    error = ServiceError(Message(m.CHECK_DIGIT, expected="X", actual="1"), "applicant.id_number")
    assert str(error) == "第18位校验码应为 X，实际为 1" and error.field == "applicant.id_number"
    found = message_of(error)
    assert found is not None and found.key == "id.check_digit"
    assert message_of(ServiceError("纯文本")) is None
    assert message_of(ValueError()) is None


def test_an_error_given_as_a_parameter_renders_its_message() -> None:
    """A service's "未能保存：{error}" with a lower layer's error: the error's own Message is said in the language."""
    inner = ServiceError(Message(m.CHECK_DIGIT, expected="X", actual="1"))
    outer = Message(m.OR_LEGACY, reason=inner)
    assert outer == "第18位校验码应为 X，实际为 1（15位旧号码也可）"
    assert outer.render(english) == "Character 18 should be X, not 1 (or a 15-digit old number)"
    plain = Message(m.OR_LEGACY, reason=OSError("磁盘已满"))
    assert plain.render(english) == "磁盘已满 (or a 15-digit old number)"  # an error without one: its text


def test_said_keeps_the_message_a_service_re_raises() -> None:
    lower = ValueError(Message(m.EMPTY))
    again = ServiceError(said(lower))
    found = message_of(again)
    assert found is not None and found.key == "id.empty"
    assert said(ValueError("纯文本")) == "纯文本" and message_of(ServiceError(said(ValueError("纯文本")))) is None


def test_a_key_is_declared_once() -> None:
    assert translate("IdCheck", "号码为空", "id.empty") is not None  # the same declaration again is fine
    with pytest.raises(ValueError, match=r"id\.empty"):
        translate("IdCheck", "另一段文字", "id.empty")


def test_the_kind_names_are_the_declared_ones() -> None:
    assert {k: t.source for k, t in m.KIND_TEXTS.items()} == dict(KIND_NAMES)


def test_every_identity_message_is_declared_with_named_placeholders() -> None:
    texts = [v for v in vars(m).values() if isinstance(v, MessageText)] + list(m.KIND_TEXTS.values())
    assert len(texts) > 60
    known = declared()
    for text in texts:
        assert known[text.key] == text and text.key.startswith("id.")
        assert all(name.isidentifier() for name in placeholders(text.source))
