"""Python Dash 4.4.1 twin of examples/chained.rs, for comparing the two by hand."""
import os

import plotly.graph_objects as go
from dash import Dash, Input, Output, State, callback, dcc, html, no_update
from dash.exceptions import PreventUpdate

COUNTRIES = {
    "Canada": ["Montréal", "Toronto", "Ottawa", "London"],
    "United Kingdom": ["London", "Manchester", "Edinburgh"],
    "America": ["New York City", "San Francisco", "Cincinnati"],
}
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
CALLS = {"options": 0, "value": 0, "city": 0}

app = Dash(__name__)
app.layout = html.Div(
    [
        html.H1("Cities of three countries"),
        dcc.Dropdown(
            id="country-dropdown",
            options=[{"label": c, "value": c} for c in COUNTRIES],
            value="Canada",
            clearable=False,
        ),
        dcc.Dropdown(id="city-dropdown", clearable=False),
        html.H2(id="city-title"),
        dcc.Graph(id="city-chart"),
    ],
    style={"fontFamily": "sans-serif", "margin": "16px"},
)


@callback(Output("city-dropdown", "options"), Input("country-dropdown", "value"))
def set_city_options(country):
    CALLS["options"] += 1
    print("calls", CALLS, flush=True)
    return [{"label": c, "value": c} for c in COUNTRIES.get(country or "", [])]


@callback(
    Output("city-dropdown", "value"),
    Input("city-dropdown", "options"),
    State("city-dropdown", "value"),
)
def set_city_value(options, current):
    CALLS["value"] += 1
    print("calls", CALLS, flush=True)
    values = [o["value"] for o in options or []]
    if current in values:
        return no_update
    if not values:
        raise PreventUpdate
    return values[0]


def visitors(country, city):
    seed = sum(ord(ch) for ch in city) + 7 * len(country)
    return [20 + (seed * (month + 3)) % 37 for month in range(1, 13)]


@callback(
    Output("city-title", "children"),
    Output("city-chart", "figure"),
    Input("country-dropdown", "value"),
    Input("city-dropdown", "value"),
)
def show_city(country, city):
    CALLS["city"] += 1
    print("calls", CALLS, flush=True)
    country = country or ""
    city = city or ""
    figure = go.Figure(
        go.Bar(x=MONTHS, y=visitors(country, city), name=city),
        layout={
            "title": {"text": f"Visitors to {city}, {country}"},
            "yaxis": {"title": {"text": "thousands"}},
        },
    )
    return f"{city} is a city in {country}", figure


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "8050")), debug=False)
