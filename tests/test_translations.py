"""Every string the clerk reads is translatable and translated (issue 15, "Language and settings").

- No Chinese literal in ``src/govdesk/ui`` outside a call ``pyside6-lupdate`` collects (``tr("…")``,
  ``translate("Context", "…")``, ``QT_TRANSLATE_NOOP("Context", "…")``, with literal arguments: lupdate does not
  evaluate a variable, so ``translate(CONTEXT, "…")`` or a wrapper ``_tr("…")`` is never collected and stays Chinese
  in English). Docstrings, log lines and font measurements (``horizontalAdvance("中")``) are not read by the clerk;
  the rest that must stay Chinese is in ``ALLOWED`` with its reason.
- ``translations/govdesk_en.ts`` and ``govdesk_zh_CN.ts``: no unfinished, vanished or obsolete message; every
  placeholder of a source is in its translation; every string the code marks and every declared message
  (``domain.messages``) is in them (else: run ``scripts/build_ui.py`` and translate).

When these fail after a merge, run ``.venv/bin/python scripts/build_ui.py`` and translate what it added.
"""

from __future__ import annotations

import ast
import importlib
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

from govdesk.domain.messages import declared, placeholders

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "src" / "govdesk" / "ui"
TRANSLATIONS = ROOT / "translations"
TS_FILES = ("govdesk_en.ts", "govdesk_zh_CN.ts")

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
#: Calls that are never shown: log lines (for the admin, in English) and font measurements.
NOT_SHOWN_METHODS = frozenset({"horizontalAdvance", "boundingRect", "tightBoundingRect", "elidedText"})
LOGGERS = frozenset({"log", "logger", "logging", "_log"})

#: (path under src/govdesk/ui, literal) -> why it stays Chinese in every language.
ALLOWED: dict[tuple[str, str], str] = {
    ("forms.py", "界面文件尚未编译（缺少 "): "said before Qt and any translator exist; the message is bilingual",
    ("forms.py", "）。请先运行：python "): "said before Qt and any translator exist; the message is bilingual",
    ("supervision_records/center_items.py", "本中心规定"): "data: the basis a center's own checklist item records",
    ("intake/idcard.py", "张三"): "data: the simulated reader's demo card (a Chinese ID card's fields)",
    ("intake/idcard.py", "河南省渑池县城关镇韶州大道 1 号"): "data: the demo card's address",
    ("intake/idcard.py", "男"): "data: the demo card's sex, as the card and the case record it",
    ("intake/idcard.py", "汉"): "data: the demo card's nation",
    ("intake/idcard.py", "渑池县公安局"): "data: the demo card's issuing authority",
    ("intake/transfer.py", "申请人姓名八个字"): "a width sample measured for a column, never shown",
    ("intake/transfer.py", "已容缺受理"): "a width sample measured for a column, never shown",
    ("caseview/dialog.py", "后台要求补正"): "compares with the service's row label (data), not shown",
    ("statusbar.py", "离线"): "compares with the sync engine's state label (data), not shown",
}


@dataclass(frozen=True)
class Literal:
    path: str
    line: int
    text: str
    why: str

    def __str__(self) -> str:
        return f"src/govdesk/ui/{self.path}:{self.line}: {self.text!r} ({self.why})"


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _is_str(node: ast.expr | None) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _collected_sources(call: ast.Call) -> list[ast.expr]:
    """The source-text arguments of a call lupdate collects, when it can (literal context and text)."""
    name, args = _name(call.func), call.args
    if name in ("tr", "QT_TR_NOOP") and args and _is_str(args[0]):
        return [args[0]]
    if name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2 and _is_str(args[0]) and _is_str(args[1]):
        return [args[1]]
    return []


def ui_sources() -> list[Path]:
    return sorted(p for p in UI.rglob("*.py") if "generated" not in p.relative_to(UI).parts)


