"""Horizontal bar charts as inline SVG: viewable offline, in any browser, without script."""

from html import escape

BAR = 22  # px per bar
GAP = 8
LABEL_WIDTH = 230
BAR_WIDTH = 380
VALUE_WIDTH = 110


def bar_chart(title: str, bars, text_of, maximum: float = 0.0) -> str:
    """bars: [(label, value, colour)]; text_of(value) writes a value; maximum: scale (0 = auto)."""
    bars = list(bars)
    top = max([maximum] + [value for _label, value, _colour in bars]) or 1.0
    height = len(bars) * (BAR + GAP) + GAP
    width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH
    rows = []
    for number, (label, value, colour) in enumerate(bars):
        y = GAP + number * (BAR + GAP)
        length = max(0.0, BAR_WIDTH * value / top)
        label, text = escape(label), escape(text_of(value))
        rows.append(
            f'<text x="{LABEL_WIDTH - 6}" y="{y + BAR * 0.7:.1f}" text-anchor="end">{label}</text>'
            f'<rect x="{LABEL_WIDTH}" y="{y}" width="{length:.1f}" height="{BAR}" '
            f'fill="{escape(colour)}"><title>{label}: {text}</title></rect>'
            f'<text x="{LABEL_WIDTH + length + 6:.1f}" y="{y + BAR * 0.7:.1f}">{text}</text>'
        )
    return (
        f'<figure class="chart"><figcaption>{escape(title)}</figcaption>'
        f'<svg role="img" aria-label="{escape(title)}" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-size="13" font-family="sans-serif">'
        + "".join(rows)
        + "</svg></figure>"
    )
