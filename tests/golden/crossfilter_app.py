"""Python Dash 4.4.1 twin of examples/crossfilter.rs, for comparing the two by hand."""
import os

import plotly.graph_objects as go
from dash import Dash, Input, Output, callback, dcc, html

GENRES = ["Fiction", "Science", "History", "Poetry"]


def genre_of(index):
    rest = index % 10
    if rest <= 3:
        return GENRES[0]
    if rest <= 6:
        return GENRES[1]
    if rest <= 8:
        return GENRES[2]
    return GENRES[3]


BOOKS = [
    {
        "index": i,
        "title": f"Book {i + 1}",
        "genre": genre_of(i),
        "pages": 120 + (i * 37) % 400,
        "rating": 2.0 + ((i * 53) % 30) / 10.0,
    }
    for i in range(40)
]

bar = go.Figure(
    go.Bar(x=GENRES, y=[sum(b["genre"] == g for b in BOOKS) for g in GENRES], name="books"),
    layout={"title": {"text": "Books per genre (click a bar)"}, "yaxis": {"title": {"text": "books"}}},
)

app = Dash(__name__)
app.layout = html.Div(
    [
        html.H1("Library crossfilter"),
        dcc.Graph(id="bar", figure=bar),
        dcc.Graph(id="scatter"),
        dcc.Graph(id="detail"),
    ],
    style={"fontFamily": "sans-serif", "margin": "16px"},
)


@callback(Output("scatter", "figure"), Input("bar", "clickData"))
def filter_scatter(click):
    genre = click["points"][0]["x"] if click and click.get("points") else None
    books = [b for b in BOOKS if genre is None or b["genre"] == genre]
    title = f"{genre}: pages against rating" if genre else "All books: pages against rating"
    return go.Figure(
        go.Scatter(
            x=[b["pages"] for b in books],
            y=[b["rating"] for b in books],
            name=genre or "all",
            mode="markers",
            marker={"size": 12},
            text=[b["title"] for b in books],
            customdata=[b["index"] for b in books],
        ),
        layout={
            "title": {"text": title},
            "xaxis": {"title": {"text": "pages"}},
            "yaxis": {"title": {"text": "rating"}},
            "dragmode": "select",
        },
    )


@callback(Output("detail", "figure"), Input("scatter", "selectedData"))
def show_detail(selection):
    points = (selection or {}).get("points") or []
    books = [BOOKS[p["customdata"]] for p in points if "customdata" in p]
    n = len(books)
    if n == 0:
        title = "No books selected (drag a box in the scatter)"
    elif n == 1:
        title = "1 book selected"
    else:
        title = f"{n} books selected"
    return go.Figure(
        go.Bar(x=[b["title"] for b in books], y=[b["rating"] for b in books], name="rating"),
        layout={"title": {"text": title}, "yaxis": {"title": {"text": "rating"}}},
    )


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "8050")), debug=False)
