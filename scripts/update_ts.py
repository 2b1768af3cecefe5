"""Refresh the .ts translation sources from the tr() calls in the plugin's Python code.

Every `tr("...")`, `self.tr("...")` or `tr_noop("...")` call with a literal string is a message
of the single context `tdathack`. Existing translations are kept; messages no longer in the code
are dropped.
Usage: python scripts/update_ts.py [--check]   (--check fails when a .ts is out of date or a
French translation is missing).
"""

import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLUGIN = ROOT / "tdathack_plugin"
CONTEXT = "tdathack"
LANGUAGES = {"fr": "fr_FR", "en": "en_GB"}


def source_messages() -> list:
    """Every literal passed to tr(), in first-seen order."""
    seen = {}
    for path in sorted(PLUGIN.rglob("*.py")):
        if path.name.endswith("_rc.py"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            arg = node.args[0]
            if (
                name in ("tr", "tr_noop")
                and isinstance(arg, ast.Constant)
                and isinstance(arg.value, str)
            ):
                seen.setdefault(arg.value, path.relative_to(ROOT).as_posix())
    return list(seen.items())


def ts_path(language: str) -> Path:
    return PLUGIN / "i18n" / f"tdathack_{language}.ts"


def read_translations(path: Path) -> dict:
    if not path.exists():
        return {}
    found = {}
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") != "unfinished" and translation.text:
            found[message.findtext("source")] = translation.text
    return found


def render(language: str, messages: list, translations: dict) -> str:
    root = ET.Element("TS", version="2.1", language=LANGUAGES[language], sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source, location in messages:
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "location", filename=f"../../{location}")
        ET.SubElement(message, "source").text = source
        text = translations.get(source, source if language == "en" else None)
        translation = ET.SubElement(message, "translation")
        if text is None:
            translation.set("type", "unfinished")
        else:
            translation.text = text
    ET.indent(root)
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        + ET.tostring(root, encoding="unicode")
        + "\n"
    )


def main(check: bool) -> int:
    messages = source_messages()
    problems = []
    for language in LANGUAGES:
        path = ts_path(language)
        translations = read_translations(path)
        content = render(language, messages, translations)
        missing = [s for s, _ in messages if s not in translations and language != "en"]
        problems += [f"{path.name}: no translation for {s!r}" for s in missing]
        if check:
            if not path.exists() or path.read_text(encoding="utf-8") != content:
                problems.append(f"{path.name} is out of date: run `make ts`")
        else:
            path.write_text(content, encoding="utf-8")
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if check and problems else 0


if __name__ == "__main__":
    sys.exit(main("--check" in sys.argv[1:]))
