"""What every record_<app>.py does once it has its requests: asks the app, in process with
Flask's test client (nothing listens on a port), for its layout, its dependencies and the
answer to each request, and writes them into tests/golden/<app>/ as Dash sent them."""
import json
import os


def record(app, out, requests):
    """Writes layout.json, dependencies.json and <case>.request.json/.response.json per case
    of `requests` (case name → body shaped as dash-renderer 4.4.1 sends it) into `out`."""
    client = app.server.test_client()

    def write(name, data):
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            f.write(data)

    os.makedirs(out, exist_ok=True)
    write("layout.json", client.get("/_dash-layout").get_data(as_text=True))
    write("dependencies.json", client.get("/_dash-dependencies").get_data(as_text=True))
    for name, body in requests.items():
        text = json.dumps(body, separators=(",", ":"))
        write(f"{name}.request.json", text)
        reply = client.post(
            "/_dash-update-component", data=text, content_type="application/json"
        )
        assert reply.status_code == 200, (name, reply.status_code, reply.get_data(as_text=True))
        write(f"{name}.response.json", reply.get_data(as_text=True))
    print("recorded into", out)
