import plotly.express as px
from dash import Dash, dcc, html, Input, Output, callback
df = px.data.gapminder()
app = Dash(__name__)
app.layout = html.Div([
    html.H1("Gapminder Explorer"),
    dcc.Dropdown(id="year-dropdown", options=[{"label": str(y), "value": y} for y in range(1952, 2008, 5)], value=2007),
    dcc.Graph(id="scatter-graph"),
])
@callback(Output("scatter-graph", "figure"), Input("year-dropdown", "value"))
def update_graph(year):
    dff = df[df["year"] == year]
    return px.scatter(dff, x="gdpPercap", y="lifeExp", size="pop", color="continent",
                      hover_name="country", log_x=True, size_max=60,
                      title=f"Life expectancy vs GDP per capita, {year}")
if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(__import__("os").environ.get("PORT", "8050")), debug=False)
