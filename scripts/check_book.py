#!/usr/bin/env python3
"""Checks the built course book, statically and in headless Chromium.

Usage: check_book.py --book book/book --info info.toml --shots DIR [--chromium PATH]

1. Links: every HTML page is parsed (html.parser); every relative href/src
   (a, link, script, img, source, iframe) must name a file of the built book,
   and every #fragment into a page an id of that page.
2. Coverage: every exercise of info.toml has its heading in its topic's
   chapter, with its article section and its Go note.
3. Browser: the book is served on 127.0.0.1 and every page is loaded in one
   headless Chromium, driven through the DevTools protocol on a pipe: the page
   fires its load event, no request fails, no script throws, nothing is logged
   as an error, every <img> is decoded with a size, and <main> has a heading.
4. Pictures: the first chapter with a picture is shot in the light and the
   navy (dark) theme, scrolled to the picture; the picture is not blank (many
   colours, none covering nearly all of it) and the page around it is light,
   respectively dark. The PNGs are kept in --shots for people to look at.

Standard library only. Exit status 0 when all is well, 1 with every problem listed.
"""

import argparse
import base64
import functools
import http.server
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import tomllib
import urllib.parse
import zlib
from html.parser import HTMLParser

LINK_ATTRIBUTES = {
    "a": "href",
    "link": "href",
    "script": "src",
    "img": "src",
    "source": "src",
    "iframe": "src",
}
PAGE_TIMEOUT = 30.0
WIDTH, HEIGHT = 1280, 1000


class Page(HTMLParser):
    """The links and ids of one HTML page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links = []
        self.ids = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if attrs.get("name") and tag == "a":
            self.ids.add(attrs["name"])
        wanted = LINK_ATTRIBUTES.get(tag)
        if wanted and attrs.get(wanted) is not None:
            self.links.append((tag, attrs[wanted]))


def parse(path):
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def is_internal(target):
    if not target or target.startswith("//"):
        return False
    scheme = urllib.parse.urlsplit(target).scheme
    return scheme == ""


def check_links(book, pages):
    problems = []
    parsed = {path: parse(path) for path in pages}
    for path, page in parsed.items():
        for tag, target in page.links:
            if not is_internal(target) or target == "#":
                continue
            parts = urllib.parse.urlsplit(target)
            link_path = urllib.parse.unquote(parts.path)
            if link_path.startswith("/"):
                resolved = book / link_path.lstrip("/")
            elif link_path:
                resolved = path.parent / link_path
            else:
                resolved = path
            resolved = pathlib.Path(os.path.normpath(resolved))
            if resolved.is_dir():
                resolved = resolved / "index.html"
            where = f"{path.relative_to(book)}: <{tag}> {target}"
            if book.resolve() not in resolved.resolve().parents:
                problems.append(f"{where} leaves the book")
            elif not resolved.is_file():
                problems.append(f"{where}: no such file")
            elif parts.fragment and resolved.suffix == ".html":
                target_page = parsed.get(resolved) or parse(resolved)
                fragment = urllib.parse.unquote(parts.fragment)
                if fragment not in target_page.ids:
                    problems.append(f"{where}: no id {fragment!r} there")
    return problems


def check_coverage(book, info):
    problems = []
    exercises = info.get("exercises", [])
    if not exercises:
        problems.append("info.toml has no exercises")
    for exercise in exercises:
        name, topic = exercise["name"], exercise["dir"]
        chapter = book / "chapters" / f"{topic}.html"
        if not chapter.is_file():
            problems.append(f"{name}: no chapter {chapter.relative_to(book)}")
            continue
        page = parse(chapter)
        text = plain(strip_tags(chapter.read_text(encoding="utf-8")))
        if name not in page.ids:
            problems.append(f"{name}: no heading in {chapter.relative_to(book)}")
        if plain(exercise["section"]) not in text:
            problems.append(f"{name}: its section {exercise['section']!r} is not in its chapter")
        go_first_line = exercise["go"].strip().splitlines()[0].strip()
        if go_first_line not in text:
            problems.append(f"{name}: its Go note is not in its chapter")
    return problems


class TextOnly(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)


def plain(text):
    """Text as mdBook's smart punctuation may have turned it, back to ASCII quotes."""
    for fancy, ascii_quote in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"')):
        text = text.replace(fancy, ascii_quote)
    return text


