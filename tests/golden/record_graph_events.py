"""Records Python Dash 4.4.1's answers for the graph events app into tests/golden/graph_events/.

Run with a Python that has dash==4.4.1 and plotly==7.1.0 (see record.sh):
    python tests/golden/record_graph_events.py
The hoverData is shaped as dcc.Graph sent it in the browser test; Flask's test client serves
the requests in process, so nothing listens on a port.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import recording  # noqa: E402
import graph_events_app  # noqa: E402

OUT = os.path.join(HERE, "graph_events")

P3_HOVER = {
    "points": [
        {
            "bbox": {"x0": 440.5, "x1": 454.5, "y0": 385.2, "y1": 399.2},
            "curveNumber": 0,
            "pointIndex": 3,
            "pointNumber": 3,
            "text": "P3",
            "x": 3,
            "y": 9,
        }
    ]
}


def request(output, prop, *value):
    cid, oprop = output.split(".")
    entry = {"id": "events-graph", "property": prop}
    changed = []
    if value:
        entry["value"] = value[0]
        changed = [f"events-graph.{prop}"]
    return {
        "output": output,
        "outputs": {"id": cid, "property": oprop},
        "inputs": [entry],
        "changedPropIds": changed,
        "parsedChangedPropsIds": changed,
    }


REQUESTS = {
    "hover_initial": request("hovered.children", "hoverData"),
    "hover_p3": request("hovered.children", "hoverData", P3_HOVER),
    "relayout_initial": request("x-range.children", "relayoutData"),
    "relayout_autosize": request("x-range.children", "relayoutData", {"autosize": True}),
    "relayout_zoom": request(
        "x-range.children",
        "relayoutData",
        {"xaxis.range[0]": 1.5, "xaxis.range[1]": 4.25, "yaxis.range[0]": 0, "yaxis.range[1]": 20},
    ),
    "relayout_pan_pair": request(
        "x-range.children", "relayoutData", {"xaxis.range": [2.125, 7.5]}
    ),
    "relayout_autorange": request(
        "x-range.children",
        "relayoutData",
        {"xaxis.autorange": True, "yaxis.autorange": True},
    ),
}


recording.record(graph_events_app.app, OUT, REQUESTS)
