"""The installers' scripts (issue 15), checked on Linux with the real tools on a small stand-in of the frozen folder:
the Windows installer script compiles with makensis; the Debian package has the layout the 统信 UOS app store asks
(``/opt/apps/<appid>/{info,entries,files}``, no maintainer scripts) and lintian finds nothing but what that layout
implies. The real frozen folder is packaged in ``test_frozen.py``."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APPID = "org.govdesk.window"
#: lintian tags a UOS-layout package of a PyInstaller folder carries by design, each with its reason.
EXPECTED_TAGS = {
    "dir-or-file-in-opt": "the UOS store installs every app under /opt/apps/<appid>",
    "no-copyright-file": "the store forbids files outside /opt/apps/<appid> (/usr/share/doc included)",
    "no-changelog": "likewise",
}


def fake_dist(folder: Path) -> Path:
    """A stand-in of dist/govdesk: an executable and the _internal folder with a resource."""
    dist = folder / "govdesk"
    (dist / "_internal" / "resources").mkdir(parents=True)
    exe = dist / "govdesk"
    exe.write_text("#!/bin/sh\necho govdesk\n", encoding="utf-8")
    exe.chmod(0o755)
    (dist / "govdesk.exe").write_bytes(b"MZ stand-in")
    (dist / "_internal" / "resources" / "readme.txt").write_text("资源\n", encoding="utf-8")
    return dist


def build_deb(dist: Path, out: Path) -> Path:
    made = subprocess.run(
        ["bash", str(ROOT / "installer" / "build_deb.sh"), str(dist), str(out)],
        capture_output=True, text=True, check=False,
        env={"PATH": "/usr/bin:/bin:/usr/sbin:/sbin", "DEB_COMPRESS": "gzip"},
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    deb = Path(made.stdout.strip())
    assert deb.is_file() and deb.name.startswith(f"{APPID}_")
    return deb


def test_the_windows_installer_script_compiles(tmp_path: Path) -> None:
    dist = fake_dist(tmp_path)
    out = tmp_path / "govdesk-setup.exe"
    made = subprocess.run(
        ["makensis", "-V2", f"-DDIST={dist}", f"-DOUTFILE={out}", str(ROOT / "installer" / "govdesk.nsi")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert made.returncode == 0, made.stdout + made.stderr
    assert out.stat().st_size > 30_000
    assert out.read_bytes()[:2] == b"MZ"


def test_the_debian_package_has_the_uos_layout(tmp_path: Path) -> None:
    deb = build_deb(fake_dist(tmp_path), tmp_path / "out")
    contents = subprocess.run(["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True, check=True).stdout
    paths = {line.split()[-1].lstrip(".") for line in contents.splitlines()}
    base = f"/opt/apps/{APPID}"
    for wanted in (
        f"{base}/info",
        f"{base}/entries/applications/{APPID}.desktop",
        f"{base}/entries/icons/hicolor/scalable/apps/{APPID}.svg",
        f"{base}/files/govdesk",
        f"{base}/files/_internal/resources/readme.txt",
    ):
        assert wanted in paths, wanted
    assert all(p.startswith(base) or base.startswith(p.rstrip("/")) for p in paths if p not in ("/", ""))
    control = subprocess.run(["dpkg-deb", "--info", str(deb)], capture_output=True, text=True, check=True).stdout
    assert f"Package: {APPID}" in control
    for script in ("postinst", "preinst", "postrm", "prerm"):
        assert script not in control  # installing changes nothing outside /opt/apps/<appid>
    unpacked = tmp_path / "unpacked"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(unpacked)], check=True)
    info = json.loads((unpacked / base.lstrip("/") / "info").read_text(encoding="utf-8"))
    assert info["appid"] == APPID and info["name"] == "政务服务窗口工作台"
    desktop = (unpacked / base.lstrip("/") / "entries" / "applications" / f"{APPID}.desktop").read_text()
    assert f"Exec={base}/files/govdesk" in desktop and f"Icon={APPID}" in desktop


@pytest.mark.slow
def test_lintian_finds_only_what_the_uos_layout_implies(tmp_path: Path) -> None:
    deb = build_deb(fake_dist(tmp_path), tmp_path / "out")
    run = subprocess.run(["lintian", "--tag-display-limit", "0", str(deb)], capture_output=True, text=True, check=False)
    tags = {line.split()[2] for line in run.stdout.splitlines() if line[:2] in ("E:", "W:")}
    assert tags, run.stdout + run.stderr  # lintian ran and said something about /opt
    assert tags <= set(EXPECTED_TAGS), sorted(tags - set(EXPECTED_TAGS))