def scan(path: Path, root: Path = UI) -> tuple[list[Literal], list[Literal]]:
    """(Chinese literals lupdate does not collect, the literals it does), of one module under ``root``."""
    rel = path.relative_to(root).as_posix()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    fine: set[int] = set()
    collected: list[Literal] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            sources = _collected_sources(node)
            for source in sources:
                fine.add(id(source))
                assert isinstance(source, ast.Constant)
                collected.append(Literal(rel, source.lineno, source.value, "collected"))
            func = node.func
            not_shown = _name(func) in NOT_SHOWN_METHODS or (
                isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id in LOGGERS
            )
            if not_shown:
                fine.update(id(n) for n in ast.walk(node))
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and _is_str(first.value):
                fine.add(id(first.value))  # a docstring
    bad = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)) or id(node) in fine:
            continue
        if HAN.search(node.value) and (rel, node.value) not in ALLOWED:
            bad.append(Literal(rel, node.lineno, node.value, "not in a call lupdate collects"))
    return sorted(bad, key=lambda lit: lit.line), collected


def test_no_chinese_literal_in_the_ui_outside_tr() -> None:
    bad: list[Literal] = []
    for path in ui_sources():
        bad += scan(path)[0]
    assert not bad, (
        f'{len(bad)} Chinese literal(s) in ui/ that lupdate does not collect: wrap each in self.tr("…") or '
        'QCoreApplication.translate("Context", "…") with literal arguments (or add it to ALLOWED with a reason):\n'
        + "\n".join(map(str, bad))
    )


