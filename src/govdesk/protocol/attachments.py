"""The attachments part of the sync protocol (pydantic models shared by ``central.attachments`` and
``sync.attachments``, so the window and the server cannot drift).

Upload, by a window (roles intake and issuing), for a case of its center whose events name the file:

- ``GET  /api/v1/cases/{case_id}/attachments/{sha256}/upload`` -> ``UploadState`` (how much the center holds);
- ``PUT  /api/v1/cases/{case_id}/attachments/{sha256}/upload?offset=N`` with the next bytes (at most
  ``central.limits.ATTACHMENT_CHUNK_LIMIT``) -> ``UploadState``; an offset other than ``received`` is a 409 whose
  detail is the ``UploadState``; the last chunk is checked against the hash before the file counts as arrived.

Back office (role back_office of the case's center and department):

- ``GET /api/v1/cases/{case_id}/attachments`` -> ``CaseAttachments``; ``GET /api/v1/attachments/{sha256}`` -> bytes.
- The result document (the licence's scan or PDF), after the decision: ``GET|PUT
  /api/v1/backoffice/cases/{case_id}/result-file/{sha256}?size=N&content_type=T[&offset=N]`` as the windows' uploads
  go, then ``POST .../result`` names it (``attachment_sha256``). The windows (intake, issuing) of the case's center
  read a result document with ``GET /api/v1/attachments/{sha256}`` (and no other file).

Data sharing (电子证照): ``GET /api/v1/licences/lookup?material=…&holder_id=…`` -> ``LicenceLookup``.
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, Field

#: The chunk a window sends: a 300 KB scan goes in one request (each request leaves the line idle while the center
#: answers: on a loaded server 0.1 s, a tenth of the line's time for 256 KB chunks and a state request per file), and
#: a cut line loses at most 4 s of a 1 Mbit/s line. At most ``central.limits.ATTACHMENT_CHUNK_LIMIT`` (1 MB).
UPLOAD_CHUNK = 512 * 1024


LICENCE_PATH = "/api/v1/licences/lookup"


def result_file_path(case_id: str, sha256: str) -> str:
    return f"/api/v1/backoffice/cases/{case_id}/result-file/{sha256}"


def attachment_path(sha256: str) -> str:
    return f"/api/v1/attachments/{sha256}"


def upload_path(case_id: str, sha256: str) -> str:
    return f"/api/v1/cases/{case_id}/attachments/{sha256}/upload"


class UploadState(BaseModel):
    sha256: str
    size: int = Field(description="the file's size, as the case's event names it")
    received: int = Field(description="bytes the center holds; the next chunk starts here")
    complete: bool = Field(description="the whole file arrived for this case, its hash checked")


class AttachmentEntry(BaseModel):
    material_code: str
    page: int = Field(description="1-based position of the file among the material's files")
    sha256: str
    size: int
    content_type: str
    arrived: bool = Field(description="false: named by the case's events, not yet uploaded whole")


class CaseAttachments(BaseModel):
    case_id: str
    attachments: list[AttachmentEntry]


class LicenceLookup(BaseModel):
    """A 电子证照 found (or not) in the licence library for a material and a holder."""

    found: bool
    material_code: str
    licence_no: str = ""
    licence_name: str = ""
    holder_name: str = ""
    issuer: str = ""
    source: str = Field("", description="the library that vouches for it, e.g. 电子证照库")
    valid_until: date | None = None
