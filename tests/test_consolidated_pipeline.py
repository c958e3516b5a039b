"""The consolidated list end to end over a loopback replay: the dual-use list PDF becomes the list in
force from its effective date, the catalogue becomes the code <-> HS table, annex parts are labelled,
failed attachment downloads are retried until fetched or gone, a changed attachment is a new notice
version, and a list attachment that yields nothing is a data issue and a failing check.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from bench import listgen
from pipelines import steps
from pipelines.config import load_settings
from pipelines.run import converters
from pipelines.sources.replay import ReplayServer, ReplaySite
from warehouse import consolidated
from warehouse.db import Warehouse

LIST_51 = "/zwgk/zcfb/art/2024/art_00000000000000000000000000000051.html"
CATALOGUE = "/zwgk/zcfb/art/2025/art_0000000000000000000000000000ca19.html"
ANNEX_61 = "/zwgk/zcfb/art/2025/art_00000000000000000000000000000061.html"


def article(title: str, number: str, date: str, paragraphs: list[str], links: list[tuple[str, str]]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    attached = "".join(f'<p><a href="{href}">{label}</a></p>' for href, label in links)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="ArticleTitle" content="{title}"><meta name="PubDate" content="{date} 10:00"></head><body>
<div ergodic="article" class="art-con art-con-bottonmLine">
<div class="art-con-gonggao"><p>【发布单位】安全与管制局</p><p>【发布文号】{number}</p><p>【发文日期】{date}</p></div>
{body}{attached}</div></body></html>"""


def listing(rows: list[tuple[str, str, str]]) -> str:
    items = "".join(f'<li><a href="{u}" title="{t}">{t}</a><span>{d}</span></li>' for u, t, d in rows)
    return f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><ul class="policy-list">{items}</ul></body></html>'


NOTICE_51 = (
    "商务部 工业和信息化部 海关总署 国家密码局公告2024年第51号 公布《中华人民共和国两用物项出口管制清单》",
    "商务部 工业和信息化部 海关总署 国家密码局公告2024年第51号",
    "2024-11-15",
    [
        "根据《中华人民共和国出口管制法》和《中华人民共和国两用物项出口管制条例》，现公布《中华人民共和国两用物项出口管制清单》。",
        "本公告自2024年12月1日起正式实施。",
    ],
)


def with_annex_notice(site: Path, body: str) -> None:
    """Add the annex notice's page and its listing row to night 1."""
    write(site / "night1", ANNEX_61, body)
    write(
        site / "night1",
        "/zwgk/zcfb/index.html",
        listing(
            [
                (ANNEX_61, "商务部公告2025年第61号", "2025-10-09"),
                (CATALOGUE, "商务部 海关总署公告2025年第19号", "2025-04-09"),
                (LIST_51, NOTICE_51[0], "2024-11-15"),
            ]
        ),
    )


def write(root: Path, path: str, content: str | bytes) -> None:
    target = root / path.lstrip("/")
    target.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        target.write_bytes(content)
    else:
        target.write_text(content, encoding="utf-8")


def run(tmp_path: Path, server: ReplayServer, as_of: str = "2025-10-10", **extra: str) -> None:
    env = {
        "REGWATCH_DB": str(tmp_path / "w.duckdb"),
        "REGWATCH_LISTING_URLS": f"{server.base_url}/zwgk/zcfb/index.html",
        "REGWATCH_ALLOWED_HOSTS": f"127.0.0.1:{server.port}",  # loopback is refused unless listed
        "REGWATCH_RATE_LIMIT": "0",
        "REGWATCH_AS_OF": as_of,
        "REGWATCH_ATTACHMENT_RETRY_HOURS": "0",
        **extra,
    }
    steps.run_all(steps.make_context(load_settings(env), log=lambda _m: None))


