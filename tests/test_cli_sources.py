"""Where documents come from and where output goes: pipes, FIFOs, web addresses (a server
on 127.0.0.1 only), one section out, closed or full outputs, streamed figures."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from conftest import SEED

from reader.document import analyze_path, export

PAGE = """<!doctype html><html><head><title>立法會財委會審議撥款　局長：工程如期完成</title></head>
<body><nav>首頁 | 新聞 | 評論</nav><article><h1>立法會財委會審議撥款　局長：工程如期完成</h1>
<p>立法會財務委員會今日審議多項撥款申請，涉及金額約120億元，會議歷時三小時。</p>
<p>發展局局長何志平表示，有關工程會如期在2025年完成，並會嚴格控制開支。</p>
<p>民主黨李小明質疑，工程造價較去年估算增加了兩成，要求當局交代原因。</p>
<p>何志平回應稱，造價上升主要由於建築材料價格上漲。</p></article>
<footer>版權所有</footer><script>var x = 1;</script></body></html>"""


def run(*args, env=None, **kw):
    return subprocess.run([sys.executable, "-m", "reader", *args], capture_output=True, text=True,
                          timeout=60, env={**os.environ, **(env or {})}, **kw)


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - the http.server API
        if self.path == "/page.html":
            body = PAGE.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
        elif self.path == "/big":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(400):
                self.wfile.write(b"<p>" + "字".encode() * 3000 + b"</p>")
        else:
            self.send_response(404)
            self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_a_web_page_is_fetched_and_read(server):
    r = run("outline", f"{server}/page.html")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0].replace("\u3000", " ") == "立法會財委會審議撥款 局長：工程如期完成"
    assert any("何志平表示" in line for line in lines) and any("李小明質疑" in line for line in lines)
    assert not any("首頁" in line for line in lines)


@pytest.mark.parametrize(
    ("path", "fragment"),
    [("/missing", "answered 404"), ("/loop", "answered 302"), ("/big", "over the")],
)
def test_web_errors_are_one_line(server, path, fragment):
    r = run("outline", f"{server}{path}", env={"SPEECH_READER_MAX_BYTES": str(16 << 20)})
    assert r.returncode == 2 and fragment in r.stderr and r.stderr.count("\n") == 1, r.stderr


def test_a_refused_connection_is_one_line():
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens once it is closed
    r = run("outline", f"http://127.0.0.1:{port}/x")
    assert r.returncode == 2 and "connection refused" in r.stderr and r.stderr.count("\n") == 1


def test_a_fifo_with_a_writer_and_process_substitution(tmp_path):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    writer = threading.Thread(target=lambda: fifo.write_bytes(SEED.read_bytes()))
    writer.start()
    r = run("outline", str(fifo))
    writer.join()
    assert r.returncode == 0 and "鄧雲鋒強調" in r.stdout
    r = subprocess.run(["bash", "-c", f"{sys.executable} -m reader outline <(cat {SEED})"], capture_output=True,
                       text=True, timeout=60)
    assert r.returncode == 0 and "鄧雲鋒強調" in r.stdout, r.stderr


def test_a_fifo_nobody_writes_is_a_bounded_wait(tmp_path):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    r = run("outline", str(fifo), env={"SPEECH_READER_PIPE_WAIT": "1"})
    assert r.returncode == 2 and "nothing was written to the pipe" in r.stderr


def test_one_section_out_by_number_or_label():
    r = run("convert", str(SEED), "--script", "simplified", "--section", "下半年續航")
    assert r.returncode == 0 and r.stdout.startswith("下半年续航\n")
    assert "扩大优质教育资源治“痛点”" in r.stdout and "上半年" not in r.stdout
    by_number = run("convert", str(SEED), "--script", "original", "--section", "3")
    assert by_number.stdout.startswith("鄧雲鋒強調")
    ambiguous = run("convert", str(SEED), "--script", "original", "--section", "要堅持")
    assert ambiguous.returncode == 2 and "names 7 sections" in ambiguous.stderr
    missing = run("convert", str(SEED), "--script", "original", "--section", "99")
    assert missing.returncode == 2 and "no section" in missing.stderr


def test_width_zero_is_refused():
    r = run("convert", str(SEED), "--script", "original", "--width", "0")
    assert r.returncode == 2 and "positive" in r.stderr


def test_a_full_or_closed_output_is_said_in_one_line():
    with open("/dev/full", "w") as full:
        r = subprocess.run([sys.executable, "-m", "reader", "outline", str(SEED)], stdout=full,
                           stderr=subprocess.PIPE, text=True, timeout=60)
    assert r.returncode == 1 and "No space left on device" in r.stderr and r.stderr.count("\n") == 1
    r = subprocess.run(f"{sys.executable} -m reader outline {SEED} >&-", shell=True, capture_output=True,
                       text=True, timeout=60)
    assert r.returncode == 1 and "standard output is closed" in r.stderr


def test_figures_json_streams_the_same_document():
    r = run("figures", str(SEED), "--json")
    assert json.loads(r.stdout) == export.figures_json(analyze_path(str(SEED)))


def test_a_label_prefix_takes_the_outermost_section_when_it_is_the_only_one():
    from reader.document import analyze_text
    from reader.document.export import find_sections

    text = ("工作報告\n\n一、過去一年的工作\n\n一是穩增長，經濟運行總體平穩。\n\n二是促改革，改革全面推進。\n\n"
            "三是惠民生，民生持續改善。\n\n二、今年的工作安排\n\n今年要堅持穩中求進。\n")
    analysis = analyze_text(text)
    assert [n.label for n in find_sections(analysis, "二")] == ["二、今年的工作安排"]
    assert [n.label for n in find_sections(analysis, "二是")] == ["二是促改革，改革全面推進"]
