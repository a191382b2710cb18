#!/usr/bin/env python3
"""Writes docs/api.md from the committed OpenAPI snapshots: every operation of each service and the
roles allowed to call it (the bearer scopes of its security requirement). Run from the repository
root after a snapshot changes: python3 docs/generate_api_md.py"""
import json
import pathlib

SERVICES = ["complaints-service", "assessment-service", "remedy-service"]
HEADER = """# Redress HTTP operations and the roles allowed to call them

Generated from the committed OpenAPI snapshots (`<service>/src/test/resources/openapi/`), which a test keeps
in step with the services; every operation's roles are also enforced and checked by each service's
`SecurityIT` (401 without a token, 403 for any role not listed). Examples and schemas: each
service's Swagger UI at `/q/swagger-ui`.
"""

# What a table of operations and roles cannot say, kept here so that regenerating keeps it
NOTES = {
    "complaints-service": "`POST /imports/complaints` takes `application/x-ndjson`, one historical case a line, each "
                          "replayed through the operations above: format, example, bounds and report in "
                          "[`import.md`](import.md).\n",
}


def operations(service, root):
    document = json.loads((root / service / "src/test/resources/openapi" / f"{service}.json").read_text())
    rows = []
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            roles = operation.get("x-roles", [])
            rows.append((path, method.upper(), roles))
    return sorted(rows)


def main():
    root = pathlib.Path(__file__).resolve().parent.parent
    lines = [HEADER]
    for service in SERVICES:
        lines.append(f"**{service}**\n")
        lines.append("| Operation | Roles |")
        lines.append("|---|---|")
        for path, method, roles in operations(service, root):
            lines.append(f"| `{method} {path}` | {', '.join(roles)} |")
        lines.append("")
        if service in NOTES:
            lines.append(NOTES[service])
    (root / "docs/api.md").write_text("\n".join(lines))


if __name__ == "__main__":
    main()