def query(tmp_path: Path, sql: str, params: list[object] | None = None) -> list[tuple[object, ...]]:
    con = duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    night = root / "night1"
    write(
        night,
        "/zwgk/zcfb/index.html",
        listing(
            [
                (CATALOGUE, "商务部 海关总署公告2025年第19号", "2025-04-09"),
                (LIST_51, NOTICE_51[0], "2024-11-15"),
            ]
        ),
    )
    write(
        night,
        LIST_51,
        article(*NOTICE_51, [("/cms_files/list51.pdf", "中华人民共和国两用物项出口管制清单.pdf")]),
    )
    write(night, "/cms_files/list51.pdf", listgen.list_pdf())
    write(
        night,
        CATALOGUE,
        article(
            "商务部 海关总署公告2025年第19号 关于调整《两用物项和技术进出口许可证管理目录》的公告",
            "商务部 海关总署公告2025年第19号",
            "2025-04-09",
            ["现将调整后的《两用物项和技术进出口许可证管理目录》予以公布，自公布之日起执行。"],
            [("/cms_files/catalogue.pdf", "两用物项和技术进出口许可证管理目录.pdf")],
        ),
    )
    write(night, "/cms_files/catalogue.pdf", listgen.catalogue_pdf())
    (root / "night2").mkdir()
    return root


def test_the_list_pdf_is_the_baseline_and_the_catalogue_maps_codes(tmp_path: Path, site: Path) -> None:
    with ReplayServer(ReplaySite(site)) as server:
        run(tmp_path, server)
    entries = query(
        tmp_path,
        "SELECT control_code, name_zh FROM control_entries WHERE notice_id = 'MOFCOM-2024-51' ORDER BY span_start, path",
    )
    assert sorted(entries) == sorted(listgen.LIST_51_LEAVES)
    assert query(tmp_path, "SELECT notice_id, role FROM notice_list_roles ORDER BY 1") == [
        ("MOFCOM-2024-51", "baseline"),
        ("MOFCOM-2025-19", "catalogue"),
    ]
    # In force from the effective date, pending before it.
    assert query(
        tmp_path, "SELECT status FROM controls_as_of(DATE '2024-11-20') WHERE control_code = '1A225'"
    ) == [("pending",)]
    assert query(
        tmp_path, "SELECT status FROM controls_as_of(DATE '2024-12-01') WHERE control_code = '1A225'"
    ) == [("in_force",)]
    assert query(tmp_path, "SELECT count(*) FROM controls_under('2B352', DATE '2025-01-01')") == [(5,)]
    assert query(
        tmp_path,
        "SELECT list_code, sector_zh, type_zh FROM dual_use_list_as_of(DATE '2025-01-01') WHERE control_code = '2B352.f.1'",
    ) == [("2B352", "材料加工", "测试、检验和生产设备")]
    # The catalogue: which customs codes it maps to 1C902, from its effective date.
    hs = query(
        tmp_path,
        "SELECT DISTINCT hs_code FROM catalogue_as_of(DATE '2025-10-10') WHERE split_part(control_code, '.', 1) = '1C902' ORDER BY 1",
    )
    assert hs == [("2805301910",), ("2846901940",), ("2846901993",), ("3824999922",), ("8486909110",)]
    assert query(tmp_path, "SELECT count(*) FROM catalogue_as_of(DATE '2025-01-01')") == [(0,)]
    assert query(tmp_path, "SELECT kind FROM notice_records WHERE notice_id = 'MOFCOM-2025-19'") == [
        ("catalogue",)
    ]
    notes = query(tmp_path, "SELECT control_code, note_kind FROM list_notes ORDER BY seq")
    assert ("1C210", "注") in notes and len(notes) == 5
    reading = query(
        tmp_path,
        "SELECT reader, extraction, trust, list_expected, entries FROM attachments WHERE notice_id = 'MOFCOM-2024-51'",
    )
    assert reading == [("dual_use_list", "text", "high", True, 15)]
    with Warehouse(tmp_path / "w.duckdb").read() as con:
        assert consolidated.unread_list_attachments(con).passed


