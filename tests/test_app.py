"""The chat end to end: `python app.py` on a free port, driven in Debian's Chromium by Playwright,
and called by scripts through gradio_client. Real index, real embedding model.

Screenshots land in .newsqa/screenshots/ (1280x800 and a narrow phone-sized window).
"""

from __future__ import annotations

import sys
import urllib.request
from pathlib import Path

import pytest
from conftest import ROOT, free_port, start_server, stop_server

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = ROOT / ".newsqa" / "screenshots"
# Chromium on a machine without internet: no background connections, no first-run work.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]
ARTICLE = (
    "# Garden diplomacy\n\nBy Jane Doe\n\n"
    "After the summit, the two leaders planted 99 cherry trees together at the Kantei garden. "
    "A <script>document.title='pwned'</script> tag and <img src=x onerror=\"document.title='pwned'\"> stay text.\n"
)


@pytest.fixture(scope="module")
def app_url(tmp_path_factory):
    folder = tmp_path_factory.mktemp("app")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    proc = start_server(
        [sys.executable, "app.py", "--port", str(port)], folder / "app.log",
        lambda: urllib.request.urlopen(url, timeout=2).read(), timeout=180,
        env={"NEWSQA_INDEX_DIR": str(folder / "index"), "NEWSQA_LLM": "", "GRADIO_ANALYTICS_ENABLED": "False"},
    )
    yield url
    stop_server(proc)
    log = (folder / "app.log").read_text()
    assert f"newsqa chat: {url}" in log  # the URL is printed for the user


