"""Dataset descriptions (portal HTML) made safe: for a QTextBrowser (sanitize) and as plain text
for a layer's metadata (html_to_text).

An allow-list: text formatting, lists, tables and links (http, https, mailto) are kept;
scripts, styles, iframes, objects, forms and images (remote content) are dropped with
what they contain; every attribute but a link's href is removed (no event handlers).
"""

from html import escape
from html.parser import HTMLParser

ALLOWED = frozenset(
    """a b blockquote br code dd div dl dt em h1 h2 h3 h4 h5 h6 hr i li ol p pre s small
    span strong sub sup table tbody td th thead tr u ul""".split()
)
VOID = frozenset({"br", "hr"})
DROPPED_WITH_CONTENT = frozenset(
    {"script", "style", "iframe", "object", "form", "svg", "math", "template", "noscript"}
)
LINK_SCHEMES = ("http://", "https://", "mailto:")


class _Visible(HTMLParser):
    """Calls start(tag, attrs), end(tag) and text(data) for what lies outside the dropped
    elements; the result is self.out, joined."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skipping = 0  # depth inside a dropped element

    def handle_starttag(self, tag, attrs):
        if tag in DROPPED_WITH_CONTENT:
            self.skipping += 1
        elif not self.skipping:
            self.start(tag, attrs)

    def handle_endtag(self, tag):
        if tag in DROPPED_WITH_CONTENT:
            self.skipping = max(0, self.skipping - 1)
        elif not self.skipping:
            self.end(tag)

    def handle_data(self, data):
        if not self.skipping:
            self.text(data)

    def result(self, html: str) -> str:
        self.feed(html or "")
        self.close()
        return "".join(self.out)


class _Sanitizer(_Visible):
    def start(self, tag, attrs):
        if tag not in ALLOWED:
            return
        if tag == "a":
            href = (dict(attrs).get("href") or "").strip()
            if href.lower().startswith(LINK_SCHEMES):
                self.out.append(f'<a href="{escape(href, quote=True)}">')
            else:
                self.out.append("<a>")
            return
        self.out.append(f"<{tag}>")

    def handle_startendtag(self, tag, attrs):
        if tag in VOID and not self.skipping:
            self.out.append(f"<{tag}>")

    def end(self, tag):
        if tag in ALLOWED and tag not in VOID:
            self.out.append(f"</{tag}>")

    def text(self, data):
        self.out.append(escape(data, quote=False))


def sanitize(html: str) -> str:
    """Safe HTML from a portal description (plain text is escaped)."""
    return _Sanitizer().result(html)


_BLOCKS = frozenset(
    """p div br li ul ol table tr td th dt dd blockquote pre hr h1 h2 h3 h4 h5 h6""".split()
)


class _TextExtractor(_Visible):
    def start(self, tag, _attrs):
        if tag in _BLOCKS:
            self.out.append("\n- " if tag == "li" else "\n")

    def end(self, tag):
        if tag in _BLOCKS:
            self.out.append("\n")

    def text(self, data):
        self.out.append(data)


def html_to_text(html: str) -> str:
    """Plain text of an HTML description: tags dropped, what scripts, styles and other dropped
    elements hold left out, entities decoded, one paragraph a line."""
    text = _TextExtractor().result(html)
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)
