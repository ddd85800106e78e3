"""The central server's logging when served by ``govdesk central serve``: uvicorn's own configuration with the same
personal-data masking as the windows (``domain.logmask``) on every handler, and the server's own loggers
(``govdesk.*``) written beside uvicorn's. An ID number in a request's query string, an error message or an ``extra``
field never reaches the server's log (个人信息保护法 art. 51; regulation 000 Art. 32)."""

from __future__ import annotations

import copy
from typing import Any

MASK_FILTER = "govdesk.domain.logmask.MaskingLogFilter"


def log_config(level: str = "info") -> dict[str, Any]:
    """uvicorn's ``LOGGING_CONFIG`` with the masking filter on each handler and the ``govdesk`` loggers added at
    ``level`` (``debug`` shows every request: ``central/metrics.py``)."""
    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    config.setdefault("filters", {})["mask_personal_data"] = {"()": MASK_FILTER}
    for handler in config["handlers"].values():
        handler.setdefault("filters", []).append("mask_personal_data")
    config["loggers"]["govdesk"] = {"handlers": ["default"], "level": level.upper(), "propagate": False}
    return config