def test_failed_download_is_retried_until_fetched_and_a_change_is_a_new_version(
    tmp_path: Path, site: Path
) -> None:
    annex_v1 = listgen.docx_document(
        [
            "附件1",
            "第一部分 原产于中国的相关物项",
            "一、1C902.a.4 钐钴永磁材料；",
            "第二部分 境外制造的相关物项",
            "一、稀土永磁体：",
            "1. 钕铁硼永磁体（参考税则号列：85051110）。",
        ]
    )
    with_annex_notice(
        site,
        article(
            "商务部公告2025年第61号 公布对境外相关稀土物项实施出口管制的决定",
            "商务部公告2025年第61号",
            "2025-10-09",
            ["决定对本公告附件1所列物项实施出口管制。", "本公告自2025年12月1日起正式实施。"],
            [("/cms_files/annex61.docx", "附件1.管制物项清单.docx")],
        ),
    )
    # Night 1: the annex is missing (404). Night 2: it is there. Night 3: it was corrected.
    write(site / "night2", "/cms_files/annex61.docx", annex_v1)
    (site / "night3").mkdir()
    write(
        site / "night3",
        "/cms_files/annex61.docx",
        listgen.docx_document(
            [
                "附件1",
                "第一部分 原产于中国的相关物项",
                "一、1C902.a.4 钐钴永磁材料；",
                "二、1C904.a.4 含铽的钕铁硼永磁材料。",
                "第二部分 境外制造的相关物项",
                "一、稀土永磁体：",
                "1. 钕铁硼永磁体（参考税则号列：85051110）。",
            ]
        ),
    )
    with ReplayServer(ReplaySite(site)) as server:
        run(tmp_path, server)
        state = query(
            tmp_path,
            "SELECT state, failures, gone_answers, last_status FROM attachment_fetch_state WHERE url LIKE '%annex61%'",
        )
        assert state == [("retrying", 1, 1, 404)]
        assert query(tmp_path, "SELECT count(*) FROM control_entries WHERE notice_id = 'MOFCOM-2025-61'") == [
            (0,)
        ]
        issues = {
            r[0]
            for r in query(
                tmp_path,
                "SELECT code FROM data_issues WHERE notice_id = 'MOFCOM-2025-61' OR url LIKE '%annex61%'",
            )
        }
        assert {"attachment_fetch_failed", "attachment_list_empty"} <= issues
        server.night = 2
        run(tmp_path, server)
        assert query(tmp_path, "SELECT state FROM attachment_fetch_state WHERE url LIKE '%annex61%'") == [
            ("fetched",)
        ]
        rows = query(
            tmp_path,
            "SELECT e.control_code, e.name_zh, p.part_label FROM control_entries e JOIN entry_parts p USING (notice_id, version, entry_key) "
            "WHERE notice_id = 'MOFCOM-2025-61' ORDER BY e.path",
        )
        assert rows == [
            ("1C902.a.4", "钐钴永磁材料", "附件1第一部分"),
            (None, "钕铁硼永磁体", "附件1第二部分"),
        ]
        assert query(
            tmp_path, "SELECT max(version) FROM notice_versions WHERE notice_id = 'MOFCOM-2025-61'"
        ) == [(2,)]  # read without its list (version 1), then with it
        server.night = 3
        run(tmp_path, server)
        assert query(
            tmp_path, "SELECT max(version) FROM notice_versions WHERE notice_id = 'MOFCOM-2025-61'"
        ) == [(3,)]
        assert query(
            tmp_path,
            "SELECT count(*) FROM control_entries e JOIN notice_records n ON n.notice_id = e.notice_id AND n.current_version = e.version "
            "WHERE e.notice_id = 'MOFCOM-2025-61'",
        ) == [(3,)]


