"""Records Python Dash 4.4.1's answers for component_props_app.py into
tests/golden/component_props/.

Run with a Python that has dash==4.4.1: `python tests/golden/record_component_props.py`.
Flask's test client serves the requests in process; nothing listens on a port.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import recording  # noqa: E402
import component_props_app  # noqa: E402

OUT = os.path.join(HERE, "component_props")

RECEIVE = "..inbox-tab.label...inbox-body.children.."
OUTPUTS = [{"id": "inbox-tab", "property": "label"}, {"id": "inbox-body", "property": "children"}]


def receive_request(clicks):
    """The renderer's request after `clicks` clicks on Receive."""
    return {
        "output": RECEIVE,
        "outputs": OUTPUTS,
        "inputs": [{"id": "receive", "property": "n_clicks", "value": clicks}],
        "changedPropIds": ["receive.n_clicks"],
        "parsedChangedPropsIds": ["receive.n_clicks"],
    }


REQUESTS = {"receive_1": receive_request(1), "receive_2": receive_request(2)}


recording.record(component_props_app.app, OUT, REQUESTS)