def test_the_scan_finds_what_lupdate_misses(tmp_path: Path) -> None:
    """The rule itself: a wrapper, a variable context and an f-string are found; tr, docstrings and logs are not."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        '"""模块说明。"""\n'
        "CONTEXT = 'X'\n"
        "def f(self, n):\n"
        "    '''函数说明。'''\n"
        "    log.info('已记录 %s', n)\n"
        "    self.tr('好的')\n"
        "    QCoreApplication.translate('Ctx', '可以')\n"
        "    QCoreApplication.translate(CONTEXT, '变量上下文')\n"
        "    _tr('包装函数')\n"
        "    return f'共 {n} 件'\n",
        encoding="utf-8",
    )
    bad, collected = scan(sample, tmp_path)
    assert [(lit.line, lit.text) for lit in bad] == [(8, "变量上下文"), (9, "包装函数"), (10, "共 "), (10, " 件")]
    assert str(bad[0]).startswith("src/govdesk/ui/sample.py:8: ")
    assert {lit.text for lit in collected} == {"好的", "可以"}


# ---------------------------------------------------------------------------------------------------- the .ts files


@dataclass(frozen=True)
class TsMessage:
    context: str
    source: str
    comment: str
    translation: str
    kind: str  # the translation's type: "" (finished), "unfinished", "vanished", "obsolete"


def ts_messages(name: str) -> list[TsMessage]:
    root = ET.parse(TRANSLATIONS / name).getroot()
    found = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append(
                TsMessage(
                    context.findtext("name") or "",
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    "\n".join(f.text or "" for f in translation.iter("numerusform")) or translation.text or "",
                    translation.get("type", ""),
                )
            )
    return found


@pytest.mark.parametrize("name", TS_FILES)
def test_every_message_is_translated(name: str) -> None:
    messages = ts_messages(name)
    assert len(messages) > 600
    left = [m for m in messages if m.kind or not m.translation.strip()]
    assert not left, f"{name}: {len(left)} message(s) unfinished, vanished or obsolete:\n" + "\n".join(
        f"  [{m.context}] {m.kind or 'empty'}: {m.source!r}" for m in left
    )


@pytest.mark.parametrize("name", TS_FILES)
def test_translations_keep_every_placeholder(name: str) -> None:
    """``{name}`` / ``%1`` of the source in the translation (a lost one raises or prints a blank), and no other."""
    wrong = []
    for m in ts_messages(name):
        if not m.translation:
            continue
        qt_args = set(re.findall(r"%\d", m.source)) ^ set(re.findall(r"%\d", m.translation))
        if placeholders(m.source) != placeholders(m.translation) or qt_args:
            wrong.append(f"  [{m.context}] {m.source!r} -> {m.translation!r}")
    assert not wrong, f"{name}: placeholders differ:\n" + "\n".join(wrong)


def test_chinese_is_its_own_translation() -> None:
    wrong = [m for m in ts_messages("govdesk_zh_CN.ts") if m.translation and m.translation != m.source]
    assert not wrong, "\n".join(f"[{m.context}] {m.source!r} -> {m.translation!r}" for m in wrong)


def test_english_has_no_chinese_left() -> None:
    """Chinese in an English translation only where it is a name the clerk types or reads in Chinese (a field of an
    ID card, a regulation's title) - listed here."""
    keep = re.compile(r"《[^》]+》|“[^”]+”")  # titles of laws and quoted Chinese terms, kept for the record
    left = [m for m in ts_messages("govdesk_en.ts") if HAN.search(keep.sub("", m.translation))]
    assert not left, "\n".join(f"[{m.context}] {m.source!r} -> {m.translation!r}" for m in left)


DECLARATION = re.compile(r"\btranslate\(\s*\"")


def _import_all() -> None:
    """Import every module that declares messages (the layers scripts/build_ui.py reads), so ``declared()`` holds
    them all."""
    src = ROOT / "src"
    for layer in ("domain", "services", "store", "printing", "sync"):
        for path in sorted((src / "govdesk" / layer).rglob("*.py")):
            if DECLARATION.search(path.read_text(encoding="utf-8")):
                importlib.import_module(".".join(path.relative_to(src).with_suffix("").parts))


def test_every_collected_string_and_declared_message_is_in_both_files() -> None:
    """The .ts files are up to date with the code: nothing marked is missing (run scripts/build_ui.py)."""
    _import_all()
    wanted = {(text.context, text.source, text.key) for text in declared().values()}
    assert len(wanted) > 40  # the identity and intake catalogs at least
    for name in TS_FILES:
        have = {(m.context, m.source, m.comment) for m in ts_messages(name) if not m.kind or m.kind == "unfinished"}
        missing = sorted(wanted - have)
        assert not missing, f"{name} lacks declared messages (run scripts/build_ui.py):\n" + "\n".join(
            map(str, missing)
        )
        sources = {m.source for m in ts_messages(name)}
        ui_missing = sorted(
            {
                str(lit)
                for path in ui_sources()
                for lit in scan(path)[1]
                if lit.text not in sources and HAN.search(lit.text)
            }
        )
        assert not ui_missing, f"{name} lacks strings of ui/ (run scripts/build_ui.py):\n" + "\n".join(ui_missing)


def test_declared_messages_have_unique_keys_and_named_placeholders() -> None:
    _import_all()
    texts = declared().values()
    assert all(re.fullmatch(r"[a-z_]+(\.[a-z_0-9]+)+", t.key) for t in texts), [t.key for t in texts]
    positional = [t.key for t in texts if "{}" in t.source or re.search(r"\{\d", t.source)]
    assert not positional, f"named placeholders only (a translation reorders them): {positional}"


# ------------------------------------------------------------------- messages from below the UI carry their key

#: The layers below the UI whose errors reach the clerk: services and the sync stack, and under them the domain
#: (a case's rules, numbers, calendars), the local store and printing.
BELOW_UI = ("services", "sync", "domain", "store", "printing")
#: Helpers that raise an error for the clerk from a text they are given (``Case._refuse(action, why)``,
#: ``case_records.refuse(case, what, why)``, the holiday notice reader's ``fail(message)``).
REFUSERS = frozenset({"_refuse", "refuse", "fail"})


def _layer_modules(layer: str) -> list[Path]:
    """The modules of a layer (not Alembic's migration scripts, which run only inside Alembic)."""
    src = ROOT / "src" / "govdesk"
    return [p for p in sorted((src / layer).rglob("*.py")) if "migrations" not in p.relative_to(src).parts]


def _error_classes() -> frozenset[str]:
    """The names of every error class a layer below the UI raises for the clerk (``GovdeskError`` and its
    subclasses, found by importing the modules)."""
    from govdesk.domain.errors import GovdeskError

    src = ROOT / "src"
    names = {"GovdeskError"}
    for layer in BELOW_UI:
        for path in _layer_modules(layer):
            module = importlib.import_module(".".join(path.relative_to(src).with_suffix("").parts))
            for value in vars(module).values():
                if isinstance(value, type) and issubclass(value, GovdeskError):
                    names.add(value.__name__)
    return frozenset(names)


def _plain_text(node: ast.expr) -> ast.expr | None:
    """The part of an error's message that is plain text, not a ``domain.messages.Message`` (None when none is):
    a Chinese literal, an f-string, text glued with ``+`` or ``%``, ``str(…)``, ``"…".format``/``"…".join``. A name,
    an attribute or another call cannot be judged here and passes (``said(error)``, ``error.message``)."""
    if isinstance(node, ast.Constant):
        return node if isinstance(node.value, str) and HAN.search(node.value) else None
    if isinstance(node, ast.JoinedStr):
        return node
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        return (
            node
            if any(isinstance(side, ast.Constant | ast.JoinedStr) for side in (node.left, node.right))
            else (_plain_text(node.left) or _plain_text(node.right))
        )
    if isinstance(node, ast.IfExp):
        return _plain_text(node.body) or _plain_text(node.orelse)
    if isinstance(node, ast.BoolOp):
        return next((found for value in node.values if (found := _plain_text(value)) is not None), None)
    if isinstance(node, ast.Call):
        if isinstance(node.func, ast.Name) and node.func.id == "str":
            return node
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr in ("format", "join") and isinstance(func.value, ast.Constant):
            return node
    return None


def _chinese_text(node: ast.expr) -> ast.expr | None:
    """Plain text (``_plain_text``) with Chinese in its literal parts: what a parameter other than the message, or
    a variable, holds when it is a sentence for the clerk (``why = f"尚缺{names}"``), unlike ``str(path)``."""
    plain = _plain_text(node)
    if plain is None:
        return None
    literal = (n.value for n in ast.walk(plain) if isinstance(n, ast.Constant) and isinstance(n.value, str))
    return plain if any(HAN.search(text) for text in literal) else None


def _chinese_names(function: ast.AST) -> set[str]:
    """The local names a function binds to Chinese plain text (``what = "尚缺" + "、".join(names)``)."""
    return {
        target.id
        for node in ast.walk(function)
        if isinstance(node, ast.Assign) and _chinese_text(node.value) is not None
        for target in node.targets
        if isinstance(target, ast.Name)
    }


def unkeyed_messages(
    path: Path,
    errors: frozenset[str],
    root: Path,
    index: int = 0,
    keywords: tuple[str, ...] = ("message", "reason", "why"),
) -> list[str]:
    """``file:line: Error(text)`` for each error of ``errors`` made with plain text in ``path``: the message
    argument of an error class (the positional one at ``index``, or one of ``keywords``; a later positional one
    when it is Chinese text) or of a ``REFUSERS`` helper (the first), a local name bound to Chinese text passed as
    one of them, and in an error class's body ``super().__init__(text)`` and ``default_message = text``."""
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    found: list[tuple[int, str]] = []

    def report(node: ast.AST, what: str, plain: ast.expr) -> None:
        text = (ast.get_source_segment(source, plain) or "")[:80]
        found.append((node.lineno, f"{path.relative_to(root).as_posix()}:{node.lineno}: {what}({text})"))

    def check_call(node: ast.Call, what: str, names: set[str], at: int = 0) -> None:
        first = list(node.args[at : at + 1]) + [k.value for k in node.keywords if k.arg in keywords]
        for argument in first + list(node.args[at + 1 :]):
            plain = _plain_text(argument) if argument in first else _chinese_text(argument)
            if plain is None and isinstance(argument, ast.Name) and argument.id in names:
                plain = argument
            if plain is not None:
                report(node, what, plain)

    scopes: list[ast.AST] = [tree] + [
        n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
    ]
    seen: set[int] = set()
    for scope in reversed(scopes):  # innermost first: a call is judged with the names of its own function
        names = _chinese_names(scope) if scope is not tree else set()
        for node in ast.walk(scope):
            if isinstance(node, ast.Call) and id(node) not in seen:
                seen.add(id(node))
                if _name(node.func) in errors:
                    check_call(node, _name(node.func), names, index)
                elif _name(node.func) in REFUSERS:
                    check_call(node, _name(node.func), names)
    for cls in ast.walk(tree):
        if not (isinstance(cls, ast.ClassDef) and any(_name(base) in errors for base in cls.bases)):
            continue
        for node in ast.walk(cls):
            if (
                isinstance(node, ast.Call)
                and _name(node.func) == "__init__"
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Call)
                and _name(node.func.value.func) == "super"
            ):
                check_call(node, f"{cls.name}.super().__init__", set())
        for statement in cls.body:
            if isinstance(statement, ast.Assign | ast.AnnAssign) and statement.value is not None:
                targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target]
                plain = _plain_text(statement.value)
                if plain is not None and any(_name(t) == "default_message" for t in targets):
                    report(statement, f"{cls.name}.default_message = ", plain)
    return [line for _, line in sorted(found)]


