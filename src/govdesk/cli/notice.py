"""``govdesk notice``: sample notices, offline verification of a scanned QR, and the center's public key.

- ``govdesk notice sample KIND --out FILE.pdf`` renders a sample notice (KIND: deficiency, acceptance, rejection,
  commitment, transfer, receipt, delay) with sample data, signed with the center's key.
- ``govdesk notice verify QRTEXT [--pubkey FILE]`` checks a scanned QR payload offline: exit 0 "真实：…",
  exit 1 "签名不符：…". Without ``--pubkey`` it checks against this installation's own key.
- ``govdesk notice pubkey`` prints the public key (PEM) and its key id, to hand to whoever verifies notices.

The signing key lives at ``<data dir>/notice-signing-key.pem`` (created on first use; ``--key`` to choose).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from govdesk.cli._output import fail
from govdesk.domain.notices import NOTICE_TITLES, NoticeKind


def default_key_path() -> Path:
    from govdesk.printing.signing import KEY_FILE_NAME
    from govdesk.services.settings import AppPaths

    return AppPaths.default().data_dir / KEY_FILE_NAME


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("notice", help="通知书：样张、验真、公钥", description="通知书：样张、验真、公钥。")
    commands = parser.add_subparsers(dest="notice_command", metavar="操作", parser_class=type(parser))
    commands.required = True
    kinds = ", ".join(f"{k.value}（{NOTICE_TITLES[k]}）" for k in NoticeKind)

    sample = commands.add_parser("sample", help="用示例数据生成一份通知书 PDF", description=f"类型：{kinds}")
    sample.add_argument("kind", choices=[k.value for k in NoticeKind], metavar="KIND", help="通知书类型")
    sample.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="输出的 PDF 文件")
    sample.add_argument("--materials", type=int, default=0, metavar="N", help="额外加入 N 项缺件材料（测试分页）")
    sample.add_argument("--templates", type=Path, metavar="DIR", help="中心自定义模板目录（覆盖内置模板）")
    sample.add_argument("--key", type=Path, metavar="FILE", help="签名私钥文件（默认在数据目录中，首次使用时生成）")
    sample.set_defaults(func=run_sample)

    verify = commands.add_parser("verify", help="离线核验通知书二维码", description="离线核验扫描得到的二维码内容。")
    verify.add_argument("payload", metavar="QRTEXT", help="二维码内容（GD1|…）")
    verify.add_argument("--pubkey", type=Path, metavar="FILE", help="签发中心的公钥文件（PEM，可含多把）")
    verify.add_argument("--key", type=Path, metavar="FILE", help="不给 --pubkey 时，用本机签名私钥对应的公钥")
    verify.set_defaults(func=run_verify)

    pubkey = commands.add_parser("pubkey", help="显示本中心通知书签名公钥", description="显示签名公钥（PEM）。")
    pubkey.add_argument("--key", type=Path, metavar="FILE", help="签名私钥文件（默认在数据目录中）")
    pubkey.set_defaults(func=run_pubkey)


def _qt_app() -> Any:
    """A QGuiApplication for fonts (offscreen when there is no display)."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(sys.argv[:1])


def run_sample(args: argparse.Namespace) -> int:
    app = _qt_app()  # noqa: F841 - must outlive the rendering
    from govdesk.printing.errors import PrintError
    from govdesk.printing.render import NoticeRenderer
    from govdesk.printing.sample import sample_notice
    from govdesk.printing.signing import NoticeSigner, load_or_create_private_key
    from govdesk.printing.templates import TemplateSet

    try:
        signer = NoticeSigner(load_or_create_private_key(args.key or default_key_path()))
        templates = TemplateSet(args.templates)
        notice = sample_notice(NoticeKind(args.kind), templates.center(), max(0, args.materials))
        result = NoticeRenderer(signer, templates).render_pdf(notice, args.out)
    except PrintError as exc:
        return fail(f"无法生成通知书：{exc}")
    except (OSError, ValueError) as exc:
        return fail(f"无法生成通知书：{exc}")
    sys.stdout.write(f"已生成{NOTICE_TITLES[notice.kind]}：{result.path}（{result.pages} 页）\n")
    sys.stdout.write(f"二维码内容：{result.payload}\n")
    return 0


def run_verify(args: argparse.Namespace) -> int:
    from govdesk.printing.signing import NoticeVerifier, key_id, load_or_create_private_key, load_public_keys

    try:
        if args.pubkey:
            keys = load_public_keys(args.pubkey)
        else:
            key_path = args.key or default_key_path()
            if not key_path.exists():
                return fail(f"没有可用的公钥：请用 --pubkey 指定签发中心的公钥文件（本机密钥 {key_path} 不存在）", 2)
            public = load_or_create_private_key(key_path).public_key()
            keys = {key_id(public): public}
    except (OSError, ValueError) as exc:
        return fail(f"无法读取公钥：{exc}", 2)
    verdict = NoticeVerifier(keys).verify(args.payload)
    sys.stdout.write(verdict.message + "\n")
    return 0 if verdict.ok else 1


def run_pubkey(args: argparse.Namespace) -> int:
    from govdesk.printing.signing import key_id, load_or_create_private_key, public_key_pem

    key_path = args.key or default_key_path()
    try:
        public = load_or_create_private_key(key_path).public_key()
    except (OSError, ValueError) as exc:
        return fail(f"无法读取签名密钥：{exc}", 2)
    sys.stdout.write(f"# 通知书签名公钥 密钥编号 {key_id(public)}（私钥：{key_path}）\n")
    sys.stdout.write(public_key_pem(public))
    return 0
