"""Checks that another renderer (pandoc, reading briefing.md as GFM) shows the same content as
briefing.html: the title, every section, every statement, every quote, every source, and one
footnote per citation.

Usage: python3 same_content.py briefing.html pandoc-output.html
"""
import html
import html.parser
import re
import sys
import unicodedata


def norm(text):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


class Units(html.parser.HTMLParser):
    """Collects the text of the elements whose class (or tag) names a unit of content."""

    def __init__(self, wanted):
        super().__init__()
        self.wanted = wanted  # (tag, class) pairs; class None means any
        self.stack = []  # open elements: (tag, unit key or None, skip)
        self.units = {}
        self.current = []

    def handle_starttag(self, tag, attrs):
        if tag in ("br", "img", "meta", "link", "input", "hr", "rect", "col"):
            return
        classes = (dict(attrs).get("class") or "").split()
        key = next((f"{t}.{c}" for t, c in self.wanted if t == tag and (c is None or c in classes)), None)
        skip = any(c in classes for c in ("fact-number", "cite"))
        self.stack.append((tag, key, skip))
        if key:
            self.current.append((key, []))

    def handle_endtag(self, tag):
        while self.stack:
            t, key, _ = self.stack.pop()
            if key:
                k, parts = self.current.pop()
                self.units.setdefault(k, []).append(norm("".join(parts)))
            if t == tag:
                break

    def handle_data(self, data):
        if any(skip for _, _, skip in self.stack):
            return
        for _, parts in self.current:
            parts.append(data)


def parse(path, wanted):
    p = Units(wanted)
    with open(path, encoding="utf-8") as f:
        p.feed(f.read())
    return p


ours = parse(sys.argv[1], [("h1", None), ("h2", None), ("p", "statement"), ("div", "quotes-print"),
                           ("span", "publisher"), ("cite", None), ("a", "cite")])
with open(sys.argv[2], encoding="utf-8") as f:
    theirs_html = f.read()
theirs = norm(html.unescape(re.sub(r"<[^>]+>", "", theirs_html)))

missing = []
checked = 0
for key, texts in ours.units.items():
    if key == "a.cite":
        continue
    for text in texts:
        if key == "div.quotes-print":
            pieces = [re.sub(r"^\[\d+\] ", "", q) for q in re.split(r"(?=\[\d+\] )", text) if q.strip()]
        else:
            pieces = [text]
        for piece in pieces:
            piece = norm(piece)
            if key == "h2.None" and piece == "Contents":
                continue
            checked += 1
            if piece not in theirs:
                missing.append(f"{key}: {piece[:120]}")

citations = len(ours.units.get("a.cite", []))
footnotes = theirs_html.count('class="footnote-ref"')
problems = list(missing)
if citations != footnotes:
    problems.append(f"briefing.html has {citations} citations but pandoc shows {footnotes} footnotes")
for m in problems:
    print("missing in pandoc's rendering of briefing.md:", m)
print(f"same content: {checked} pieces of briefing.html and {citations} citations compared with pandoc's rendering")
sys.exit(1 if problems else 0)
