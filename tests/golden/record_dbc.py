"""Records what dash-bootstrap-components 2.0.4 (with Dash 4.4.1) sends for a layout of its
pieces, the props each of its components declares and the props of each that hold components
(`_children_props`), for dash-runtime/tests/dbc_components.rs.

Usage (in a virtualenv with dash==4.4.1 and dash-bootstrap-components==2.0.4):
    python3 -m venv /tmp/venv-dbc
    /tmp/venv-dbc/bin/pip install dash==4.4.1 dash-bootstrap-components==2.0.4
    /tmp/venv-dbc/bin/python tests/golden/record_dbc.py
"""

import json
from pathlib import Path

import dash
import dash_bootstrap_components as dbc
from dash import html

# Every component dbc ships, and what those with required props need to be built.
COMPONENTS = sorted(dbc._components.__all__)
REQUIRED = {"Carousel": {"items": []}, "Pagination": {"max_value": 1}}


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
            dbc.Accordion(
                [
                    dbc.AccordionItem("First body", title="First", item_id="a"),
                    dbc.AccordionItem("Second body", title=html.B("Second"), item_id="b"),
                ],
                id="accordion", active_item="a", flush=True,
            ),
            dbc.Checklist(
                id="checks",
                options=[{"label": "One", "value": 1}, {"label": html.I("Two"), "value": "2", "disabled": True}],
                value=[1], inline=True, switch=True,
            ),
            dbc.RadioItems(id="radios", options=["a", "b"], value="a"),
            dbc.Progress(value=40, max=100, label="40%", striped=True, animated=True, color="success"),
            dbc.Toast("Toast body", id="toast", header="Note", icon="info", is_open=True, dismissable=True, duration=4000),
            dbc.ListGroup(
                [dbc.ListGroupItem("Item 1", active=True), dbc.ListGroupItem("Item 2", href="/two", color="warning")],
                flush=True, numbered=True,
            ),
            dbc.DropdownMenu(
                [dbc.DropdownMenuItem("Header", header=True), dbc.DropdownMenuItem("Action", id="action", n_clicks=0), dbc.DropdownMenuItem(divider=True)],
                label="Menu", color="info", direction="end", menu_variant="dark",
            ),
            dbc.Carousel(items=[{"key": "1", "src": "/a.png", "header": "A"}], controls=False, interval=2000),
            dbc.InputGroup([dbc.InputGroupText("@"), dbc.Input(placeholder="user")], size="sm"),
            dbc.Stack([html.Div("x"), html.Div("y")], direction="horizontal", gap=3),
            dbc.Pagination(id="pages", max_value=10, active_page=2, fully_expanded=False),
            dbc.Popover([dbc.PopoverHeader("Head"), dbc.PopoverBody("Body")], target="open", trigger="click", placement="bottom"),
            dbc.Offcanvas("Side", id="side", title="Menu", is_open=False, placement="end"),
            dbc.Breadcrumb(items=[{"label": "Home", "href": "/"}, {"label": "Here", "active": True}]),
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
    props = {name: getattr(dbc, name)(**REQUIRED.get(name, {})).available_properties for name in COMPONENTS}
    (out / "props.json").write_text(json.dumps(props, indent=1) + "\n")
    children = {
        name: getattr(dbc, name)._children_props
        for name in COMPONENTS
        if getattr(dbc, name)._children_props
    }
    (out / "children_props.json").write_text(json.dumps(children, indent=1) + "\n")


if __name__ == "__main__":
    main()
