"""Reduces dash-bootstrap-components' Python component classes to the generator's metadata.

The dbc wheel ships no metadata.json, but its `_components/*.py` classes were written by
Dash's component generator and carry what the generator needs: the prop names in order
(`_prop_names`), typed `__init__` parameters (`typing.Optional[...]`, `typing.Union`,
`Literal[...]`, `typing.Sequence`, `TypedDict` shapes, `ComponentType`, `NumberType`), the
required props (the `for k in [...]` check of `__init__`) and, in the class docstring's
`- name (type; default X):` lines, the defaults. This script reads them with the stdlib `ast`
module (nothing is imported or run) and writes `dash-codegen/metadata/dash_bootstrap_components.json`
in the schema of the other reduced files (react-docgen's, without descriptions), so the
generator reads all four alike. Only names, types, `required` and defaults are written.

A developer step, run when dbc is upgraded; its output is committed:

    python3 -m pip download --no-deps --require-hashes --disable-pip-version-check \
        -r dash-assets/pypi/requirements.txt -d /tmp/dbc-wheel
    python3 dash-codegen/extract_dbc.py /tmp/dbc-wheel/dash_bootstrap_components-2.0.4-py3-none-any.whl
    cargo run -p dash-codegen

Choices the classes leave open:
- A `TypedDict` becomes a `shape` (other keys allowed): the classes do not say whether dbc's
  prop types were `shape` or `exact`.
- `id`, typed `str | dict` by Dash's generator for every component (pattern-matching ids), is
  kept as written.
- A docstring default is kept only when its whole `- name (...; default X):` header is on one
  line; Dash's generator writes `true`/`false`/`null` as `True`/`False`/`None` there, which
  are turned back.
- Each component's `_children_props` is checked against the props whose types hold
  components, so a type this script misreads stops it.
"""

import ast
import json
import re
import sys
import zipfile
from pathlib import Path

OUTPUT = Path(__file__).parent / "metadata" / "dash_bootstrap_components.json"
PREFIX = "dash_bootstrap_components/_components/"

# `- name (type; default X):` at the start of a docstring line (nested keys are indented).
DEFAULT = re.compile(r"^- (\w+) \((.*); default (.*)\):$")
PYTHON_LITERALS = {"True": "true", "False": "false", "None": "null"}


class Unsupported(Exception):
    """A type annotation this script does not know how to read."""


def dotted(node):
    """`typing.Optional` for an attribute chain, `str` for a name."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return dotted(node.value) + "." + node.attr
    raise Unsupported(ast.dump(node))


def arguments(node):
    """The subscript's arguments: `X[a, b]` -> [a, b], `X[a]` -> [a]."""
    inner = node.slice
    return list(inner.elts) if isinstance(inner, ast.Tuple) else [inner]


def literal(node):
    """A `Literal[...]` member as JavaScript source text, as react-docgen writes enum values."""
    if not isinstance(node, ast.Constant):
        raise Unsupported(ast.dump(node))
    value = node.value
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, str):
        return "'" + value + "'"
    if isinstance(value, (int, float)):
        return repr(value)
    raise Unsupported(repr(value))


def convert(node, shapes):
    """A type annotation as a react-docgen type tree."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return shape(node.value, shapes)
    if isinstance(node, (ast.Name, ast.Attribute)):
        name = dotted(node)
        simple = {
            "str": "string",
            "bool": "bool",
            "int": "number",
            "float": "number",
            "NumberType": "number",
            "dict": "object",
            "list": "array",
            "typing.Any": "any",
            "ComponentType": "node",
            "Component": "element",
        }
        if name in simple:
            return {"name": simple[name]}
        if name in shapes:
            return shape(name, shapes)
        raise Unsupported(name)
    if isinstance(node, ast.Subscript):
        outer = dotted(node.value)
        members = arguments(node)
        if outer in ("typing.Optional", "NotRequired"):
            return convert(members[0], shapes)
        if outer == "typing.Union":
            return {"name": "union", "value": [convert(m, shapes) for m in members]}
        if outer in ("typing.Sequence", "typing.List"):
            return {"name": "arrayOf", "value": convert(members[0], shapes)}
        if outer == "typing.Dict":
            return {"name": "objectOf", "value": convert(members[1], shapes)}
        if outer in ("Literal", "typing.Literal"):
            return {"name": "enum", "value": [{"value": literal(m)} for m in members]}
    raise Unsupported(ast.dump(node))


def shape(name, shapes):
    """A class-level `Name = TypedDict("Name", {...})` as a `shape`."""
    if name not in shapes:
        raise Unsupported("unknown TypedDict " + name)
    fields = {}
    for key, value in shapes[name]:
        optional = (
            isinstance(value, ast.Subscript) and dotted(value.value) == "NotRequired"
        )
        member = convert(value, shapes)
        member["required"] = not optional
        fields[key] = member
    return {"name": "shape", "value": fields}


def typed_dicts(cls):
    """The class's TypedDicts: name -> [(key, annotation)] in order."""
    found = {}
    for statement in cls.body:
        if not (isinstance(statement, ast.Assign) and isinstance(statement.value, ast.Call)):
            continue
        call = statement.value
        if not (isinstance(call.func, ast.Name) and call.func.id == "TypedDict"):
            continue
        name = statement.targets[0].id
        table = call.args[1]
        found[name] = [(k.value, v) for k, v in zip(table.keys, table.values)]
    return found