def strip_tags(markup):
    parser = TextOnly()
    parser.feed(markup)
    return "".join(parser.parts)


class Chromium:
    """One headless Chromium, driven through the DevTools protocol on a pipe
    (fd 3: commands in, fd 4: answers and events out, each JSON ending in NUL)."""

    def __init__(self, binary, profile):
        to_browser_r, to_browser_w = os.pipe()
        from_browser_r, from_browser_w = os.pipe()
        command = [
            "sh", "-c", f'exec "$0" "$@" 3<&{to_browser_r} 4>&{from_browser_w}',
            binary, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
            "--disable-dev-shm-usage", "--remote-debugging-pipe", f"--user-data-dir={profile}",
            "--no-first-run", "--no-default-browser-check", "about:blank",
        ]
        self.process = subprocess.Popen(
            command,
            pass_fds=(to_browser_r, from_browser_w),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(to_browser_r)
        os.close(from_browser_w)
        self.writer = os.fdopen(to_browser_w, "wb", buffering=0)
        self.reader = os.fdopen(from_browser_r, "rb", buffering=0)
        self.buffer = b""
        self.next_id = 0
        self.events = []
        self.session = None

    def close(self):
        try:
            self.writer.close()
        finally:
            self.process.kill()
            self.process.wait()

    def _receive(self):
        while b"\0" not in self.buffer:
            chunk = self.reader.read(1 << 20)
            if not chunk:
                raise RuntimeError("Chromium closed the DevTools pipe (did it crash?)")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def call(self, method, params=None, session=True):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        self.writer.write(json.dumps(message).encode() + b"\0")
        while True:
            answer = self._receive()
            if answer.get("id") == self.next_id:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                return answer.get("result", {})
            if "method" in answer:
                self.events.append(answer)

    def wait_for(self, method, timeout=PAGE_TIMEOUT):
        """Waits for an event; the other events stay in self.events."""
        until = time.monotonic() + timeout
        while True:
            for at, event in enumerate(self.events):
                if event["method"] == method:
                    return self.events.pop(at)
            if time.monotonic() > until:
                raise TimeoutError(f"no {method} within {timeout:.0f} s")
            self.events.append(self._receive())

    def open_tab(self):
        target = self.call("Target.createTarget", {"url": "about:blank"}, session=False)
        attached = self.call(
            "Target.attachToTarget", {"targetId": target["targetId"], "flatten": True}, session=False
        )
        self.session = attached["sessionId"]
        for domain in ("Page", "Runtime", "Network", "Log"):
            self.call(f"{domain}.enable")
        self.call(
            "Emulation.setDeviceMetricsOverride",
            {"width": WIDTH, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": False},
        )

    def load(self, url):
        """Navigates and waits for the load event; returns the problems seen."""
        self.events.clear()
        result = self.call("Page.navigate", {"url": url})
        if result.get("errorText"):
            return [f"does not load: {result['errorText']}"]
        self.wait_for("Page.loadEventFired")
        # Let scripts run that start on load (mdBook's sidebar and theme).
        self.evaluate("new Promise(r => setTimeout(r, 50))")
        return self.problems_in_events()

    def problems_in_events(self):
        problems = []
        for event in self.events:
            method, params = event["method"], event.get("params", {})
            if is_favicon_probe(event):
                continue
            if method == "Network.loadingFailed" and not params.get("canceled"):
                problems.append(f"a request failed: {params.get('errorText')} ({params.get('type')})")
            elif method == "Network.responseReceived":
                response = params.get("response", {})
                if response.get("status", 200) >= 400:
                    problems.append(f"{response.get('url')}: HTTP {response.get('status')}")
            elif method == "Runtime.exceptionThrown":
                details = params.get("exceptionDetails", {})
                text = details.get("exception", {}).get("description") or details.get("text")
                problems.append(f"a script threw: {text}")
            elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
                problems.append(f"console error: {params['entry'].get('text')}")
            elif method == "Runtime.consoleAPICalled" and params.get("type") == "error":
                args = " ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", []))
                problems.append(f"console.error: {args}")
        return problems

    def evaluate(self, expression):
        result = self.call(
            "Runtime.evaluate",
            {"expression": expression, "returnByValue": True, "awaitPromise": True},
        )
        if "exceptionDetails" in result:
            raise RuntimeError(f"evaluating {expression[:40]}…: {result['exceptionDetails'].get('text')}")
        return result.get("result", {}).get("value")

    def screenshot(self, clip):
        data = self.call(
            "Page.captureScreenshot",
            {"format": "png", "clip": dict(clip, scale=1), "captureBeyondViewport": False},
        )["data"]
        return base64.b64decode(data)


