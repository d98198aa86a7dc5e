"""Records Python Dash 4.4.1's answers for the upload app into tests/golden/upload/.

Run with a Python that has dash==4.4.1 and plotly==7.1.0 (see record.sh):
    python tests/golden/record_upload.py
The request bodies are shaped as dash-renderer 4.4.1 sends them; Flask's test client serves
them in process, so nothing listens on a port.
"""
import base64
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import recording  # noqa: E402
import upload_app  # noqa: E402

OUT = os.path.join(HERE, "upload")

WEEK = "day,sales\nmon,3\ntue,9\nwed,oops\nthu,12\n"
TABLE = {
    "filename": "week.csv",
    "columns": ["day", "sales"],
    "rows": [["mon", "3"], ["tue", "9"], ["wed", "oops"], ["thu", "12"]],
}


def data_url(raw):
    return "data:text/csv;base64," + base64.b64encode(raw).decode()


def entry(cid, prop, *value):
    found = {"id": cid, "property": prop}
    if value:
        found["value"] = value[0]
    return found


def upload_request(raw, filename):
    return {
        "output": "..table.data...file-info.children..",
        "outputs": [entry("table", "data"), entry("file-info", "children")],
        "inputs": [entry("upload", "contents", data_url(raw))],
        "changedPropIds": ["upload.contents"],
        "parsedChangedPropsIds": ["upload.contents"],
        "state": [entry("upload", "filename", filename)],
    }


def draw_request(changed, table, low):
    inputs = [entry("table", "data", *([table] if table is not None else []))]
    inputs.append(entry("min-y", "value", *([low] if low is not None else [])))
    return {
        "output": "plot.figure",
        "outputs": entry("plot", "figure"),
        "inputs": inputs,
        "changedPropIds": changed,
        "parsedChangedPropsIds": changed,
    }


REQUESTS = {
    "upload_week": upload_request(WEEK.encode(), "week.csv"),
    "upload_one_column": upload_request(b"a\n1\n", "one.csv"),
    "upload_not_utf8": upload_request(b"\xff\xfe,\x00\n", "bytes.csv"),
    "draw_nothing": draw_request([], None, None),
    "draw_week": draw_request(["table.data"], TABLE, None),
    "draw_at_least_5": draw_request(["min-y.value"], TABLE, 5),
    "download_at_least_5": {
        "output": "download.data",
        "outputs": entry("download", "data"),
        "inputs": [entry("download-btn", "n_clicks", 1)],
        "changedPropIds": ["download-btn.n_clicks"],
        "parsedChangedPropsIds": ["download-btn.n_clicks"],
        "state": [entry("table", "data", TABLE), entry("min-y", "value", 5)],
    },
}


recording.record(upload_app.app, OUT, REQUESTS)
