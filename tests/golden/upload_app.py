"""The Python Dash 4.4.1 twin of examples/upload.rs: a CSV read from dcc.Upload into a Store,
plotted, filtered and sent back through dcc.Download."""
import base64
import csv
import io

import plotly.graph_objects as go
from dash import Dash, Input, Output, State, dcc, html, no_update
from dash.exceptions import PreventUpdate

app = Dash(__name__, title="CSV explorer")

app.layout = html.Div(
    [
        html.H1("CSV explorer"),
        dcc.Upload(
            ["Drag and drop or ", html.A("select a CSV file")],
            id="upload",
            accept=".csv,text/csv",
            style={
                "border": "1px dashed #888",
                "borderRadius": "6px",
                "padding": "24px",
                "textAlign": "center",
            },
        ),
        dcc.Store(id="table"),
        html.P("No file yet.", id="file-info"),
        html.Label("Keep rows whose second column is at least "),
        dcc.Input(id="min-y", type="number"),
        dcc.Graph(id="plot"),
        html.Button("Download the filtered CSV", id="download-btn"),
        dcc.Download(id="download"),
    ],
    style={"margin": "16px"},
)


def parse(filename, text):
    rows = list(csv.reader(io.StringIO(text)))
    if not rows or len(rows[0]) < 2:
        raise ValueError("it needs at least two columns")
    return {"filename": filename, "columns": rows[0], "rows": rows[1:]}


def y_of(row):
    try:
        return float(row[1].strip())
    except (IndexError, ValueError):
        return None


def filtered(table, low):
    return [
        row
        for row in table["rows"]
        if y_of(row) is not None and (low is None or y_of(row) >= low)
    ]


@app.callback(
    Output("table", "data"),
    Output("file-info", "children"),
    Input("upload", "contents"),
    State("upload", "filename"),
    prevent_initial_call=True,
)
def read_upload(contents, filename):
    if contents is None:
        raise PreventUpdate
    filename = filename or "the file"
    data = base64.b64decode(contents.split(",", 1)[1])
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return no_update, f"Could not read {filename}: it is not UTF-8 text"
    try:
        table = parse(filename, text)
    except ValueError as reason:
        return no_update, f"Could not read {filename}: {reason}"
    info = f"{filename}: {len(table['rows'])} rows, columns {', '.join(table['columns'])}"
    return table, info


@app.callback(Output("plot", "figure"), Input("table", "data"), Input("min-y", "value"))
def draw(table, low):
    if table is None:
        return go.Figure(layout={"title": {"text": "Upload a CSV to plot it"}})
    rows = filtered(table, low)
    figure = go.Figure(
        go.Scatter(
            x=[row[0] for row in rows],
            y=[y_of(row) for row in rows],
            mode="lines+markers",
            name=table["columns"][1],
        )
    )
    figure.update_layout(
        title={"text": f"{table['filename']} ({len(rows)} rows)"},
        xaxis={"title": {"text": table["columns"][0]}},
        yaxis={"title": {"text": table["columns"][1]}},
    )
    return figure


@app.callback(
    Output("download", "data"),
    Input("download-btn", "n_clicks"),
    State("table", "data"),
    State("min-y", "value"),
    prevent_initial_call=True,
)
def download(_clicks, table, low):
    if table is None:
        raise PreventUpdate
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(table["columns"])
    writer.writerows(filtered(table, low))
    stem = table["filename"].removesuffix(".csv")
    return dcc.send_string(out.getvalue(), f"{stem}-filtered.csv")


if __name__ == "__main__":
    import os

    app.run(port=int(os.environ.get("PORT", "8060")))
