"""A control list published only as an attachment reaches the warehouse, with provenance.

2025 No. 61 prints its item list in 附件1; this replays a notice whose body names no items and whose
DOCX attachment does, and checks the entries carry the attachment's URL and archive hash.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

import duckdb

from pipelines import steps
from pipelines.config import load_settings
from pipelines.sources.replay import ReplayServer, ReplaySite

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx(paragraphs: list[str]) -> bytes:
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{p}</w:t></w:r></w:p>' for p in paragraphs)
    document = f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        archive.writestr("word/document.xml", document)
    return buffer.getvalue()


ARTICLE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="ArticleTitle" content="商务部公告2025年第61号 公布对境外相关稀土物项实施出口管制的决定">
<meta name="PubDate" content="2025-10-09 15:35"></head><body>
<div ergodic="article" class="art-con art-con-bottonmLine">
<div class="art-con-gonggao"><p>【发布单位】安全与管制局</p><p>【发布文号】商务部公告2025年第61号</p><p>【发文日期】2025年10月09日</p></div>
<p>根据《中华人民共和国出口管制法》有关规定，决定对附件所列物项实施出口管制。</p>
<p>本公告自2025年12月1日起正式实施。</p>
<p>附件：<a href="/cms_files/att/annex1.docx">附件1.管制物项清单.docx</a></p>
</div></body></html>"""

LISTING = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><ul class="policy-list">
<li><a href="/zwgk/zcfb/art/2025/art_0123456789abcdef0123456789abcdef.html" title="商务部公告2025年第61号">61</a><span>2025-10-09</span></li>
</ul></body></html>"""


def test_items_in_an_attachment_are_extracted_with_provenance(tmp_path: Path) -> None:
    night = tmp_path / "site" / "night1"
    (night / "zwgk/zcfb/art/2025").mkdir(parents=True)
    (night / "cms_files/att").mkdir(parents=True)
    (night / "zwgk/zcfb/index.html").write_text(LISTING, encoding="utf-8")
    (night / "zwgk/zcfb/art/2025/art_0123456789abcdef0123456789abcdef.html").write_text(
        ARTICLE, encoding="utf-8"
    )
    annex = _docx(
        [
            "附件1",
            "一、以下物项未经许可不得出口：",
            "（一）1C902.a.4 钐钴永磁材料；",
            "（二）1C904.a.4 含铽的钕铁硼永磁材料（参考税则号列：85051110）。",
        ]
    )
    (night / "cms_files/att/annex1.docx").write_bytes(annex)
    with ReplayServer(ReplaySite(tmp_path / "site")) as server:
        settings = load_settings(
            {
                "REGWATCH_DB": str(tmp_path / "w.duckdb"),
                "REGWATCH_LISTING_URLS": f"{server.base_url}/zwgk/zcfb/index.html",
                "REGWATCH_ALLOWED_HOSTS": f"127.0.0.1:{server.port}",
                "REGWATCH_RATE_LIMIT": "0",
                "REGWATCH_AS_OF": "2025-10-10",
            }
        )
        steps.run_all(steps.make_context(settings, log=lambda _m: None))
    con = duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True)
    try:
        rows = con.execute(
            "SELECT name_zh, control_code, hs_codes, source, source_sha256 FROM control_entries ORDER BY path"
        ).fetchall()
        attachment = con.execute("SELECT url, sha256, text_chars, error FROM attachments").fetchone()
        fetched = con.execute(
            "SELECT count(*) FROM fetch_log WHERE purpose = 'attachment' AND status = 200"
        ).fetchone()
    finally:
        con.close()
    annex_url = f"{server.base_url}/cms_files/att/annex1.docx"
    sha = hashlib.sha256(annex).hexdigest()
    assert rows == [
        ("钐钴永磁材料", "1C902.a.4", [], annex_url, sha),
        ("含铽的钕铁硼永磁材料", "1C904.a.4", ["85051110"], annex_url, sha),
    ]
    assert (
        attachment is not None
        and attachment[0] == annex_url
        and attachment[1] == sha
        and attachment[3] is None
    )
    assert fetched == (1,)
