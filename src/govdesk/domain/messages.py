"""Messages for the person at the window, with stable keys, said in the clerk's language by the UI.

A layer below the UI (domain, services, store, printing, sync) cannot call Qt, yet what it says to the clerk must be
translatable. It declares each message once, in a catalog next to the code that says it::

    # domain/identity/messages.py
    CHECK_DIGIT = translate("IdCheck", "第18位校验码应为 {expected}，实际为 {actual}", "id.check_digit")

and says it with its parameters: ``Message(CHECK_DIGIT, expected="X", actual="5")``.

- ``translate(context, source, key)`` declares a ``MessageText``: a Qt context (one per area), the Chinese template
  (the Qt source text, named ``{placeholders}`` only), and a stable key (``area.what``; the Qt disambiguation, so
  Linguist shows it to the translator). The function is named and ordered as ``QCoreApplication.translate`` so that
  ``pyside6-lupdate`` (run over the whole package by ``scripts/build_ui.py``) collects every declaration into
  ``translations/govdesk_<lang>.ts``: a literal call, never through a variable.
- A ``Message`` *is* a ``str``: its Chinese text. Everything that treats it as a string (logs, the command line,
  ``str(error)``, the existing tests) keeps working, in Chinese. It also keeps its ``text`` and ``params``, so the
  UI's one error path (``ui/operations.py`` ``message_for``, through ``ui.i18n.say``) renders it again in the
  clerk's language: the template translated, then formatted (STYLE.md practice 8), each parameter that is itself a
  ``Message`` rendered the same way. Concatenating a ``Message`` with ``+`` or an f-string gives a plain Chinese
  string: compose with a template that has a placeholder instead (``Message(AGENT_ID, reason=inner)``), and join
  lists with ``join``. A parameter that is an error raised with a ``Message`` is rendered the same way.
- Errors: a ``GovdeskError`` raised with a ``Message`` (``ServiceError(Message(...), field)``) carries it as its
  first argument; ``message_of(error)`` returns it.

The domain stays free of Qt: ``render`` takes the translator as a function.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

__all__ = [
    "CHINESE",
    "CLAUSES",
    "ENUMERATION",
    "JOIN",
    "Message",
    "MessageText",
    "Translator",
    "declared",
    "join",
    "message_of",
    "placeholders",
    "said",
    "translate",
]


@dataclass(frozen=True, slots=True)
class MessageText:
    """A declared message: Qt context, Chinese template (the Qt source text) and stable key."""

    context: str
    source: str
    key: str


# Renders a template in the clerk's language: the template's translation, or its Chinese ``source``.
Translator = Callable[[MessageText], str]

_declared: dict[str, MessageText] = {}


def translate(context: str, source: str, key: str) -> MessageText:
    """Declare a message (see the module docstring). A key is declared once, with one text."""
    text = MessageText(context, source, key)
    known = _declared.setdefault(key, text)
    if known != text:
        raise ValueError(f"message key {key!r} declared twice with different texts")
    return text


def declared() -> Mapping[str, MessageText]:
    """Every message declared by the modules imported so far, by key (the tests import the catalogs)."""
    return dict(_declared)


def placeholders(template: str) -> frozenset[str]:
    """The ``{names}`` of a template."""
    return frozenset(name for _, name, _, _ in string.Formatter().parse(template) if name)


def CHINESE(text: MessageText) -> str:
    """The translator of a program without translations: the Chinese source."""
    return text.source


class Message(str):
    """A message with its key and parameters; as a ``str``, its Chinese text (see the module docstring)."""

    text: MessageText
    params: Mapping[str, Any]

    def __new__(cls, text: MessageText, /, **params: Any) -> Message:
        self = super().__new__(cls, text.source.format(**params))
        self.text = text
        self.params = params
        return self

    @property
    def key(self) -> str:
        return self.text.key

    def render(self, translator: Translator = CHINESE) -> str:
        """This message in the language of ``translator``. A translation that names a placeholder the message does
        not have (a broken .ts) falls back to the Chinese template, never to an exception at the window."""
        values = {k: _rendered(v, translator) for k, v in self.params.items()}
        template = translator(self.text) or self.text.source
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):
            return self.text.source.format(**values)

    def __reduce__(self) -> tuple[Any, ...]:  # pickling and copying keep the key and parameters
        return (_rebuild, (self.text, dict(self.params)))

    def __repr__(self) -> str:
        return f"Message({self.text.key!r}, {str(self)!r})"


def _rendered(value: Any, translator: Translator) -> Any:
    """A parameter in the language of ``translator``: a ``Message``, or an error raised with one (``{error}`` of
    a service's "未能保存：{error}"), rendered; anything else as it is."""
    if isinstance(value, BaseException):
        value = message_of(value) or value
    return value.render(translator) if isinstance(value, Message) else value


def _rebuild(text: MessageText, params: dict[str, Any]) -> Message:
    return Message(text, **params)


# How the parts of a list are joined: sentences ("；" in Chinese), and names in a sentence ("、").
JOIN = translate("Messages", "{first}；{rest}", "messages.join")
ENUMERATION = translate("Messages", "{first}、{rest}", "messages.enumeration")
#: Clauses of one sentence ("，").
CLAUSES = translate("Messages", "{first}，{rest}", "messages.clauses")


def join(parts: Iterable[str], how: MessageText = JOIN) -> str:
    """The parts joined with ``how`` (in the clerk's language, also when the parts are plain strings); "" for none,
    a one-part list is that part."""
    items = [p for p in parts if p]
    if not items:
        return ""
    result = items[-1]
    for part in reversed(items[:-1]):
        result = Message(how, first=part, rest=result)
    return result


def message_of(error: BaseException) -> Message | None:
    """The ``Message`` an error was raised with, if any."""
    first = error.args[0] if error.args else None
    return first if isinstance(first, Message) else None


def said(error: BaseException) -> str:
    """What ``error`` says: its ``Message`` (kept, so a service re-raising a lower layer's refusal in its own error
    class still says it in the clerk's language), else ``str(error)``."""
    return message_of(error) or str(error)
