"""Records Python Dash 4.4.1's answers for the to-do app into tests/golden/todo/.

Run with a Python that has dash==4.4.1 (see record.sh for making one):
    python tests/golden/record_todo.py
The request bodies are shaped as dash-renderer 4.4.1 sends them; Flask's test client serves
them in process, so nothing listens on a port.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import recording  # noqa: E402
import todo_app  # noqa: E402

OUT = os.path.join(HERE, "todo")


def label(i):
    return {"type": "label", "index": i}


def done(i):
    return {"type": "done", "index": i}


EDIT = "..list.children...new-item.value.."
EDIT_OUTPUTS = [{"id": "list", "property": "children"}, {"id": "new-item", "property": "value"}]


def edit_request(changed, text, items):
    """`items`: (text, done) per item on the page."""
    values = {"add.n_clicks": 1, "new-item.n_submit": 1, "clear-done.n_clicks": 1}
    inputs = []
    for prop_id in ("add.n_clicks", "new-item.n_submit", "clear-done.n_clicks"):
        cid, prop = prop_id.split(".")
        entry = {"id": cid, "property": prop}
        if prop_id in changed:
            entry["value"] = values[prop_id]
        inputs.append(entry)
    return {
        "output": EDIT,
        "outputs": EDIT_OUTPUTS,
        "inputs": inputs,
        "changedPropIds": changed,
        "parsedChangedPropsIds": changed,
        "state": [
            {"id": "new-item", "property": "value", "value": text},
            [{"id": label(i), "property": "children", "value": t} for i, (t, _) in enumerate(items)],
            [{"id": done(i), "property": "value", "value": d} for i, (_, d) in enumerate(items)],
        ],
    }


def stringify(cid):
    return json.dumps(cid, sort_keys=True, separators=(",", ":"))


REQUESTS = {
    "initial_list": edit_request([], None, []),
    "add_first": edit_request(["add.n_clicks"], "milk", []),
    "submit_second": edit_request(["new-item.n_submit"], "eggs", [("milk", [])]),
    "clear_done": edit_request(["clear-done.n_clicks"], "", [("milk", ["done"]), ("eggs", [])]),
    "mark_done": {
        "output": stringify({"type": "label", "index": ["MATCH"]}) + ".style",
        "outputs": {"id": label(0), "property": "style"},
        "inputs": [{"id": done(0), "property": "value", "value": ["done"]}],
        "changedPropIds": [stringify(done(0)) + ".value"],
        "parsedChangedPropsIds": [done(0)],
    },
    "count_none": {
        "output": "count.children",
        "outputs": {"id": "count", "property": "children"},
        "inputs": [[]],
        "changedPropIds": [],
        "parsedChangedPropsIds": [],
    },
    "count_some": {
        "output": "count.children",
        "outputs": {"id": "count", "property": "children"},
        "inputs": [
            [
                {"id": done(0), "property": "value", "value": ["done"]},
                {"id": done(1), "property": "value", "value": []},
            ]
        ],
        "changedPropIds": [stringify(done(0)) + ".value"],
        "parsedChangedPropsIds": [done(0)],
    },
}


recording.record(todo_app.app, OUT, REQUESTS)
