"""Notice to PDF: a one-page 一次性告知单 rendered, signed and written, and a 40-material one (two pages).

Each notice has its own case number, so the QR signature and its matrix are computed every time (nothing is
cached across samples but the guide-URL QR, as in real use). Baseline, in the same run: the same filled HTML
laid out by a bare QTextDocument and written by QTextDocument.print() — no barcode, QR, seal, signature, glyph
check or row-cut check. Goal: median ≤ 150 ms for the one-page notice (brief h7).
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from benchmarks.figures import Figure, median_ms, time_calls

GOAL_MS = 150.0


def run(workdir: Path, *, quick: bool = False, size: int | None = None) -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument
    from PySide6.QtWidgets import QApplication

    from govdesk.domain.notices import NoticeKind, NoticeLine
    from govdesk.printing import context
    from govdesk.printing.render import NoticeRenderer
    from govdesk.printing.sample import sample_notice
    from govdesk.printing.signing import NoticeSigner
    from govdesk.printing.templates import TemplateSet, fill

    app = QApplication.instance() or QApplication(["bench"])  # noqa: F841 - fonts need it; other benchmarks need widgets
    n = size or (5 if quick else 25)
    templates = TemplateSet()
    renderer = NoticeRenderer(NoticeSigner(Ed25519PrivateKey.generate()), templates)
    base = sample_notice(NoticeKind.DEFICIENCY, templates.center())
    notices = [dataclasses.replace(base, case_no=f"41122101S0320261122{i:06d}") for i in range(n + 1)]
    forty = tuple(NoticeLine(f"材料{i + 1}（复印件）", "未提交", "加盖公章，在有效期内", 1, "原件") for i in range(40))
    long_notices = [dataclasses.replace(n_, lines=forty) for n_ in notices[: max(3, n // 3)]]

    renderer.render_pdf(notices[0], workdir / "warm.pdf")  # font loading, first layout: not timed
    one_page = time_calls(lambda x: renderer.render_pdf(x, workdir / "n.pdf"), list(notices[1:]))
    two_pages = time_calls(lambda x: renderer.render_pdf(x, workdir / "l.pdf"), list(long_notices))

    ctx = context.build(base, "GD1|baseline")
    html = fill(templates.html(base.kind), {**ctx.values, "material_rows_html": "\n".join(ctx.rows)})

    def plain(_: object) -> None:
        doc = QTextDocument()
        doc.setHtml(html)
        writer = QPdfWriter(str(workdir / "plain.pdf"))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        doc.print_(writer)

    plain(None)
    baseline = time_calls(plain, list(range(n)))
    label = "bare QTextDocument.print() of the same HTML (no codes, seal, signature or checks)"
    return [
        Figure(
            "一次性告知单 (1 page) to PDF, median",
            median_ms(one_page),
            "ms",
            median_ms(baseline),
            label,
            goal_value=GOAL_MS,
        ),
        Figure(
            "一次性告知单, 40 materials (2 pages) to PDF, median",
            median_ms(two_pages),
            "ms",
            median_ms(baseline),
            label,
        ),
    ]


def main() -> int:
    import tempfile

    from benchmarks.run import print_figures

    with tempfile.TemporaryDirectory() as tmp:
        figures = run(Path(tmp))
    print_figures("notice", figures)
    return 1 if any(f.passed is False for f in figures) else 0


if __name__ == "__main__":
    raise SystemExit(main())
