"""A simulated 高拍仪 (document camera) / scanner for tests and the demo: it writes its scans into the folder its
driver is set to, the way the real drivers do (a temporary name first, then renamed, so a reader never sees half a
file), and the window takes them from there (``services.attachments.AttachmentService.take_from_folder``).

    scanner = SimulatedScanner(folder)
    scanner.scan("居民身份证 正面")            # one JPEG page, ~A4 at 150 dpi, with the words drawn on it
    scanner.scan_pdf(["第1页", "第2页"])       # one PDF of two pages

Each page shows its label and a running number, and differs from every other (its bytes differ), as real scans do.
``target_bytes`` pads a JPEG towards a size (a 300 dpi colour scan is about 300 KB) for benchmarks.

Run ``python -m govdesk.devices.scanner FOLDER [N]`` to scan N pages (default 3) into FOLDER for the demo.
"""

from __future__ import annotations

import io
import itertools
import os
import random
import sys
from pathlib import Path
from typing import Any


class SimulatedScanner:
    """See the module docstring. Pillow draws the pages (as a driver's own imaging library would)."""

    def __init__(self, folder: Path | str, *, prefix: str = "SCAN", seed: int = 0) -> None:
        self.folder = Path(folder)
        self.prefix = prefix
        self._numbers = itertools.count(1)
        self._random = random.Random(seed)

    def page_jpeg(self, label: str, *, size: tuple[int, int] = (1240, 1754), target_bytes: int = 0) -> bytes:
        """One page as JPEG bytes: white paper, a frame, the label, lines of "text" and noise (scans are noisy)."""
        from PIL import Image, ImageDraw

        number = next(self._numbers)
        img = Image.new("RGB", size, (250, 250, 246))
        draw = ImageDraw.Draw(img)
        w, h = size
        draw.rectangle((40, 40, w - 40, h - 40), outline=(30, 30, 30), width=4)
        draw.text((80, 80), f"{self.prefix} {number:04d}", fill=(0, 0, 0))
        draw.text((80, 110), label.encode("ascii", "replace").decode(), fill=(0, 0, 0))
        for y in range(200, h - 120, 36):
            length = self._random.randint(w // 3, w - 200)
            draw.line((80, y, 80 + length, y), fill=(60, 60, 60), width=3)
        quality = 85
        data = _jpeg(img, quality)
        if target_bytes:
            noise = Image.effect_noise(size, 40).convert("RGB")
            blend = 0.05
            while len(data) < target_bytes * 0.9 and blend < 0.9:
                data = _jpeg(Image.blend(img, noise, blend), quality)
                blend += 0.05
        return data

    def scan(self, label: str = "", *, target_bytes: int = 0) -> Path:
        """Write one JPEG page into the folder (temporary name, then renamed); returns its final path."""
        return self._write(self.page_jpeg(label, target_bytes=target_bytes), ".jpg")

    def scan_pdf(self, labels: list[str]) -> Path:
        """Write one multi-page PDF (Pillow's PDF writer, as a scanner's "scan to PDF")."""
        pages = [_image(self.page_jpeg(label, size=(620, 877))) for label in labels or [""]]
        out = io.BytesIO()
        pages[0].save(out, "PDF", save_all=True, append_images=pages[1:], resolution=75)
        return self._write(out.getvalue(), ".pdf")

    def _write(self, data: bytes, suffix: str) -> Path:
        self.folder.mkdir(parents=True, exist_ok=True)
        stem = f"{self.prefix}_{os.getpid()}_{self._random.getrandbits(40):010x}"
        partial = self.folder / f"{stem}{suffix}.part"
        final = self.folder / f"{stem}{suffix}"
        with partial.open("wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(partial, final)
        return final


def _jpeg(img: Any, quality: int) -> bytes:
    out = io.BytesIO()
    img.save(out, "JPEG", quality=quality, dpi=(150, 150))
    return out.getvalue()


def _image(data: bytes) -> Any:
    from PIL import Image

    return Image.open(io.BytesIO(data)).convert("RGB")


def main(argv: list[str]) -> int:
    if not argv:
        sys.stderr.write("usage: python -m govdesk.devices.scanner FOLDER [N]\n")
        return 2
    scanner = SimulatedScanner(argv[0])
    for i in range(int(argv[1]) if len(argv) > 1 else 3):
        sys.stdout.write(f"{scanner.scan(f'page {i + 1}')}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
