"""Records Python Dash 4.4.1's answers for component_props_app.py into
tests/golden/component_props/.

Run with a Python that has dash==4.4.1: `python tests/golden/record_component_props.py`.
Flask's test client serves the requests in process; nothing listens on a port.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import component_props_app  # noqa: E402

OUT = os.path.join(HERE, "component_props")
client = component_props_app.app.server.test_client()

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


def write(name, data):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(data)


os.makedirs(OUT, exist_ok=True)
write("layout.json", client.get("/_dash-layout").get_data(as_text=True))
write("dependencies.json", client.get("/_dash-dependencies").get_data(as_text=True))
for name, body in REQUESTS.items():
    text = json.dumps(body, separators=(",", ":"))
    write(f"{name}.request.json", text)
    reply = client.post("/_dash-update-component", data=text, content_type="application/json")
    assert reply.status_code == 200, (name, reply.status_code, reply.get_data(as_text=True))
    write(f"{name}.response.json", reply.get_data(as_text=True))
print("recorded into", OUT)
