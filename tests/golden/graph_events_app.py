"""The Python Dash 4.4.1 twin of examples/graph_events.rs: hoverData names the point under
the mouse, relayoutData reports the x range of a zoom."""
import plotly.graph_objects as go
from dash import Dash, Input, Output, dcc, html

POINTS = 11


def figure():
    xs = [float(i) for i in range(POINTS)]
    fig = go.Figure(
        go.Scatter(
            x=xs,
            y=[x * x for x in xs],
            name="squares",
            mode="markers",
            marker={"size": 14},
            text=[f"P{i}" for i in range(POINTS)],
        )
    )
    fig.update_layout(
        title={"text": "Hover a point, drag to zoom"},
        xaxis={"title": {"text": "x"}},
        yaxis={"title": {"text": "x squared"}},
        dragmode="zoom",
        hovermode="closest",
    )
    return fig


app = Dash(__name__, title="Graph events")
app.layout = html.Div(
    [
        dcc.Graph(id="events-graph", figure=figure()),
        html.Div(id="hovered"),
        html.Div(id="x-range"),
    ],
    style={"fontFamily": "sans-serif", "margin": "16px"},
)


def number(value):
    """A number as Rust's `{}` prints an f64: no `.0` on whole numbers."""
    value = float(value)
    return str(int(value)) if value.is_integer() else str(value)


def is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


@app.callback(Output("hovered", "children"), Input("events-graph", "hoverData"))
def show_hover(hover):
    points = (hover or {}).get("points") or []
    if not points:
        return "Hover over a point"
    point = points[0]
    name = point["text"] if isinstance(point.get("text"), str) else "?"
    if is_number(point.get("x")) and is_number(point.get("y")):
        return f"{name} at x={number(point['x'])}, y={number(point['y'])}"
    return name


def x_range(relayout):
    relayout = relayout or {}
    pair = relayout.get("xaxis.range")
    if pair is not None:
        return tuple(pair) if len(pair) == 2 and all(map(is_number, pair)) else None
    start, end = relayout.get("xaxis.range[0]"), relayout.get("xaxis.range[1]")
    return (start, end) if is_number(start) and is_number(end) else None


@app.callback(Output("x-range", "children"), Input("events-graph", "relayoutData"))
def show_range(relayout):
    found = x_range(relayout)
    if found is None:
        return "x: full range"
    return f"x from {found[0]:.2f} to {found[1]:.2f}"


if __name__ == "__main__":
    import os

    app.run(port=int(os.environ.get("PORT", "8060")))
