"""Write the server's OpenAPI description: `python -m server.openapi docs/openapi.json`.

docs/openapi.json is kept equal to what /openapi.json serves (a test regenerates and
compares), so the published contract cannot drift from the code.
"""

import json
import sys
import tempfile
from pathlib import Path


def openapi_document() -> dict:
    from .app import create_app

    # An in-memory SQLite engine: building the schema needs no real database.
    with tempfile.TemporaryDirectory() as blobs:
        return create_app("sqlite://", blobs).openapi()


def render() -> str:
    return json.dumps(openapi_document(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    target = Path(args[0] if args else "docs/openapi.json")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(render(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
