"""Python Dash 4.4.1 twin of examples/live.rs, for comparing the two by hand."""
import os

import plotly.graph_objects as go
from dash import Dash, Input, Output, State, callback, dcc, html

CALLS = {"tick": 0, "pause": 0}


def feed(ticks):
    value, readings = 100, []
    for tick in range(ticks + 1):
        if tick > 0:
            value += (tick * 37 + 11) % 21 - 10
        readings.append(value)
    return readings


app = Dash(__name__)
app.layout = html.Div(
    [
        html.H1("Live feed"),
        dcc.Interval(id="interval", interval=1000, max_intervals=30, n_intervals=0),
        html.Button("Pause", id="pause"),
        html.Div(id="tick-count"),
        dcc.Graph(id="live-chart"),
    ],
    style={"fontFamily": "sans-serif", "margin": "16px"},
)


@callback(
    Output("tick-count", "children"),
    Output("live-chart", "figure"),
    Input("interval", "n_intervals"),
)
def on_tick(ticks):
    CALLS["tick"] += 1
    print("calls", CALLS, flush=True)
    ticks = ticks or 0
    figure = go.Figure(
        go.Scatter(x=list(range(ticks + 1)), y=feed(ticks), name="feed", mode="lines+markers"),
        layout={
            "title": {"text": "Simulated feed"},
            "xaxis": {"title": {"text": "tick"}},
            "yaxis": {"title": {"text": "reading"}},
        },
    )
    return ("1 tick" if ticks == 1 else f"{ticks} ticks"), figure


@callback(
    Output("interval", "disabled"),
    Output("pause", "children"),
    Input("pause", "n_clicks"),
    State("interval", "disabled"),
    prevent_initial_call=True,
)
def toggle_pause(_clicks, disabled):
    CALLS["pause"] += 1
    print("calls", CALLS, flush=True)
    paused = not disabled
    return paused, "Resume" if paused else "Pause"


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "8050")), debug=False)