def test_every_error_below_the_ui_is_raised_with_a_keyed_message() -> None:
    """A refusal of a service, the sync stack, the domain, the store or printing reaches the clerk through
    ``ui.operations.message_for`` / ``ui.i18n.error_text``, which can say it in English only when it is a
    ``domain.messages.Message``: an error made from plain Chinese text (an f-string, a literal, ``str(error)`` of a
    lower layer's error - use ``said(error)``) stays Chinese in the English UI. As far as can be seen statically:
    the message argument of every error class and refusing helper (see ``unkeyed_messages``)."""
    errors = _error_classes()
    assert {"ServiceError", "HandoffError", "SyncError", "NeedsLogin", "QueueError"} <= errors
    assert {
        "DomainError",
        "IllegalTransition",
        "NumberError",
        "CalendarDataError",
        "StoreError",
        "PrintError",
    } <= errors
    src = ROOT / "src"
    found = [
        line for layer in BELOW_UI for path in _layer_modules(layer) for line in unkeyed_messages(path, errors, src)
    ]
    assert not found, (
        f"{len(found)} error(s) below the UI made from plain text: declare the text with "
        "domain.messages.translate(context, source, key) and raise Error(Message(TEXT, **params)):\n" + "\n".join(found)
    )


#: The central server's errors whose words reach a window or the back office (``ErrorBody.message_zh`` and, since
#: protocol 2.1's ``message_key``/``params``, the clerk's language): the class or function, and which positional
#: argument is the message. ``AdminError``/``AdminRefused`` are the ``govdesk central`` command line's, for the
#: center's administrator at a console, in Chinese.
CENTRAL_ERRORS: dict[str, int] = {
    "ApiError": 2,
    "error_response": 2,
    "_unauthorized": 1,
    "DeviceAdminError": 0,
    "RevokeRefused": 0,
    "Regression": 0,
    "EventRefused": 1,  # a pushed event's refusal (``PushResult.reason``)
    "_answer": 4,  # central.push: a pushed event's answer, its reason
}