def is_favicon_probe(event):
    """The browser asks for /favicon.ico on pages that name no icon (mdBook's
    toc.html): not a link of the book."""
    params = event.get("params", {})
    url = params.get("response", {}).get("url") or params.get("entry", {}).get("url") or ""
    return url.endswith("/favicon.ico")


PAGE_STATE = """(() => {
  const images = [...document.images];
  return {
    broken: images.filter(i => !i.complete || i.naturalWidth === 0).map(i => i.getAttribute('src')),
    heading: !!document.querySelector('main h1, main h2'),
    theme: document.documentElement.className,
  };
})()"""

PICTURE_RECT = """(async () => {
  const img = document.querySelector('main img');
  img.scrollIntoView({block: 'start'});
  window.scrollBy(0, -90);  // below mdBook's sticky menu bar
  await new Promise(r => setTimeout(r, 100));
  const r = img.getBoundingClientRect();
  // Screenshot clips are in page coordinates.
  return {x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width, height: r.height, src: img.getAttribute('src')};
})()"""


def serve(book):
    handler = functools.partial(Quiet, directory=str(book))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def check_in_browser(book, pages, chromium, shots):
    problems = []
    server = serve(book)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    profile = tempfile.mkdtemp(prefix="chromium-", dir=shots)
    browser = Chromium(chromium, profile)
    try:
        browser.open_tab()
        picture_page = None
        for path in pages:
            relative = path.relative_to(book).as_posix()
            try:
                seen = browser.load(base + relative)
                state = browser.evaluate(PAGE_STATE)
            except (TimeoutError, RuntimeError) as error:
                problems.append(f"{relative}: {error}")
                continue
            seen += [f"image not shown: {src}" for src in state["broken"]]
            if not state["heading"] and path.name not in ("toc.html",):
                seen.append("no heading in <main>: the page did not render")
            problems += [f"{relative}: {p}" for p in seen]
            if picture_page is None and relative.startswith("chapters/") and 'src="../images/' in path.read_text(encoding="utf-8"):
                picture_page = relative
        print(f"   {len(pages)} pages loaded in Chromium")
        if picture_page is None:
            problems.append("no chapter shows a picture from images/")
        else:
            problems += check_pictures(browser, base + picture_page, picture_page, shots)
    finally:
        browser.close()
        server.shutdown()
        shutil.rmtree(profile, ignore_errors=True)
    return problems


