"""The central server's words, in the clerk's language when the window can: one door for every client path.

A 4xx/5xx answer is an ``ErrorBody``: ``message_zh`` (the Chinese, always) and, from a server that knows it, the
``message_key`` of the text (``govdesk.protocol.refusals``, or a domain catalog) with its ``params`` as text
(``govdesk.protocol`` "Every 4xx/5xx body"). ``words(body)`` is a ``domain.messages.Message`` the UI says in English
when the key is one this program declares and the parameters fit its template exactly; otherwise ``message_zh``.

The server is as hostile to the window as the window is to it (a newer or a broken one, a proxy, a forged answer):
an unknown key, a parameter missing or extra, one that is not text, more than ``MAX_PARAMS`` of them or one longer
than ``MAX_PARAM_CHARS``, a template that would not format - each falls back to ``message_zh``, and nothing here
raises. A body whose optional fields do not validate is still read for its ``code`` and ``message_zh``.

A parameter is text. One that is exactly a term of the center's vocabulary (``central.term.*`` in
``govdesk.protocol.refusals``: a state, an action, a kind of file the center names in a refusal) is said as that
term, in the clerk's language; anything else (a case number, a name, a date) as it came.
"""

from __future__ import annotations

import json
import re
import string
from typing import Any

from pydantic import ValidationError

from govdesk.domain.messages import Message, MessageText, declared, placeholders
from govdesk.protocol import ErrorBody, refusals

__all__ = ["MAX_PARAMS", "MAX_PARAM_CHARS", "error_body", "keyed", "words"]

#: The most parameters a refusal may carry (the longest template of the catalog has 4).
MAX_PARAMS = 20
#: The longest parameter the window puts into a sentence (names, numbers, dates, case numbers are far shorter).
MAX_PARAM_CHARS = 200
#: A key longer than this is no key of ours.
_MAX_KEY_CHARS = 100

_TERM = "central.term."
_CATALOG = refusals  # imported for its declarations: the center's keys are known to ``declared()``


def error_body(content: bytes) -> ErrorBody | None:
    """The ``ErrorBody`` of an answer, or None when it is none. Optional fields that do not validate (a ``params``
    that is not a mapping of text) are dropped, so the Chinese still reaches the clerk."""
    try:
        return ErrorBody.model_validate_json(content)
    except ValidationError:
        pass
    try:
        raw: Any = json.loads(content)
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(raw, dict):
        return None
    try:
        return ErrorBody.model_validate({k: raw[k] for k in ("code", "message_zh", "detail") if k in raw})
    except ValidationError:
        return None


def reparsed(text: str, template: MessageText) -> Message | None:
    """``text`` as the ``Message`` of ``template`` when it is that template's Chinese with some parameters (a
    message kept as text: a device's quarantine reason at the center, a note in the outbox), else None."""
    pattern = "".join(
        re.escape(literal) + (f"(?P<{name}>.+?)" if name else "")
        for literal, name, _spec, _conversion in string.Formatter().parse(template.source)
    )
    try:
        found = re.fullmatch(pattern, text, re.DOTALL)
    except re.error:
        return None
    return Message(template, **found.groupdict()) if found else None


#: Texts the center keeps and later puts into a refusal as a parameter: a device's quarantine reason
#: (``device_quarantined``'s ``status_reason``). Said again by their template when a parameter is one of them.
_KEPT = (refusals.SEQ_BEHIND, refusals.SEQ_REGRESSION)


def _terms() -> dict[str, MessageText]:
    """The center's terms by their Chinese text."""
    return {t.source: t for k, t in declared().items() if k.startswith(_TERM) and not placeholders(t.source)}


def _param(value: str, terms: dict[str, MessageText]) -> str:
    term = terms.get(value)
    if term is not None:
        return Message(term)
    return next((m for t in _KEPT if (m := reparsed(value, t)) is not None), value)


def words(body: ErrorBody) -> str:
    """What the center said: a ``Message`` when its key and parameters fit one this program declares, else the
    Chinese ``message_zh``."""
    return keyed(body.message_zh, body.message_key, body.params)


def keyed(chinese: str, key: Any, params: Any) -> str:
    """``chinese`` as the ``Message`` of ``key`` with ``params`` when they fit (see the module docstring): the words
    of an ``ErrorBody`` or a pushed event's answer (``PushResult.reason``)."""
    if not isinstance(key, str) or not key or len(key) > _MAX_KEY_CHARS or not isinstance(params, dict):
        return chinese
    text = declared().get(key)
    if text is None or len(params) > MAX_PARAMS:
        return chinese
    if not all(isinstance(k, str) and isinstance(v, str) and len(v) <= MAX_PARAM_CHARS for k, v in params.items()):
        return chinese
    if set(params) != placeholders(text.source):
        return chinese
    try:
        terms = _terms()
        return Message(text, **{name: _param(value, terms) for name, value in params.items()})
    except (KeyError, IndexError, ValueError, TypeError):
        return chinese