def test_an_attachment_gone_twice_is_not_retried(tmp_path: Path, site: Path) -> None:
    with_annex_notice(
        site,
        article(
            "商务部公告2025年第61号 公布…的决定",
            "商务部公告2025年第61号",
            "2025-10-09",
            ["见附件1。"],
            [("/cms_files/gone.pdf", "附件1.清单.pdf")],
        ),
    )
    with ReplayServer(ReplaySite(site)) as server:
        run(tmp_path, server)
        run(tmp_path, server)
        assert query(
            tmp_path, "SELECT state, gone_answers FROM attachment_fetch_state WHERE url LIKE '%gone.pdf'"
        ) == [("gone", 2)]
        before = query(tmp_path, "SELECT count(*) FROM fetch_log WHERE url LIKE '%gone.pdf'")
        run(tmp_path, server)
        assert query(tmp_path, "SELECT count(*) FROM fetch_log WHERE url LIKE '%gone.pdf'") == before
    assert query(tmp_path, "SELECT severity FROM data_issues WHERE code = 'attachment_gone'") == [("error",)]


def test_a_list_that_reads_as_nothing_fails_the_check(tmp_path: Path, site: Path) -> None:
    with_annex_notice(
        site,
        article(
            "商务部公告2025年第61号 公布…的决定",
            "商务部公告2025年第61号",
            "2025-10-09",
            ["见附件1。"],
            [("/cms_files/empty.pdf", "附件1.管制物项清单.pdf")],
        ),
    )
    # A list PDF whose pages carry only prose (a layout the readers do not recognise).
    write(site / "night1", "/cms_files/empty.pdf", listgen.list_pdf((), title="管制物项清单"))
    with ReplayServer(ReplaySite(site)) as server:
        run(tmp_path, server)
    assert query(tmp_path, "SELECT code, severity FROM data_issues WHERE code = 'attachment_list_empty'") == [
        ("attachment_list_empty", "error")
    ]
    with Warehouse(tmp_path / "w.duckdb").read() as con:
        outcome = consolidated.unread_list_attachments(con)
    assert not outcome.passed and outcome.count == 1 and "MOFCOM-2025-61" in outcome.sample[0]


def test_scanned_list_is_read_by_ocr_with_low_trust(tmp_path: Path, site: Path) -> None:
    if converters.ocr_available():
        pytest.skip(str(converters.ocr_available()))
    try:
        scan = listgen.scanned_pdf(
            [
                "中华人民共和国两用物项出口管制清单",
                "5A004 密码分析设备。",
                "3A201 电子元器件，如下：",
                "a．脉冲电容器；",
                "b．超导螺线管电磁体。",
            ]
        )
    except FileNotFoundError as exc:
        pytest.skip(str(exc))
    write(site / "night1", "/cms_files/list51.pdf", scan)
    with ReplayServer(ReplaySite(site)) as server:
        run(tmp_path, server)
    rows = query(
        tmp_path,
        "SELECT control_code, name_zh, extraction, trust FROM control_entries WHERE notice_id = 'MOFCOM-2024-51' ORDER BY control_code",
    )
    assert rows == [
        ("3A201.a", "脉冲电容器", "ocr", "low"),
        ("3A201.b", "超导螺线管电磁体", "ocr", "low"),
        ("5A004", "密码分析设备", "ocr", "low"),
    ]
    assert query(tmp_path, "SELECT trust FROM attachments WHERE notice_id = 'MOFCOM-2024-51'") == [("low",)]


