"""How a call to the central server can fail, each kind with what the engine does about it (``retry``)."""

from __future__ import annotations

from govdesk.domain.errors import GovdeskError


class SyncError(GovdeskError):
    """A failed call. ``str()`` is a message for the clerk, in Chinese; ``code`` is the server's code if any."""

    #: Whether trying again later (with back-off) may succeed.
    retry = True

    def __init__(
        self, message: str, *, code: str = "", status: int | None = None, retry_after: float | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.status = status
        #: The server's ``Retry-After`` in seconds, when it said one: the engine waits at least that long.
        self.retry_after = retry_after


class NetworkError(SyncError):
    """No answer: connection refused or reset, DNS, timeout. Retried with back-off."""


class ServerTimeout(NetworkError):
    """Connected, but the server did not answer within the read timeout (it may have committed). The engine makes
    the next push batch smaller (``govdesk.sync.batching``)."""


class ServerError(SyncError):
    """A 5xx answer. Retried with back-off, even if nothing new is written locally."""


class ServerBusy(ServerError):
    """503: the server is full (``central/backpressure.py``). The engine waits at least its ``Retry-After`` (with
    jitter on top, so the windows told the same do not all come back at once) and says so in the status."""


class BadResponse(SyncError):
    """An answer that is not what the protocol says (garbage, cut short, wrong shape). Retried with back-off."""


class NeedsLogin(SyncError):
    """The login was revoked, or the refresh token refused or missing: the clerk must log in again.
    Pushing stops until then; the queue is kept."""

    retry = False


class ClientTooOld(SyncError):
    """426, or an answer announcing a newer major protocol version: the server wants a newer program. Pushing
    pauses; the queue is kept."""

    retry = False


class ServerTooOld(SyncError):
    """The server speaks an older major protocol version than this program: retried with back-off (an admin
    upgrades the server)."""


class CursorGone(SyncError):
    """410: the pull cursor is older than what the server keeps; take a snapshot."""


class RequestRefused(SyncError):
    """Any other 4xx: our request is wrong (a bug). Recorded; retried only after back-off, never in a tight loop."""


class LocalStoreFailed(SyncError):
    """This PC's database refused a sync write (a full disk, a read-only file): nothing half-applied, retried with
    back-off. The clerk's own cases are not affected; the message says so."""


class InsecureServer(SyncError):
    """The server's address is plain ``http://`` to another machine, or not an http(s) address at all: refused
    before any connection is made (no password, token or citizen's data leaves in clear). An admin fixes the
    setting; retrying cannot help."""

    retry = False


class CertificateRefused(SyncError):
    """The TLS handshake failed: the server's certificate is not signed by a trusted CA (or the CA bundle set for
    this window is missing), or it is not for this address. Nothing was sent; an admin fixes the certificate or
    the CA bundle."""

    retry = False


class DeviceQuarantined(SyncError):
    """The center quarantined this device (a sequence regression: the PC was restored from an old backup) and refuses
    everything from it until an admin re-enrols it. The engine stops pushing and pulling, the intake stops numbering
    new cases, every event is kept; each later round only asks whether the re-enrolment was allowed
    (``govdesk.central.quarantine``)."""

    retry = False


class DevicePending(SyncError):
    """This device's registration waits for an admin's approval: nothing is sent yet, the queue is kept, and each
    later round asks again."""

    retry = False
