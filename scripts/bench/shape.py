"""Compares our answer to each request body with the Python peer's: same outputs, same kinds
of value, same figure traces (type, mode, number of points) and titles. The data differ (the
two apps draw their random numbers differently), so numbers and KPI texts are not compared.

Usage: shape.py <dir with check_{ours,peer}_<name>.json> <request bodies...>
"""

import json
import os
import sys


def points(xs):
    # plotly.py may send a numeric array as {"dtype", "bdata"}; dates and labels are lists.
    return len(xs) if isinstance(xs, list) else "typed-array"


def title(layout):
    t = layout.get("title")
    return t.get("text") if isinstance(t, dict) else t


def shape(value):
    if isinstance(value, dict) and "data" in value and "layout" in value:
        return {
            "traces": [
                (t.get("type", "scatter"), t.get("mode"), points(t.get("x", [])))
                for t in value["data"]
            ],
            "title": title(value["layout"]),
            "has template": "template" in value["layout"],
        }
    if isinstance(value, list):
        return [shape(v) for v in value]
    if isinstance(value, dict):
        return {k: shape(v) for k, v in sorted(value.items())}
    if isinstance(value, str):
        return "str"
    return type(value).__name__


def main(folder, bodies):
    problems = 0
    for body in bodies:
        name = os.path.splitext(os.path.basename(body))[0]
        answers = {}
        for server in ("ours", "peer"):
            with open(os.path.join(folder, f"check_{server}_{name}.json")) as f:
                answers[server] = json.load(f)
        ours, peer = (shape(answers[s]) for s in ("ours", "peer"))
        same = ours == peer
        problems += not same
        print(f"{name}: {'same shape' if same else 'DIFFERENT'}")
        if not same:
            print(f"  ours: {json.dumps(ours)}\n  peer: {json.dumps(peer)}")
    if problems:
        sys.exit(f"{problems} answers differ in shape")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
