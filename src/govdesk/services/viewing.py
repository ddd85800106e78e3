"""Looking at an archived notice in the system's PDF viewer, when the archive is sealed at rest
(``store.sealed_files``).

A viewer program opens a file by its path, so the PDF is decrypted into a private folder: ``<data>/viewing/``,
mode 0700, each copy 0600. Under the data directory rather than the OS temporary folder: the data directory is the
window's own (beside the encrypted database, on the disk and with the access rights the installation gave it), the
sweep after a kill knows exactly where to look, and no other program's temporary-file cleaner or shared temp
directory (``/tmp`` on a PC several accounts use) is involved. The copies are removed at lock (idle, 锁定, 切换用户),
at logout and at exit (``clear``), and at the next start if the program was killed. A copy the viewer still holds
open where the system will not delete it (Windows) stays until the next clear that can.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import uuid
from pathlib import Path

from govdesk.domain.messages import Message, translate
from govdesk.services.errors import ServiceError
from govdesk.store.errors import StoreError
from govdesk.store.sealed_files import SealedFiles

log = logging.getLogger(__name__)

VIEWING_FOLDER = "viewing"

NOT_FOUND = translate("Viewing", "找不到存档文件：{path}", "services.viewing.not_found")
NOT_OPENED = translate("Viewing", "无法打开存档的通知书 {name}：{error}", "services.viewing.not_opened")
NOT_DECRYPTED = translate("Viewing", "无法打开存档的通知书：{error}", "services.viewing.not_decrypted")


class ViewingError(ServiceError):
    """A copy for viewing could not be made (Chinese, for the clerk)."""


class ViewingCopies:
    """Decrypted copies of archived files for the system's viewer, in ``<data_dir>/viewing`` (see the module)."""

    def __init__(self, data_dir: Path, files: SealedFiles) -> None:
        self.folder = data_dir / VIEWING_FOLDER
        self.files = files

    def copy(self, source: Path) -> Path:
        """The plaintext of ``source`` in the private folder, under its case folder's and its own name (what the
        viewer's title shows) and a few random letters (a copy still open in a viewer is never overwritten)."""
        if not source.is_file():
            raise ViewingError(Message(NOT_FOUND, path=source))
        try:
            data = self.files.read(source)
            self._private_folder()
            target = self.folder / f"{source.parent.name}-{source.stem}-{uuid.uuid4().hex[:6]}{source.suffix}"
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
            with os.fdopen(fd, "wb") as out:
                out.write(data)
        except StoreError as error:  # its words name the file already
            raise ViewingError(Message(NOT_DECRYPTED, error=error)) from error
        except OSError as error:
            raise ViewingError(Message(NOT_OPENED, name=source.name, error=error.strerror or error)) from error
        return target

    def _private_folder(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        os.chmod(self.folder, 0o700)  # made by an older umask, or loosened since: only this account reads in it

    def clear(self) -> int:
        """Remove every copy (and anything else left in the folder). Returns how many files went; one a viewer
        still holds where the system refuses (Windows) stays for the next clear, said in the log."""
        try:
            found = list(self.folder.iterdir())
        except OSError:  # none made yet (or not readable: nothing this program can remove either)
            return 0
        gone = 0
        for path in found:
            try:
                if path.is_dir() and not path.is_symlink():
                    shutil.rmtree(path)
                else:
                    path.unlink()
                gone += 1
            except FileNotFoundError:
                continue
            except OSError as error:
                log.warning("viewing copy kept: %s", error, extra={"event": "viewing_copy_kept"})
        with contextlib.suppress(OSError):
            self.folder.rmdir()  # empty: nothing says a notice was looked at
        return gone