def check_pictures(browser, url, name, shots):
    problems = []
    for theme, background in (("light", "light"), ("navy", "dark")):
        browser.load(url)
        browser.evaluate(f"localStorage.setItem('mdbook-theme', '{theme}')")
        seen = browser.load(url)
        if seen:
            problems += [f"{name} ({theme}): {p}" for p in seen]
        state = browser.evaluate(PAGE_STATE)
        if theme not in state["theme"].split():
            problems.append(f"{name}: the {theme} theme did not apply (html class {state['theme']!r})")
        rect = browser.evaluate(PICTURE_RECT)
        margin = 16
        clip = {
            "x": rect["x"] - margin,
            "y": rect["y"] - margin,
            "width": min(rect["width"] + 2 * margin, WIDTH),
            "height": min(rect["height"] + 2 * margin, HEIGHT),
        }
        whole = browser.evaluate("({x: window.scrollX, y: window.scrollY})")
        (shots / f"page-{theme}.png").write_bytes(
            browser.screenshot(dict(whole, width=WIDTH, height=HEIGHT))
        )
        png = browser.screenshot(clip)
        shot = shots / f"picture-{theme}.png"
        shot.write_bytes(png)
        width, height, pixels = decode_png(png)
        inner = [pixels[y][x] for y in range(margin + 2, height - margin - 2, 2) for x in range(margin + 2, width - margin - 2, 2)]
        colours = {}
        for pixel in inner:
            colours[pixel] = colours.get(pixel, 0) + 1
        top = max(colours.values()) / len(inner)
        verdict = f"{rect['src']} in {theme}: {len(colours)} colours, the commonest covers {top:.0%}"
        if len(colours) < 8 or top > 0.95:
            problems.append(f"{name}: the picture looks blank ({verdict}); see {shot}")
        around = luminance(pixels[height // 2][2])
        if background == "light" and around < 180 or background == "dark" and around > 90:
            problems.append(f"{name}: the page around the picture is not {background} in {theme} (luminance {around:.0f}); see {shot}")
        print(f"   {verdict}; page luminance {around:.0f}; {shot}")
    return problems


def luminance(pixel):
    r, g, b = pixel[:3]
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def decode_png(data):
    """(width, height, rows of (r, g, b) tuples) of an 8-bit RGB or RGBA PNG."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    at, idat = 8, []
    while at < len(data):
        length = int.from_bytes(data[at : at + 4], "big")
        kind = data[at + 4 : at + 8]
        body = data[at + 8 : at + 8 + length]
        if kind == b"IHDR":
            width, height = int.from_bytes(body[0:4], "big"), int.from_bytes(body[4:8], "big")
            depth, colour, interlace = body[8], body[9], body[12]
            if depth != 8 or colour not in (2, 6) or interlace:
                raise ValueError(f"unsupported PNG: depth {depth}, colour type {colour}, interlace {interlace}")
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat.append(body)
        at += 12 + length
    raw = zlib.decompress(b"".join(idat))
    stride = width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        unfilter(kind, line, previous, channels)
        rows.append([tuple(line[x : x + 3]) for x in range(0, stride, channels)])
        previous = line
    return width, height, rows


def unfilter(kind, line, previous, bpp):
    if kind == 0:
        return
    if kind == 2:
        for i in range(len(line)):
            line[i] = (line[i] + previous[i]) & 0xFF
        return
    for i in range(len(line)):
        left = line[i - bpp] if i >= bpp else 0
        if kind == 1:
            line[i] = (line[i] + left) & 0xFF
        elif kind == 3:
            line[i] = (line[i] + (left + previous[i]) // 2) & 0xFF
        elif kind == 4:
            up, up_left = previous[i], previous[i - bpp] if i >= bpp else 0
            p = left + up - up_left
            pa, pb, pc = abs(p - left), abs(p - up), abs(p - up_left)
            predictor = left if pa <= pb and pa <= pc else up if pb <= pc else up_left
            line[i] = (line[i] + predictor) & 0xFF
        else:
            raise ValueError(f"unknown PNG filter {kind}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--book", type=pathlib.Path, required=True, help="the built book (book/book)")
    parser.add_argument("--info", type=pathlib.Path, required=True, help="the course's info.toml")
    parser.add_argument("--shots", type=pathlib.Path, required=True, help="where screenshots go")
    parser.add_argument("--chromium", default=shutil.which("chromium") or "chromium")
    args = parser.parse_args()
    book = args.book.resolve()
    args.shots.mkdir(parents=True, exist_ok=True)
    shots = args.shots.resolve()
    pages = sorted(book.rglob("*.html"))
    if not pages:
        print(f"check_book: no HTML in {book}: build the book first", file=sys.stderr)
        return 2
    info = tomllib.loads(args.info.read_text(encoding="utf-8"))

    problems = check_links(book, pages)
    print(f"   {len(pages)} pages parsed, internal links and images checked")
    problems += check_coverage(book, info)
    print(f"   {len(info.get('exercises', []))} exercises of {args.info} looked up in their chapters")
    problems += check_in_browser(book, pages, args.chromium, shots)
    # mdBook 0.5 draws each picture twice (the second for zooming): say things once.
    problems = list(dict.fromkeys(problems))
    for problem in problems:
        print(f"BOOK: {problem}", file=sys.stderr)
    if problems:
        print(f"check_book: {len(problems)} problems", file=sys.stderr)
        return 1
    print("   the book is fine")
    return 0


if __name__ == "__main__":
    sys.exit(main())
