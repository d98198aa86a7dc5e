"""Records what dash-bootstrap-components 2.0.4 (with Dash 4.4.1) sends for a layout of its
pieces, and the props each of them declares, for tests/dbc_components.rs.

Usage (in a virtualenv with dash==4.4.1 and dash-bootstrap-components==2.0.4):
    python tests/golden/record_dbc.py
"""

import json
from pathlib import Path

import dash
import dash_bootstrap_components as dbc
from dash import html

COMPONENTS = [
    "Container", "Row", "Col", "Card", "CardHeader", "CardBody", "CardFooter", "Button",
    "Alert", "Badge", "Navbar", "NavbarBrand", "Nav", "NavItem", "NavLink", "Tabs", "Tab",
    "Modal", "ModalHeader", "ModalTitle", "ModalBody", "ModalFooter", "Collapse", "Tooltip",
    "Spinner", "Form", "Label", "Input", "Select",
]


def layout():
    """The same tree as `page()` in tests/dbc_components.rs."""
    return dbc.Container(
        [
            dbc.Navbar(
                [dbc.NavbarBrand("Sales", href="/"), dbc.Nav([dbc.NavItem(dbc.NavLink("Home", href="/", active=True))], navbar=True)],
                color="dark", dark=True,
            ),
            dbc.Row(
                [
                    dbc.Col(dbc.Card([dbc.CardHeader("Revenue"), dbc.CardBody(html.H4("$1.2M", id="kpi")), dbc.CardFooter("2024")], color="primary", outline=True), width=4),
                    dbc.Col([dbc.Alert("Saved", id="saved", color="success", dismissable=True, is_open=True), dbc.Badge("New", color="info", pill=True)], md=8),
                ],
                align="center", class_name="g-3",
            ),
            dbc.Tabs([dbc.Tab(label="One", tab_id="one"), dbc.Tab(label="Two", tab_id="two", disabled=True)], id="tabs", active_tab="one"),
            dbc.Form([dbc.Label("Region", html_for="region"), dbc.Select(id="region", options=[{"label": "North", "value": "N"}], value="N"), dbc.Input(id="name", type="text", placeholder="Name", debounce=True)]),
            dbc.Button("Open", id="open", color="secondary", n_clicks=0, size="lg"),
            dbc.Modal([dbc.ModalHeader(dbc.ModalTitle("Details")), dbc.ModalBody("Body"), dbc.ModalFooter(dbc.Button("Close", id="close"))], id="modal", is_open=False, centered=True, size="lg"),
            dbc.Collapse(dbc.Spinner(color="primary", type="grow", size="sm"), id="collapse", is_open=True),
            dbc.Tooltip("Hint", target="open", placement="top"),
        ],
        fluid=True,
    )


def main():
    out = Path(__file__).parent / "dbc"
    out.mkdir(exist_ok=True)
    app = dash.Dash(__name__)
    app.layout = layout()
    client = app.server.test_client()
    body = json.loads(client.get("/_dash-layout").data)
    (out / "layout.json").write_text(json.dumps(body, indent=1, sort_keys=True) + "\n")
    props = {name: getattr(dbc, name)().available_properties for name in COMPONENTS}
    (out / "props.json").write_text(json.dumps(props, indent=1) + "\n")


if __name__ == "__main__":
    main()