def test_every_refusal_of_the_central_server_is_keyed() -> None:
    """What the center refuses with reaches the clerk as ``ErrorBody`` (``govdesk.central.errors``): only an error
    made with a ``Message`` (declared in ``govdesk.protocol.refusals``) carries a ``message_key`` the window can say
    in English; the same for a pushed event's refusal (``PushResult.reason``). On the code before this check it found
    155 plain-text sites."""
    src = ROOT / "src"
    found = [
        line
        for path in sorted((src / "govdesk" / "central").rglob("*.py"))
        for name, index in CENTRAL_ERRORS.items()
        for line in unkeyed_messages(path, frozenset({name}), src, index, ("message_zh", "message", "reason"))
    ]
    assert not found, (
        f"{len(found)} refusal(s) of the central server made from plain text: declare the text in "
        "govdesk.protocol.refusals and raise ApiError(status, code, Message(TEXT, **params)):\n" + "\n".join(found)
    )


def test_the_keyed_message_check_finds_plain_text(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "def f(case, error, said):\n"
        "    raise HandoffError(Message(NOT_FOUND, case_no=case.case_no))\n"  # 2: keyed
        "    raise HandoffError(said(error))\n"  # 3: a lower layer's Message kept
        "    raise HandoffError(error.message or Message(UNKNOWN))\n"  # 4: cannot be judged: passes
        "    raise HandoffError('找不到该办件')\n"  # 5
        "    raise HandoffError(f'办件 {case.case_no} 不能出件')\n"  # 6
        "    raise HandoffError('不能邮寄：' + '；'.join(problems))\n"  # 7
        "    raise HandoffError(str(error))\n"  # 8
        "    return NeedsLogin(said or '登录已失效', code='x')\n"  # 9: made, not raised: still found
        "    raise ValueError('内部错误')\n"  # 10: not an error for the clerk
        "def g(self, case, path, names):\n"
        "    why = '尚缺' + '、'.join(names)\n"  # 12: bound to Chinese text ...
        "    kept = str(path)\n"  # 13: ... and to text that is not a sentence
        "    raise HandoffError(Message(OPEN, why=why), kept)\n"  # 14: a Message; a path after it: passes
        "    raise HandoffError(why)\n"  # 15: the name bound to Chinese text
        "    self._refuse(Action.REVOKE, '承诺已履行')\n"  # 16: a refusing helper's reason
        "    refuse(case, what, f'新日期 {day} 不晚于原日期')\n"  # 17
        "    raise EventRefused('unknown_kind', f'不认识事件类型“{kind}”')\n"  # 18: a later argument in Chinese
        "    raise PrintError(Message(FAILED, name=name), str(path))\n"  # 19: a path after a Message: passes
        "    raise self.fail(Message(NO_SUCH_DATE, day=day))\n"  # 20: keyed
        "class StoreFull(StoreError):\n"
        "    default_message = '磁盘已满，办件未保存'\n"  # 22
        "class Illegal(HandoffError):\n"
        "    default_message = messages.ILLEGAL\n"  # 24: keyed, declared elsewhere
        "    def __init__(self, case_no):\n"
        "        super().__init__(f'办件 {case_no} 不能出件')\n"  # 26
        "class Plain(Exception):\n"
        "    def __init__(self, case_no):\n"
        "        super().__init__(f'办件 {case_no}')\n",  # 29: not an error for the clerk
        encoding="utf-8",
    )
    errors = frozenset({"HandoffError", "NeedsLogin", "EventRefused", "PrintError", "StoreError"})
    found = unkeyed_messages(sample, errors, tmp_path)
    lines = [line.split(":")[1] for line in found]
    assert lines == ["5", "6", "7", "8", "9", "15", "16", "17", "18", "22", "26"], found
    assert found[0] == "sample.py:5: HandoffError('找不到该办件')"
    assert found[-2] == "sample.py:22: StoreFull.default_message = ('磁盘已满，办件未保存')"


