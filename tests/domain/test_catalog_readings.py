"""The item search's pinyin made ahead of time with the catalog (issue 15): ``resources/pinyin`` holds pypinyin's
own reading of every text of the shipped catalog, so a start needs no pypinyin, and the search finds the same."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from govdesk.domain.catalog_search import catalog_texts, compute_pinyin, to_pinyin
from govdesk.shipped import default_catalog, pinyin_readings

ROOT = Path(__file__).resolve().parents[2]


def test_the_shipped_readings_are_pypinyins_for_every_text_of_the_shipped_catalog() -> None:
    readings = pinyin_readings()
    texts = catalog_texts(default_catalog())
    assert len(texts) > 100 and set(readings) == set(texts)  # names, keywords and bundle names: no more, no less
    assert {text: readings[text] for text in texts} == {text: compute_pinyin(text) for text in texts}


def test_the_build_step_finds_the_file_current() -> None:
    script = ROOT / "scripts" / "build_pinyin.py"
    proc = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr


def test_a_text_without_a_reading_is_computed() -> None:
    text = "不在目录里的新事项"
    assert to_pinyin(text) == compute_pinyin(text) == ("buzaimululidexinshixiang", "bzmlldxsx")


SEARCH = """
import sys
from pathlib import Path
from govdesk.services.runtime import Runtime
from govdesk.services.settings import Settings
from govdesk.ui.intake.search import bundle_matches

runtime = Runtime.open(Path(sys.argv[1]) / "govdesk.sqlite", Path(sys.argv[1]), Settings(), lock=False)
queries = ("gtgsh", "getigong", "个体", "kaidian")
found = [[hit.item.code for hit in runtime.intake.search_items(query)] for query in queries]
bundles = [b.code for b in runtime.catalog.bundles if bundle_matches(b, "kbcyd")]
print(repr((found, bundles, "pypinyin" in sys.modules)))
mixed = [hit.item.code for hit in runtime.intake.search_items("个体gsh")]  # characters and letters: pypinyin
print(repr((mixed, "pypinyin" in sys.modules)))
runtime.close()
"""


def test_a_window_searches_the_shipped_catalog_without_loading_pypinyin(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-c", SEARCH, str(tmp_path)], cwd=ROOT, capture_output=True, text=True, check=True
    )
    first, second = (eval(line) for line in proc.stdout.splitlines())  # (our own repr)
    found, bundles, loaded = first
    assert not loaded  # names, initials, full pinyin, keywords and bundles: all from the readings made ahead
    shops = ["SCJG-01-001", "SCJG-01-002", "SCJG-01-003"]
    assert found == [shops, shops, shops, ["SCJG-01-001"]]
    assert bundles == ["BUNDLE-RESTAURANT"]
    mixed, loaded_now = second
    assert loaded_now and mixed == shops  # a query mixing characters and letters is converted by pypinyin
