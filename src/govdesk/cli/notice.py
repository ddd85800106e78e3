"""``govdesk notice``: sample notices, offline verification of a scanned QR, and the center's public key.

- ``govdesk notice sample KIND --out FILE.pdf`` renders a sample notice (KIND: deficiency, acceptance, rejection,
  commitment, transfer, receipt, delay) with sample data, signed with the center's key.
- ``govdesk notice verify QRTEXT`` checks a scanned QR payload offline: exit 0 "真实：…", exit 1 "签名不符：…".
  With the center's public key (``--center-key``, else the one this window keeps) and the certificates of the
  windows' keys (``--certificate``, else this window's own), the check goes up to the center's key
  (``printing.notice_keys``). ``--pubkey`` checks against bare public keys instead.
- ``govdesk notice pubkey`` prints the public key (PEM), its key id and the center's certificate of it.

The signing key lives at ``<data dir>/keys/notice-signing-key.pem``, the same file the program signs with
(``--basedir`` as the program's, or ``--key`` to choose one).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from govdesk.cli._output import fail
from govdesk.domain.notices import NOTICE_TITLES, NoticeKind


def data_dir(args: argparse.Namespace) -> Path:
    """The program's data folder: under ``--basedir`` like the program's own flag, else the default one."""
    from govdesk.services.settings import AppPaths

    basedir: Path | None = getattr(args, "basedir", None)
    return (AppPaths.for_basedir(basedir) if basedir else AppPaths.default()).data_dir


def default_key_path(args: argparse.Namespace) -> Path:
    from govdesk.printing.notice_keys import notice_key_path

    return notice_key_path(data_dir(args))


def _basedir(parser: Any) -> None:
    parser.add_argument("--basedir", type=Path, metavar="目录", help="程序的基目录（与程序的 --basedir 相同）")


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
    _basedir(sample)
    sample.set_defaults(func=run_sample)

    verify = commands.add_parser("verify", help="离线核验通知书二维码", description="离线核验扫描得到的二维码内容。")
    verify.add_argument("payload", metavar="QRTEXT", help="二维码内容（GD1|…）")
    verify.add_argument("--pubkey", type=Path, metavar="FILE", help="签发中心的公钥文件（PEM，可含多把）")
    verify.add_argument("--key", type=Path, metavar="FILE", help="本机签名私钥文件（无中心证书时用其公钥核验）")
    verify.add_argument("--center-key", type=Path, metavar="FILE", help="中心公钥（默认用本机保存的）")
    verify.add_argument(
        "--certificate", type=Path, action="append", metavar="FILE", help="窗口签名密钥的中心证书（可多次给出）"
    )
    verify.add_argument(
        "--directory",
        type=Path,
        metavar="FILE",
        help="中心的通知书密钥清单（GET /api/v1/trust/notice-keys 的回答：全部证书与吊销记录；默认用本机同步得到的）",
    )
    _basedir(verify)
    verify.set_defaults(func=run_verify)

    pubkey = commands.add_parser("pubkey", help="显示本中心通知书签名公钥", description="显示签名公钥（PEM）。")
    pubkey.add_argument("--key", type=Path, metavar="FILE", help="签名私钥文件（默认在数据目录中）")
    _basedir(pubkey)
    pubkey.set_defaults(func=run_pubkey)


def _qt_app() -> Any:
    """The Qt application fonts and PDFs need (offscreen when there is no display). A ``QApplication``, not a bare
    ``QGuiApplication``: one process may go on to show widgets (the tests run these commands in-process)."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(sys.argv[:1])


