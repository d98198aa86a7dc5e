"""Records plotly.py's default "plotly" template (layout.template of every Python figure) into
tests/golden/plotly_template.json, for dash-runtime/tests/plotly_template.rs.

Run with the venv's Python (plotly==7.1.0, as record.sh pins): `python tests/golden/record_template.py`.
"""
import json
import os

import plotly
import plotly.io as pio

HERE = os.path.dirname(os.path.abspath(__file__))
template = pio.templates["plotly"].to_plotly_json()
with open(os.path.join(HERE, "plotly_template.json"), "w", encoding="utf-8") as f:
    json.dump({"plotly": plotly.__version__, "template": template}, f, separators=(",", ":"))
print("recorded plotly", plotly.__version__)
