#!/usr/bin/env python3
"""Build step for the catalog: the pinyin readings of its names and keywords, made ahead of time.

    .venv/bin/python scripts/build_pinyin.py            # writes resources/pinyin/catalog-readings.json
    .venv/bin/python scripts/build_pinyin.py --check    # exit 1 when the file does not match the catalog

The item search (``domain.catalog_search``) matches full pinyin and initials; computing them needs pypinyin's
phrase dictionary, about 0.2 s to load, which every start paid before the window showed (issue 15). This writes
``compute_pinyin(text)`` for every text of the shipped catalog (``catalog_texts``); the program seeds the search
with it (``govdesk.shipped.pinyin_readings``) and loads pypinyin only for a text not in it (a catalog pulled from the
center with new items, a query mixing characters and letters). Run it after changing ``resources/catalog``; a test
(``tests/domain/test_catalog_readings.py``) fails while the file is stale.
"""

from __future__ import annotations

import argparse
import json
import sys
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from govdesk.domain.catalog_loader import load_catalog  # noqa: E402
from govdesk.domain.catalog_search import catalog_texts, compute_pinyin  # noqa: E402

CATALOG = ROOT / "resources" / "catalog"
OUTPUT = ROOT / "resources" / "pinyin" / "catalog-readings.json"


def readings_document(catalog_dir: Path = CATALOG) -> dict[str, object]:
    catalog = load_catalog(catalog_dir)
    readings = {text: list(compute_pinyin(text)) for text in catalog_texts(catalog)}
    return {
        "about": "pinyin readings of the shipped catalog's texts; made by scripts/build_pinyin.py, do not edit",
        "catalog_version": catalog.version,
        "pypinyin": version("pypinyin"),
        "readings": readings,
    }


def render(document: dict[str, object]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check that the file is current")
    args = parser.parse_args(argv)
    text = render(readings_document())
    current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
    if args.check:
        if current != text:
            print(f"{OUTPUT.relative_to(ROOT)} is stale: run scripts/build_pinyin.py", file=sys.stderr)
            return 1
        return 0
    if current != text:
        OUTPUT.parent.mkdir(parents=True, exist_ok=True)
        OUTPUT.write_text(text, encoding="utf-8")
        print(f"wrote {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
