"""Translators: ours (``translations/govdesk_<lang>.qm``) and Qt's own (``qtbase_<lang>.qm``), so standard dialogs
and buttons speak the clerk's language too. Every installed ``QTranslator`` is kept referenced: a collected
translator silently stops translating.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from govdesk.domain.messages import Message, MessageText, message_of
from govdesk.resources import resources_dir

log = logging.getLogger(__name__)

# The languages the shell speaks. Source strings are Chinese; ``en`` is a translation.
LANGUAGES = ("zh_CN", "en")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` without translating it now (Qt's macro, typed for mypy).
    Translate it where it is shown: ``QCoreApplication.translate(context, text)``."""
    return text


def qt_translator(text: MessageText) -> str:
    """A declared message's template in the UI language (``domain.messages``: its key is the disambiguation)."""
    return QCoreApplication.translate(text.context, text.source, text.key)


def say(text: str) -> str:
    """What the clerk reads for ``text`` that came from a service or the domain: a ``Message`` rendered in the UI
    language, any other string as it is (a layer not yet converted to messages speaks Chinese)."""
    return text.render(qt_translator) if isinstance(text, Message) else text


def error_text(error: BaseException) -> str:
    """What the clerk reads for ``error``: the ``Message`` it was raised with in the UI language, else ``str(error)``
    (a page's own failure handler says a refusal with this, never with ``str(error)``, which is the Chinese)."""
    message = message_of(error)
    return say(message) if message is not None else str(error)


# Kept for the life of the process (see the module docstring).
_installed: list[QTranslator] = []


def translations_dir() -> Path:
    """``$GOVDESK_TRANSLATIONS``; the frozen bundle's ``translations/``; beside the resources: the installed package's
    ``_data/translations`` (a wheel) or the checkout's ``translations/``."""
    env = os.environ.get("GOVDESK_TRANSLATIONS")
    if env:
        return Path(env)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "translations"
    return resources_dir().parent / "translations"


def install_translators(language: str) -> list[QTranslator]:
    """Install the translators for ``language`` ("zh_CN" or "en") on the running application; return them.

    A missing ``.qm`` is logged, never fatal: the source strings are Chinese, so at worst the UI stays Chinese.
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_translators needs a QApplication")
    remove_translators()
    QLocale.setDefault(QLocale(language))
    candidates = [
        (translations_dir(), f"govdesk_{language}"),
        (Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), f"qtbase_{language}"),
    ]
    for directory, name in candidates:
        translator = QTranslator(app)
        if translator.load(name, str(directory)):
            app.installTranslator(translator)
            _installed.append(translator)
            log.info("translation %s loaded from %s", name, directory)
        elif language == "en" and name.startswith("govdesk"):
            log.warning(
                "translation %s.qm not found in %s (run scripts/build_ui.py); the UI stays Chinese", name, directory
            )
        else:
            log.info("translation %s not found in %s", name, directory)
    return list(_installed)


def remove_translators() -> None:
    app = QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)
