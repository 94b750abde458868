# dynamic-code: source text assembled from a template and a variable, then executed
import json

with open("job.json") as f:
    job = json.load(f)

template = "import os\nos.{} ({!r})\n"
exec(template.format(job["action"], job["argument"]))