def test_scripts_call_the_running_app_with_gradio_client(app_url):
    from gradio_client import Client

    client = Client(app_url, verbose=False)
    answer = client.predict("Which chemicals did Japan stop restricting?", [], api_name="/ask")
    assert not answer["abstained"] and "photoresists" in answer["text"]
    cite = answer["citations"][0]
    assert cite["quote"] in (ROOT / "seeds" / cite["source"]).read_text(encoding="utf-8")
    follow = client.predict("What industry are they essential to?", [
        {"role": "user", "content": "Which chemicals did Japan stop restricting?"},
        {"role": "assistant", "content": answer["text"]},
    ], api_name="/ask")
    assert "semiconductor" in follow["text"]
    assert client.predict("What is the GDP of Japan?", [], api_name="/ask")["abstained"] is True
    assert "error" in client.predict("", [], api_name="/ask")


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.fail("Debian's chromium is missing: run `make browser` (make test does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def _ask(page, question: str) -> str:
    """Ask in the chat and wait for the whole answer (its sources panel comes last); the answer's text."""
    page.fill("#nq-question textarea", question)
    page.click("#nq-ask")
    page.wait_for_function(
        "q => [...document.querySelectorAll('#nq-sources .nq-panel')].some(p => p.dataset.question === q)",
        arg=question, timeout=60_000,
    )
    return page.locator("#nq-chat .message-row").last.inner_text()


def test_ask_click_a_citation_upload_and_abstain_in_the_browser(app_url, browser):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(app_url)
    page.wait_for_selector("#nq-question textarea", timeout=60_000)
    assert "articles" in page.inner_text("#nq-status") and "extractive" in page.inner_text("#nq-status")
    page.screenshot(path=str(SHOTS / "0-start-1280.png"))

    # A question: the answer streams into the chat with clickable markers; the panel shows each citation.
    assert "photoresists" in _ask(page, "Which chemicals did Japan stop restricting?")
    answer = page.locator("#nq-chat .message-row").last
    marker = answer.locator("a.nq-marker").first
    assert marker.inner_text() == "[1]"
    card = page.locator("#nq-cite-1")
    assert "photoresists" in card.locator("mark").first.inner_text()
    page.screenshot(path=str(SHOTS / "1-answer-1280.png"))

    # Clicking the marker opens the whole article with the cited passage highlighted, in view.
    marker.click()
    article = page.locator("#nq-article-1")
    article.wait_for(state="visible")
    mark = page.locator("#nq-mark-1")
    assert "photoresists" in mark.inner_text() and mark.is_visible()
    assert page.evaluate(
        "() => { const r = document.getElementById('nq-mark-1').getBoundingClientRect();"
        " return r.top >= 0 && r.bottom <= window.innerHeight; }"
    )
    assert "nq-active" in (card.get_attribute("class") or "")
    page.screenshot(path=str(SHOTS / "2-citation-clicked-1280.png"))

    # Upload an article (with markup inside): indexed with a visible result, answerable right away.
    page.click("#nq-articles button, #nq-articles .label-wrap")
    upload = ROOT / ".newsqa" / "screenshots" / "garden-diplomacy.md"
    upload.write_text(ARTICLE, encoding="utf-8")
    page.set_input_files("#nq-upload input[type=file]", str(upload))
    page.wait_for_function(
        "() => document.querySelector('#nq-upload-result')?.innerText.includes('garden-diplomacy.md')",
        timeout=120_000,
    )
    assert "Indexed" in page.inner_text("#nq-upload-result")
    assert "6 articles" in page.inner_text("#nq-status")
    page.screenshot(path=str(SHOTS / "3-uploaded-1280.png"))
    assert "99 cherry trees" in _ask(page, "How many cherry trees did the leaders plant at the Kantei garden?")
    page.locator("#nq-chat .message-row").last.locator("a.nq-marker").first.click()
    page.locator("#nq-article-1").wait_for(state="visible")
    assert "<script>" in page.inner_text("#nq-article-1")  # shown as text
    assert page.title() != "pwned" and not errors

    # A bad upload says why and changes nothing.
    bad = SHOTS / "photo.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    page.set_input_files("#nq-upload input[type=file]", str(bad))
    page.wait_for_function(
        "() => document.querySelector('#nq-upload-result')?.innerText.includes('photo.txt')", timeout=60_000
    )
    assert "not added" in page.inner_text("#nq-upload-result") and "binary" in page.inner_text("#nq-upload-result")
    assert "6 articles" in page.inner_text("#nq-status")

    # A question the articles don't answer: said plainly, with the closest passages.
    assert "The articles don't answer that" in _ask(page, "What did Joe Biden say about the GDP of Japan?")
    assert "don't answer this question" in page.inner_text("#nq-sources")
    assert page.locator("#nq-sources .nq-closest").count() >= 1
    page.screenshot(path=str(SHOTS / "4-abstained-1280.png"))

    # Clearing the conversation empties the chat and the panel.
    page.click("#nq-clear")
    page.wait_for_function("() => document.querySelectorAll('#nq-chat .message-row').length === 0")
    assert "Ask a question" in page.inner_text("#nq-sources")
    page.close()


def test_the_layout_holds_on_a_narrow_window(app_url, browser):
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(app_url)
    page.wait_for_selector("#nq-question textarea", timeout=60_000)
    assert "Emanuel" in _ask(page, "Who is the US ambassador to Japan?")
    # Nothing is wider than the window: no sideways scrolling.
    assert page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1")
    chat, sources = page.locator("#nq-chat").bounding_box(), page.locator("#nq-sources").bounding_box()
    assert sources["y"] >= chat["y"] + chat["height"] - 1  # the sources stack under the chat
    page.screenshot(path=str(SHOTS / "5-narrow-390.png"), full_page=True)
    page.close()


def test_the_app_listens_on_loopback_only_and_serves_no_files_outside_its_folders(app_url):
    import urllib.error

    port = int(app_url.rsplit(":", 1)[1])
    listening = []
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        local, state = line.split()[1], line.split()[3]
        address, hex_port = local.split(":")
        if state == "0A" and int(hex_port, 16) == port:  # 0A: LISTEN
            listening.append(address)
    assert listening == ["0100007F"]  # 127.0.0.1, not 0.0.0.0
    for path in ("/file=/etc/passwd", "/gradio_api/file=/etc/passwd", "/gradio_api/file=seeds/000_0f4695afc63a5827.txt",
                 f"/gradio_api/file={ROOT / 'app.py'}", f"/gradio_api/file={ROOT / '.newsqa'}"):
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(app_url + path, timeout=5)


def test_launch_never_shares_and_caps_uploads():
    from app import AppSettings, launch

    class Recorder:  # stands in for gr.Blocks: records how it would be served
        def queue(self, **kwargs):
            return self

        def launch(self, **kwargs):
            self.kwargs = kwargs

    app = Recorder()
    settings = AppSettings()
    launch(app, settings)
    assert settings.host == "127.0.0.1" and settings.port == 7860
    assert app.kwargs["share"] is False and app.kwargs["server_name"] == "127.0.0.1"
    assert app.kwargs["max_file_size"] == 2 * settings.rag.index.max_file_bytes
