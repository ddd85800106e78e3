"""``installer/smoke.py``, the check a built program passes (the frozen folder, an installed wheel), for the tests."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def installer_smoke() -> ModuleType:
    """``installer/smoke.py``, a stand-alone script, loaded from its file."""
    spec = importlib.util.spec_from_file_location("govdesk_installer_smoke", ROOT / "installer" / "smoke.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
