"""``govdesk central serve --tls-cert FILE --tls-key FILE``: both or neither, files checked in words (exit 2), and
a real server process serving https on loopback with a certificate from a CA made in the test."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from govdesk.cli import main
from tests.central.conftest import free_port
from tests.sync.tlscerts import TlsFiles, make_tls_files


@pytest.fixture
def tls(tmp_path: Path) -> TlsFiles:
    return make_tls_files(tmp_path / "pki")


def _serve(tmp_path: Path, *options: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["central", "serve", "--db", str(tmp_path / "central.db"), "--port", "1", *options])
    return code, capsys.readouterr().err


def test_a_certificate_without_its_key_and_a_key_without_its_certificate_are_refused(
    tls: TlsFiles, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, said = _serve(tmp_path, "--tls-cert", str(tls.server_cert), capsys=capsys)
    assert code == 2 and "给了 --tls-cert 却没有 --tls-key" in said
    code, said = _serve(tmp_path, "--tls-key", str(tls.server_key), capsys=capsys)
    assert code == 2 and "给了 --tls-key 却没有 --tls-cert" in said


def test_a_missing_file_and_a_key_of_another_certificate_are_refused_in_words(
    tls: TlsFiles, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = str(tmp_path / "nope.pem")
    code, said = _serve(tmp_path, "--tls-cert", missing, "--tls-key", str(tls.server_key), capsys=capsys)
    assert code == 2 and f"--tls-cert 指定的文件不存在：{missing}" in said
    code, said = _serve(tmp_path, "--tls-cert", str(tls.server_cert), "--tls-key", missing, capsys=capsys)
    assert code == 2 and f"--tls-key 指定的文件不存在：{missing}" in said
    other = make_tls_files(tmp_path / "other")
    code, said = _serve(tmp_path, "--tls-cert", str(tls.server_cert), "--tls-key", str(other.server_key), capsys=capsys)
    assert code == 2 and "无法使用" in said and "配对" in said
    assert not (tmp_path / "central.db").exists()  # refused before the database is touched


def test_central_serve_with_a_certificate_serves_https_on_loopback(tls: TlsFiles, tmp_path: Path) -> None:
    port = free_port()
    argv = [sys.executable, "-m", "govdesk", "central", "serve", "--db", str(tmp_path / "central.db")]
    argv += ["--port", str(port), "--tls-cert", str(tls.server_cert), "--tls-key", str(tls.server_key)]
    env = {**os.environ, "GOVDESK_CENTRAL_SECRET_FILE": str(tmp_path / "central.secret")}
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                reply = requests.get(
                    f"https://127.0.0.1:{port}/openapi.json",
                    verify=str(tls.ca_cert),
                    timeout=5,
                    headers={"Connection": "close"},
                )
                break
            except requests.ConnectionError:
                assert process.poll() is None, process.communicate()[0]
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.2)
        assert reply.status_code == 200
        with pytest.raises(requests.exceptions.SSLError):  # the system's CAs do not know ours
            requests.get(f"https://127.0.0.1:{port}/openapi.json", timeout=5)
    finally:
        process.terminate()  # requests asked "Connection: close": uvicorn has no keep-alive to wait for
        try:
            output = process.communicate(timeout=10)[0]
        except subprocess.TimeoutExpired:
            process.kill()
            output = process.communicate(timeout=10)[0]
    assert f"中心服务器启动：https://127.0.0.1:{port}/" in output