def test_without_ocr_a_scanned_list_is_a_data_issue(
    tmp_path: Path, site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    try:
        scan = listgen.scanned_pdf(["5A004 密码分析设备。"])
    except FileNotFoundError as exc:
        pytest.skip(str(exc))
    write(site / "night1", "/cms_files/list51.pdf", scan)
    empty_bin = tmp_path / "bin"
    empty_bin.mkdir()
    monkeypatch.setenv("PATH", str(empty_bin))  # no tesseract, no pdftoppm, no antiword
    with ReplayServer(ReplaySite(site)) as server:
        run(tmp_path, server)
    issue = query(tmp_path, "SELECT severity, message FROM data_issues WHERE code = 'converter_missing'")
    assert issue and issue[0][0] == "error" and "tesseract" in str(issue[0][1])
    with Warehouse(tmp_path / "w.duckdb").read() as con:
        assert not consolidated.unread_list_attachments(con).passed


def test_doc_without_antiword_is_a_data_issue(
    tmp_path: Path, site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with_annex_notice(
        site,
        article(
            "商务部公告2025年第61号 公布…的决定",
            "商务部公告2025年第61号",
            "2025-10-09",
            ["见附件1。"],
            [("/cms_files/annex.doc", "附件1.管制物项清单.doc")],
        ),
    )
    write(site / "night1", "/cms_files/annex.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1024))
    empty_bin = tmp_path / "bin"
    empty_bin.mkdir()
    monkeypatch.setenv("PATH", str(empty_bin))
    with ReplayServer(ReplaySite(site)) as server:
        run(tmp_path, server)
    rows = query(tmp_path, "SELECT code, message FROM data_issues WHERE url LIKE '%annex.doc' ORDER BY code")
    assert ("converter_missing", "antiword is not installed (Debian package antiword)") in rows
    assert query(tmp_path, "SELECT error FROM attachments WHERE url LIKE '%annex.doc'") == [
        ("antiword is not installed (Debian package antiword)",)
    ]


def test_antiword_refuses_a_file_that_is_not_a_word_document() -> None:
    """The converter runs for real; an OLE file that is not a Word document is a conversion failure
    (antiword, then catdoc), which the parse step records as attachment_unreadable, not as no text."""
    if converters.shutil.which("antiword") is None:
        pytest.skip("antiword is not installed")
    with pytest.raises(converters.ConversionFailed, match=r"antiword|catdoc"):
        converters.convert_ole("doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1024))


def test_an_attachment_past_its_budget_costs_the_attachment_not_the_notice(
    tmp_path: Path, site: Path
) -> None:
    """Each attachment is read behind its own boundary and budget (REGWATCH_ATTACHMENT_BUDGET): the
    notices are stored from their pages, the attachments are recorded unreadable, nothing half-read."""
    with ReplayServer(ReplaySite(site)) as server:
        run(tmp_path, server, REGWATCH_ATTACHMENT_BUDGET="0.001")  # no PDF is read in a millisecond
    assert query(tmp_path, "SELECT notice_id FROM notices ORDER BY 1") == [
        ("MOFCOM-2024-51",),
        ("MOFCOM-2025-19",),
    ]
    attachments = query(tmp_path, "SELECT url, text_chars, error FROM attachments ORDER BY url")
    assert [(url.rsplit("/", 1)[-1], chars) for url, chars, _ in attachments] == [
        ("catalogue.pdf", None),
        ("list51.pdf", None),
    ]
    assert all("ran past its budget of 0.001 s" in str(error) for _, _, error in attachments)
    issues = query(
        tmp_path, "SELECT code, severity, url FROM data_issues WHERE url LIKE '%.pdf' ORDER BY url, code"
    )
    # Unreadable, and so a list attachment that yields nothing (the asset check's failure too).
    assert [(code, severity, str(url).rsplit("/", 1)[-1]) for code, severity, url in issues] == [
        ("attachment_list_empty", "error", "catalogue.pdf"),
        ("attachment_unreadable", "error", "catalogue.pdf"),
        ("attachment_list_empty", "error", "list51.pdf"),
        ("attachment_unreadable", "error", "list51.pdf"),
    ]
    assert query(tmp_path, "SELECT count(*) FROM data_issues WHERE code = 'page_failed'") == [(0,)]
    assert query(tmp_path, "SELECT count(*) FROM control_entries WHERE notice_id = 'MOFCOM-2024-51'") == [
        (0,)
    ]
