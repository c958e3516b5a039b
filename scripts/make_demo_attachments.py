"""Write the demo replay's list attachments: the dual-use list excerpt (2024 No. 51) and the licence
catalogue, as PDFs in the real layouts (bench/listgen.py). Deterministic: re-running it rewrites the
same bytes.

    .venv/bin/python scripts/make_demo_attachments.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import listgen

NIGHT1 = Path(__file__).resolve().parents[1] / "pipelines" / "demo_site" / "night1"
LIST_PDF = NIGHT1 / "cms_files" / "filemanager" / "202411" / "liangyong_qingdan_2024_51.pdf"
CATALOGUE_PDF = NIGHT1 / "cms_files" / "filemanager" / "202504" / "xukezheng_mulu_2025.pdf"


def main() -> None:
    LIST_PDF.parent.mkdir(parents=True, exist_ok=True)
    CATALOGUE_PDF.parent.mkdir(parents=True, exist_ok=True)
    LIST_PDF.write_bytes(listgen.list_pdf())
    CATALOGUE_PDF.write_bytes(listgen.catalogue_pdf())
    print(f"wrote {LIST_PDF} and {CATALOGUE_PDF}")


if __name__ == "__main__":
    main()
