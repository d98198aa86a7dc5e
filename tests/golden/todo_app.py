"""The Python Dash 4.4.1 twin of examples/todo.rs: the pattern-matching to-do list."""
from dash import ALL, MATCH, Dash, Input, Output, State, ctx, dcc, html

app = Dash(__name__, title="To-do list")

app.layout = html.Div(
    [
        html.H1("To-do list"),
        dcc.Input(id="new-item", placeholder="What needs doing?"),
        html.Button("Add", id="add"),
        html.Button("Clear done", id="clear-done"),
        html.Div(id="list"),
        html.Div(id="count"),
    ],
    style={"margin": "16px"},
)


def item_style(done):
    style = {"display": "inline", "margin": "10px"}
    if done:
        style.update({"textDecoration": "line-through", "color": "#888"})
    return style


def item(index, text, done):
    return html.Div(
        [
            dcc.Checklist(
                id={"type": "done", "index": index},
                options=[{"label": "", "value": "done"}],
                value=done,
                style={"display": "inline"},
                labelStyle={"display": "inline"},
            ),
            html.Div(text, id={"type": "label", "index": index}, style=item_style(bool(done))),
        ],
        style={"clear": "both"},
    )


@app.callback(
    [Output("list", "children"), Output("new-item", "value")],
    [Input("add", "n_clicks"), Input("new-item", "n_submit"), Input("clear-done", "n_clicks")],
    [
        State("new-item", "value"),
        State({"type": "label", "index": ALL}, "children"),
        State({"type": "done", "index": ALL}, "value"),
    ],
)
def edit_list(_add, _submit, _clear, new_item, texts, done):
    triggered = [t["prop_id"] for t in ctx.triggered]
    adding = "add.n_clicks" in triggered or "new-item.n_submit" in triggered
    clearing = "clear-done.n_clicks" in triggered
    items = [(t or "", d or []) for t, d in zip(texts, done) if not (clearing and d)]
    if adding and (new_item or "").strip():
        items.append((new_item, []))
    return [item(i, t, d) for i, (t, d) in enumerate(items)], "" if adding else new_item


@app.callback(
    Output({"type": "label", "index": MATCH}, "style"),
    Input({"type": "done", "index": MATCH}, "value"),
)
def mark_done(done):
    return item_style(bool(done))


@app.callback(Output("count", "children"), Input({"type": "done", "index": ALL}, "value"))
def count_done(done):
    return f"{len([d for d in done if d])} of {len(done)} done"


if __name__ == "__main__":
    import os

    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "8050")), debug=False)