def run_sample(args: argparse.Namespace) -> int:
    app = _qt_app()  # noqa: F841 - must outlive the rendering
    from govdesk.printing.errors import PrintError
    from govdesk.printing.render import NoticeRenderer
    from govdesk.printing.sample import sample_notice
    from govdesk.printing.signing import NoticeSigner, load_or_create_private_key
    from govdesk.printing.templates import TemplateSet

    try:
        signer = NoticeSigner(load_or_create_private_key(args.key or default_key_path(args)))
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

    if args.pubkey:
        try:
            keys = load_public_keys(args.pubkey)
        except (OSError, ValueError) as exc:
            return fail(f"无法读取公钥：{exc}", 2)
        verdict = NoticeVerifier(keys).verify(args.payload)
        sys.stdout.write(verdict.message + "\n")
        return 0 if verdict.ok else 1
    chained = _verify_up_to_the_center(args)
    if chained is not None:
        return chained
    key_path = args.key or default_key_path(args)
    if not key_path.exists():
        return fail(f"没有可用的公钥：请用 --center-key 或 --pubkey 指定（本机密钥 {key_path} 不存在）", 2)
    try:
        public = load_or_create_private_key(key_path).public_key()
    except (OSError, ValueError) as exc:
        return fail(f"无法读取签名密钥：{exc}", 2)
    verdict = NoticeVerifier({key_id(public): public}).verify(args.payload)
    note = "（本机自有密钥，尚无中心证书）" if verdict.ok else ""
    sys.stdout.write(verdict.message + note + "\n")
    return 0 if verdict.ok else 1


def _verify_up_to_the_center(args: argparse.Namespace) -> int | None:
    """The check up to the center's key, when a center key and at least one certificate are at hand; else None.
    The certificates: those given, else this window's own and the center's directory kept at the last sync (every
    window of the center); the revocations: the directory's (given or kept)."""
    import json

    from govdesk.domain.trust import NoticeKeyCertificate
    from govdesk.printing.notice_keys import (
        load_center_key,
        load_certificate,
        load_directory,
        read_center_key,
        read_directory,
        verify_with_certificates,
    )

    folder = data_dir(args)
    try:
        center = read_center_key(args.center_key) if args.center_key else load_center_key(folder)
        directory = read_directory(args.directory) if args.directory else load_directory(folder)
        if args.certificate:
            certificates = [
                NoticeKeyCertificate.from_json(json.loads(path.read_text(encoding="utf-8")))
                for path in args.certificate
            ]
        else:
            own = load_certificate(folder)
            certificates = [own] if own is not None else []
        if directory is not None and not args.certificate:
            certificates += directory.certificates
    except (OSError, ValueError) as exc:
        return fail(f"无法读取中心公钥、证书或密钥清单：{exc}", 2)
    if center is None or not certificates:
        if args.center_key or args.certificate or args.directory:
            return fail("核验到中心须同时有中心公钥（--center-key）和窗口密钥证书（--certificate 或 --directory）", 2)
        return None
    revocations = directory.revocations if directory is not None else []
    verdict = verify_with_certificates(args.payload, center, certificates, revocations)
    sys.stdout.write(verdict.message + "\n")
    if directory is not None and directory.fetched_at:
        from datetime import datetime

        from govdesk.domain.clock import minute_text

        try:
            fetched = minute_text(datetime.fromisoformat(directory.fetched_at))
        except ValueError:
            fetched = directory.fetched_at
        sys.stdout.write(f"（吊销清单于 {fetched} 取自中心）\n")
    return 0 if verdict.ok else 1


def run_pubkey(args: argparse.Namespace) -> int:
    import json

    from govdesk.printing.notice_keys import days_left, load_certificate
    from govdesk.printing.signing import key_id, load_or_create_private_key, public_key_pem

    key_path = args.key or default_key_path(args)
    try:
        public = load_or_create_private_key(key_path).public_key()
    except (OSError, ValueError) as exc:
        return fail(f"无法读取签名密钥：{exc}", 2)
    sys.stdout.write(f"# 通知书签名公钥 密钥编号 {key_id(public)}（私钥：{key_path}）\n")
    sys.stdout.write(public_key_pem(public))
    certificate = load_certificate(data_dir(args)) if not args.key else None
    if certificate is None:
        sys.stdout.write("# 尚无中心颁发的证书：本窗口登录并同步后由中心颁发\n")
    else:
        sys.stdout.write(
            f"# 中心 {certificate.center_code} 颁发的证书（站点 {certificate.station_code}，"
            f"有效至 {certificate.not_after[:10]}，剩余 {days_left(certificate)} 天）：\n"
        )
        sys.stdout.write(json.dumps(certificate.to_json(), ensure_ascii=False, indent=2, sort_keys=True) + "\n")
    return 0
