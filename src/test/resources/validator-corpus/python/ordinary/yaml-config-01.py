# Loads a YAML deployment file and prints a summary of its services and exposed ports.
import sys

import yaml

with open(sys.argv[1] if len(sys.argv) > 1 else "docker-compose.yml") as f:
    doc = yaml.safe_load(f)

services = doc.get("services", {})
print(f"{len(services)} services")
for name, svc in services.items():
    image = svc.get("image") or f"build: {svc.get('build', '?')}"
    ports = ", ".join(str(p) for p in svc.get("ports", [])) or "-"
    deps = ", ".join(svc.get("depends_on", [])) or "-"
    print(f"  {name:<15} {image:<30} ports {ports:<15} after {deps}")

volumes = doc.get("volumes") or {}
if volumes:
    print("volumes:", ", ".join(volumes))
