"""Write the algorithm reference (docs/algorithms.md, docs/algorithms.fr.md) from the algorithms.

Everything comes from the algorithms themselves (names, parameters, outputs) and their help
files, so the reference cannot drift: a test regenerates it and compares.
Usage: python scripts/algorithm_reference.py [output folder]   (default: docs/)
"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TITLES = {
    "en": (
        "Algorithm reference",
        "Parameters",
        "Outputs",
        "optional",
        "default: ",
        "Name",
        "Type",
        "Description",
    ),
    "fr": (
        "Référence des algorithmes",
        "Paramètres",
        "Sorties",
        "facultatif",
        "défaut : ",
        "Nom",
        "Type",
        "Description",
    ),
}
INTRO = {
    "en": "Generated from each algorithm of the `tdathack` Processing provider and its help "
    "(`make docs`). Run them from the toolbox, the modeler, batch mode or "
    "`qgis_process run tdathack:<name> -- PARAMETER=value`.",
    "fr": "Générée à partir de chaque algorithme du fournisseur de traitements `tdathack` et de "
    "son aide (`make docs`). Ils s'utilisent depuis la boîte à outils, le modeleur, le mode "
    "batch ou `qgis_process run tdathack:<nom> -- PARAMETRE=valeur`.",
}


def start_qgis(language):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    app = QgsApplication([], False)
    app.initQgis()
    translator = QTranslator()
    translator.load(str(ROOT / "tdathack_plugin" / "i18n" / f"tdathack_{language}.qm"))
    QCoreApplication.installTranslator(translator)
    return app, translator


def default_text(parameter) -> str:
    value = parameter.defaultValue()
    if value in (None, "") or parameter.isDestination():
        return ""
    if hasattr(parameter, "options") and isinstance(value, int):
        return parameter.options()[value]
    return str(value)


def reference(language: str) -> str:
    from tdathack_plugin.processing.help import algorithm_help
    from tdathack_plugin.processing.provider import TDatHackProvider

    title, parameters_title, outputs_title, optional, default, name, kind, description = TITLES[
        language
    ]
    from qgis.core import QgsApplication

    provider = TDatHackProvider()
    QgsApplication.processingRegistry().addProvider(provider)  # as QGIS does: models see outputs
    algorithms = sorted(provider.algorithms(), key=lambda a: (a.group(), a.displayName()))
    lines = [f"# {title}", "", INTRO[language], ""]
    for algorithm in algorithms:
        lines.append(f"- [{algorithm.displayName()}](#{algorithm.name()}) — `{algorithm.id()}`")
    for algorithm in algorithms:
        lines += [
            "",
            f'<a id="{algorithm.name()}"></a>',
            "",
            f"## {algorithm.displayName()}",
            "",
            f"`tdathack:{algorithm.name()}` — {algorithm.group()}",
            "",
            algorithm_help(algorithm.name(), language).strip(),
            "",
            f"### {parameters_title}",
            "",
            f"| {name} | {kind} | {description} |",
            "|---|---|---|",
        ]
        for parameter in algorithm.parameterDefinitions():
            if parameter.isDestination():
                continue
            notes = []
            if parameter.flags() & parameter.Flag.FlagOptional:
                notes.append(optional)
            if default_text(parameter):
                notes.append(f"{default}{default_text(parameter)}")
            extra = f" ({', '.join(notes)})" if notes else ""
            lines.append(
                f"| `{parameter.name()}` | {parameter.type()} | {parameter.description()}{extra} |"
            )
        lines += [
            "",
            f"### {outputs_title}",
            "",
            f"| {name} | {kind} | {description} |",
            "|---|---|---|",
        ]
        for output in algorithm.outputDefinitions():
            lines.append(f"| `{output.name()}` | {output.type()} | {output.description()} |")
    return "\n".join(lines) + "\n"


def main(folder: Path, language: str) -> None:
    app, _translator = start_qgis(language)
    suffix = "" if language == "en" else f".{language}"
    (folder / f"algorithms{suffix}.md").write_text(reference(language), encoding="utf-8")
    app.exitQgis()


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs"
    if len(sys.argv) > 2:
        main(target, sys.argv[2])
    else:  # one process per language: a translator is process-wide
        import subprocess

        for lang in ("en", "fr"):
            subprocess.run([sys.executable, __file__, str(target), lang], check=True)
