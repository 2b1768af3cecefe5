"""Ready for QGIS 4 / Qt 6: every Qt and QGIS enum value the plugin names is fully scoped, and
no name is an alias the running QGIS keeps for an enum it moved or renamed.

QGIS's own migration checker (scripts/qt6_check.sh) knows Qt's enums only, when no Qt 6 build
of QGIS is at hand; this test asks the QGIS it runs on, for the names the plugin's code uses.
"""

import ast
import enum
import importlib
from pathlib import Path

from tdathack_plugin.toolbelt.about import PLUGIN_DIR

EXTERNAL = ("qgis.", "osgeo")
# The two modules that name, for QGIS releases before the move, where enums used to live.
COMPATIBILITY = {"toolbelt/qgis_enums.py", "toolbelt/field_types.py"}


def sources():
    return sorted(
        path
        for path in PLUGIN_DIR.rglob("*.py")
        if "__pycache__" not in path.parts
        and path.relative_to(PLUGIN_DIR).as_posix() not in COMPATIBILITY
    )


def imported_names(tree) -> dict:
    """{name: object} of what a module imports from QGIS and Qt."""
    names = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(EXTERNAL):
            module = importlib.import_module(node.module)
            for alias in node.names:
                if hasattr(module, alias.name):
                    names[alias.asname or alias.name] = getattr(module, alias.name)
    return names


def is_enum_value(value) -> bool:
    """A member of a Python enum or of a sip (PyQt5) enum."""
    return isinstance(value, enum.Enum) or type(type(value)).__name__ == "enumtype"


def current_name(value: enum.Enum) -> str:
    """Where the running QGIS defines an enum value (Qgis.GeometryType.Polygon...)."""
    return f"{type(value).__qualname__}.{value.name}"


def enum_findings(path: Path) -> list:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = imported_names(tree)
    findings = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute):
            continue
        where = f"{path.relative_to(PLUGIN_DIR) if path.is_relative_to(PLUGIN_DIR) else path.name}"
        where += f":{node.lineno}"
        owner = node.value
        if isinstance(owner, ast.Name) and owner.id in names:
            value = getattr(names[owner.id], node.attr, None)
            if is_enum_value(value):
                scoped = f"{owner.id}.{type(value).__name__}.{node.attr}"
                findings.append(f"{where}: {owner.id}.{node.attr} is not scoped ({scoped})")
        elif (
            isinstance(owner, ast.Attribute)
            and isinstance(owner.value, ast.Name)
            and owner.value.id in names
        ):
            enum_class = getattr(names[owner.value.id], owner.attr, None)
            value = getattr(enum_class, node.attr, None)
            written = f"{owner.value.id}.{owner.attr}.{node.attr}"
            if isinstance(value, enum.Enum) and written != current_name(value):
                findings.append(f"{where}: {written} is an alias of {current_name(value)}")
    return findings


def test_every_enum_value_is_scoped_and_current():
    findings = [finding for path in sources() for finding in enum_findings(path)]
    assert findings == []


def test_the_check_sees_unscoped_and_aliased_values(tmp_path):
    """The check itself: an unscoped Qt value and an unscoped QGIS value are found."""
    probe = tmp_path / "probe.py"
    probe.write_text(
        "from qgis.core import QgsMapLayer\nfrom qgis.PyQt.QtCore import Qt\n"
        "a = Qt.AlignLeft\nb = QgsMapLayer.VectorLayer\nc = Qt.AlignmentFlag.AlignLeft\n",
        encoding="utf-8",
    )
    findings = enum_findings(probe)
    assert [f.split(": ", 1)[1].split(" ")[0] for f in findings] == [
        "Qt.AlignLeft",
        "QgsMapLayer.VectorLayer",
    ]
