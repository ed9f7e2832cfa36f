#!/usr/bin/env python3
"""Print an EDGAR filing file as readable text, for labelling by hand.

usage: show.py CORPUS_FILE [--raw-header]

Independent of edgar-etl (it shares no code with the pipeline): the SEC header is printed as is,
each <DOCUMENT> is announced with its TYPE / SEQUENCE / FILENAME / DESCRIPTION, HTML is turned into
text with one line per block element, and uuencoded / binary documents are left out (their type shown).
"""
import html, re, sys
from html.parser import HTMLParser

BLOCK = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "title", "center", "pre", "hr", "ul", "ol"}
SKIP = {"script", "style", "head"}

class Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip, self.hidden = [], 0, 0
        self.stack = []
    def handle_starttag(self, tag, attrs):
        t = tag.lower()
        if t in SKIP: self.skip += 1
        style = (dict(attrs).get("style") or "").replace(" ", "").lower()
        # <p> is often left unclosed, so a hidden <p> would hide the rest of the document
        if "display:none" in style and t not in ("p", "br", "hr"):
            self.stack.append(t); self.hidden += 1
        if t in BLOCK: self.out.append("\n")
        if t in ("td", "th"): self.out.append(" | ")
    def handle_endtag(self, tag):
        t = tag.lower()
        if t in SKIP and self.skip: self.skip -= 1
        if self.stack and self.stack[-1] == t:
            self.stack.pop(); self.hidden -= 1
        if t in BLOCK: self.out.append("\n")
    def handle_data(self, d):
        if not self.skip and not self.hidden:
            self.out.append(d)

def html_text(s):
    p = Text(); p.feed(s); p.close()
    t = "".join(p.out).replace("\xa0", " ")
    lines = [re.sub(r"[ \t]+", " ", l).strip() for l in t.split("\n")]
    res, blank = [], 0
    for l in lines:
        if not l:
            blank += 1
            if blank > 1: continue
        else:
            blank = 0
        res.append(l)
    return "\n".join(res)

def looks_html(s):
    return re.search(r"<(html|body|div|p|table|font|br)\b", s[:20000], re.I) is not None

def decode(b):
    if b.startswith(b"\xff\xfe") or b.startswith(b"\xfe\xff"):
        return b.decode("utf-16")
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        return b.decode("cp1252", errors="replace")

def main():
    path = sys.argv[1]
    data = open(path, "rb").read()
    if path.endswith(".gz"):
        import gzip; data = gzip.decompress(data)
    s = decode(data)
    docs = list(re.finditer(r"<DOCUMENT>(.*?)(?:</DOCUMENT>|\Z)", s, re.S | re.I))
    if not docs:
        print("=== (no <DOCUMENT> markup: the whole file is one document)")
        print(html_text(s) if looks_html(s) else s)
        return
    head = s[:docs[0].start()]
    print("=== FILE HEADER (verbatim) ===")
    print(head)
    for i, m in enumerate(docs, 1):
        d = m.group(1)
        meta = {}
        for k in ("TYPE", "SEQUENCE", "FILENAME", "DESCRIPTION"):
            mm = re.search(r"<" + k + r">([^\n<]*)", d, re.I)
            meta[k] = mm.group(1).strip() if mm else ""
        print(f"\n=== DOCUMENT {i}: TYPE={meta['TYPE']} SEQUENCE={meta['SEQUENCE']} FILENAME={meta['FILENAME']} DESCRIPTION={meta['DESCRIPTION']} ===")
        body = re.search(r"<TEXT>(.*?)(?:</TEXT>|\Z)", d, re.S | re.I)
        body = body.group(1) if body else d
        if re.search(r"^begin \d{3} ", body, re.M) or meta["TYPE"].upper() in ("GRAPHIC", "ZIP", "EXCEL", "PDF", "JSON", "XML") or meta["TYPE"].upper().startswith("EX-101"):
            print(f"(content not shown: {meta['TYPE']}, {len(body)} chars)")
            continue
        print(html_text(body) if looks_html(body) else body)

if __name__ == "__main__":
    main()
