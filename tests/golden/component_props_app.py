"""Python twin of examples/component_props.rs: components in Tab.label,
Loading.custom_spinner and Clipboard.copied_children, and a callback returning a component
into Tab.label.

`PORT=8060 python tests/golden/component_props_app.py` serves it; record_component_props.py
records its answers.
"""
import os
import time

from dash import Dash, Input, Output, dcc, html

RECEIVE_TIME = 0.8


def inbox_label(unread):
    if unread is None:
        return html.Span([html.B("Inbox")], id="inbox-label")
    return html.Span([html.B("Inbox"), html.I(f" ({unread})", id="unread")], id="inbox-label")


app = Dash(__name__, title="Mail")
app.layout = html.Div(
    dcc.Tabs(
        id="mail-tabs",
        value="inbox",
        children=[
            dcc.Tab(
                id="inbox-tab",
                value="inbox",
                label=inbox_label(None),
                children=[
                    html.Button("Receive", id="receive"),
                    dcc.Loading(
                        id="mail-loading",
                        custom_spinner=html.Div("Fetching mail…", id="spinner"),
                        children=html.Div("No mail yet", id="inbox-body"),
                    ),
                    dcc.Clipboard(
                        children="Copy",
                        id="copy",
                        target_id="inbox-body",
                        copied_children=html.B("Copied!", id="copied"),
                    ),
                ],
            ),
            dcc.Tab(
                id="sent-tab",
                value="sent",
                label=html.B("Sent", id="sent-label"),
                children=html.Div("Nothing sent", id="sent-body"),
            ),
        ],
    ),
    style={"fontFamily": "sans-serif", "margin": "16px"},
)


@app.callback(
    Output("inbox-tab", "label"),
    Output("inbox-body", "children"),
    Input("receive", "n_clicks"),
    prevent_initial_call=True,
)
def receive(clicks):
    time.sleep(RECEIVE_TIME)
    unread = clicks or 0
    return inbox_label(unread), f"{unread} new messages"


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", "8060")))