def test_every_message_is_made_with_the_parameters_of_its_template() -> None:
    """``Message(TEXT, name=…)`` below the UI names exactly the placeholders of ``TEXT`` (a missing one raises
    ``KeyError`` only when the refusal happens, at the window; an extra one is a word the clerk never reads). Checked
    where ``TEXT`` is a name of the module that makes the message and every parameter is a keyword."""
    from govdesk.domain.messages import MessageText

    src = ROOT / "src"
    checked, wrong = 0, []
    for layer in (*BELOW_UI, "ui"):
        for path in [p for p in _layer_modules(layer) if "generated" not in p.parts]:
            source = path.read_text(encoding="utf-8")
            if "Message(" not in source:
                continue
            module = importlib.import_module(".".join(path.relative_to(src).with_suffix("").parts))
            for node in ast.walk(ast.parse(source)):
                if not (isinstance(node, ast.Call) and _name(node.func) == "Message" and node.args):
                    continue
                first = node.args[0]
                text = getattr(module, first.id, None) if isinstance(first, ast.Name) else None
                if not isinstance(text, MessageText) or any(k.arg is None for k in node.keywords):
                    continue
                checked += 1
                given = {k.arg for k in node.keywords}
                if given != placeholders(text.source):
                    rel = path.relative_to(src).as_posix()
                    wanted = sorted(placeholders(text.source))
                    wrong.append(f"{rel}:{node.lineno}: {text.key} has {wanted}, given {sorted(given)}")
    assert checked > 300
    assert not wrong, "\n".join(wrong)
