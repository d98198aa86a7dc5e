"""Records how Python Dash 4.4.1 serialises a few components of each official package, for
../component_json.rs (which builds the same components with the Rust builders).

Usage (from this directory):
    python3 -m venv /tmp/venv-comp && /tmp/venv-comp/bin/pip install dash==4.4.1
    /tmp/venv-comp/bin/python record.py
"""

import json

import plotly
from dash import dash_table, dcc, html

CASES = {
    "html_div": html.Div(
        [html.H1("Sales"), "text", 3],
        id="main",
        className="app",
        style={"color": "red"},
        title="hello",
        **{"data-row": "3", "aria-label": "main"},
    ),
    "html_button": html.Button("Save", id="save", n_clicks=0, disabled=False, type="submit"),
    "dcc_dropdown": dcc.Dropdown(
        id="year", options=[1952, 2007], value=2007, clearable=False, maxHeight=300
    ),
    "dcc_input": dcc.Input(id="name", type="text", debounce=True, placeholder="Name"),
    "datatable_basic": dash_table.DataTable(
        id="table",
        columns=[
            {"id": "country", "name": "Country"},
            {"id": "pop", "name": ["Population", "2007"], "type": "numeric", "editable": True},
        ],
        data=[{"country": "France", "pop": 61.1}, {"country": "Peru", "pop": 28}],
        page_size=10,
        page_action="native",
        sort_action="native",
        sort_mode="multi",
        sort_by=[{"column_id": "pop", "direction": "desc"}],
        filter_action={"type": "custom", "operator": "or"},
        row_selectable=False,
        column_selectable="single",
        fixed_rows={"headers": True},
    ),
    "datatable_styles": dash_table.DataTable(
        id="styled",
        style_table={"overflowX": "auto"},
        style_cell={"textAlign": "left"},
        style_cell_conditional=[{"if": {"column_id": ["a", "b"]}, "width": "30%"}],
        style_data_conditional=[
            {"if": {"row_index": "odd"}, "backgroundColor": "rgb(248, 248, 248)"},
            {"if": {"filter_query": "{pop} > 50", "column_id": "pop"}, "color": "tomato"},
        ],
        style_header_conditional=[{"if": {"header_index": 0}, "fontWeight": "bold"}],
        tooltip_header={"pop": "Population", "country": ["Country", None]},
        tooltip_delay=0,
        css=[{"selector": ".dash-spreadsheet td", "rule": "padding: 2px"}],
        markdown_options={"link_target": "_self"},
        dropdown={"kind": {"options": [{"label": "A", "value": "a"}], "clearable": False}},
        persistence=True,
        persisted_props=["filter_query", "sort_by"],
    ),
}

for name, component in CASES.items():
    with open(f"{name}.json", "w", encoding="utf-8") as out:
        out.write(json.dumps(component, cls=plotly.utils.PlotlyJSONEncoder, indent=1))
        out.write("\n")