def constant_list(node):
    return [element.value for element in node.elts]


def class_attribute(cls, name):
    for statement in cls.body:
        if isinstance(statement, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in statement.targets
        ):
            return ast.literal_eval(statement.value)
    raise Unsupported("no " + name)


def init_facts(init):
    """`_prop_names` and the props the `for k in [...]` check requires."""
    prop_names, required = None, []
    for node in ast.walk(init):
        if isinstance(node, ast.Assign):
            target = node.targets[0]
            if isinstance(target, ast.Attribute) and target.attr == "_prop_names":
                prop_names = constant_list(node.value)
        if isinstance(node, ast.For) and isinstance(node.iter, ast.List):
            required.extend(constant_list(node.iter))
    if prop_names is None:
        raise Unsupported("no _prop_names")
    return prop_names, required


def defaults(docstring):
    found = {}
    for line in docstring.splitlines():
        match = DEFAULT.match(line)
        if match:
            value = match.group(3)
            found[match.group(1)] = PYTHON_LITERALS.get(value, value)
    return found


def component_nodes(ty, key, nodes):
    """The paths of a type's parts that hold components, as Dash's `_children_props` writes them."""
    name = ty["name"]
    if name in ("node", "element"):
        nodes.append(key)
    elif name == "arrayOf":
        item = ty["value"]
        if item["name"] == "shape":
            for field, member in item["value"].items():
                component_nodes(member, key + "[]." + field, nodes)
        elif item["name"] in ("node", "element"):
            nodes.append(key + "[]")
    elif name == "shape":
        for field, member in ty["value"].items():
            component_nodes(member, key + "." + field, nodes)
    elif name == "union":
        for member in ty["value"]:
            component_nodes(member, key, nodes)
    elif name == "objectOf":
        component_nodes(ty["value"], key + "{}", nodes)
    return nodes


def component(path, source):
    module = ast.parse(source)
    classes = [n for n in module.body if isinstance(n, ast.ClassDef)]
    if len(classes) != 1:
        raise Unsupported(f"{path}: {len(classes)} classes")
    cls = classes[0]
    if class_attribute(cls, "_namespace") != "dash_bootstrap_components":
        raise Unsupported(f"{path}: another namespace")
    if class_attribute(cls, "_type") != cls.name:
        raise Unsupported(f"{path}: type differs from the class")
    init = next(n for n in cls.body if isinstance(n, ast.FunctionDef) and n.name == "__init__")
    shapes = typed_dicts(cls)
    prop_names, required = init_facts(init)
    parameters = init.args.args[1:] + init.args.kwonlyargs
    annotations = {p.arg: p.annotation for p in parameters}
    found_defaults = defaults(ast.get_docstring(cls, clean=False) or "")
    props = {}
    for name in prop_names:
        if name not in annotations:
            raise Unsupported(f"{path}: {name} is not an __init__ parameter")
        try:
            ty = convert(annotations[name], shapes)
        except Unsupported as error:
            raise Unsupported(f"{path}: {name}: {error}") from error
        prop = {"type": ty, "required": name in required}
        if name in found_defaults:
            prop["defaultValue"] = {"value": found_defaults[name]}
        props[name] = prop
    nodes = []
    for name, prop in props.items():
        if name != "children":
            component_nodes(prop["type"], name, nodes)
    declared = class_attribute(cls, "_children_props")
    if sorted(nodes) != sorted(declared):
        raise Unsupported(f"{path}: children props {nodes}, the class says {declared}")
    return cls.name, {"props": props}


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: extract_dbc.py <dash_bootstrap_components wheel>")
    components = {}
    with zipfile.ZipFile(sys.argv[1]) as wheel:
        for path in sorted(wheel.namelist()):
            stem = path[len(PREFIX):-len(".py")] if path.startswith(PREFIX) else ""
            if not path.endswith(".py") or "/" in stem or not stem or stem.startswith("_"):
                continue
            name, entry = component(path, wheel.read(path).decode("utf-8"))
            components[path] = (name, entry)
    ordered = dict(
        (path, entry) for path, (name, entry) in sorted(components.items(), key=lambda c: c[1][0])
    )
    OUTPUT.write_text(json.dumps(ordered, indent=2, ensure_ascii=False) + "\n")
    print(f"wrote {OUTPUT} ({len(ordered)} components)")


if __name__ == "__main__":
    main()
