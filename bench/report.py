"""Gather docs/benchmarks/*.md (one per benchmark) into docs/benchmarks.md."""

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"


def demoted(markdown: str) -> str:
    """Each heading one level down, so every benchmark is a section of the gathered page."""
    return "\n".join("#" + line if line.startswith("#") else line for line in markdown.splitlines())


def main():
    parts = sorted((DOCS / "benchmarks").glob("*.md"))
    header = [
        "# Benchmarks",
        "",
        "Written by `make bench` (each section by its own script in `bench/`). Speed and memory",
        "are measured here, never in tests: ratios come from one run on one machine, sides",
        "interleaved or run back to back, each in its own process.",
        "",
    ]
    body = [demoted(part.read_text(encoding="utf-8")) for part in parts]
    (DOCS / "benchmarks.md").write_text("\n".join(header + body), encoding="utf-8")


if __name__ == "__main__":
    main()
