"""Discovery through MOFCOM's list APIs, pagination back to known notices, and one notice under two hosts.

A pytest-httpserver on 127.0.0.1 plays the jpaas "unit build" API (rows in data.html, dates in square
brackets, pageNo in paramJson) and the exportcontrol POST API; article links point at two host names
(127.0.0.1 and localhost) of the same server, so one notice is reached by two hosts and two paths.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import duckdb
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from pipelines import steps
from pipelines.config import load_settings

UNIT = "/api-gateway/jpaas-publish-server/front/page/build/unit"


def page(number: int, items: list[str]) -> str:
    lines = "".join(f"<p>{line}</p>" for line in items)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="ArticleTitle" content="商务部公告2031年第{number}号 公布对测试物项实施出口管制的决定">
<meta name="PubDate" content="2031-0{min(number, 9)}-01 10:00"></head><body>
<div ergodic="article" class="art-con"><div class="art-con-gonggao"><p>【发布文号】商务部公告2031年第{number}号</p>
<p>【发文日期】2031-0{min(number, 9)}-01</p></div>
<p>一、以下物项未经许可不得出口：</p>{lines}<p>本公告自公布之日起正式实施。</p></div></body></html>"""


def rows(numbers: list[int], host: str) -> str:
    return "".join(
        f'<li><a href="{host}/zwgk/zcfb/art/2031/art_{n:032x}.html" title="商务部公告2031年第{n}号" target="_blank">'
        f"第{n}号</a><span>[2031-0{min(n, 9)}-01]</span></li>"
        for n in numbers
    )


def test_unit_api_pagination_stops_at_known_notices_and_dedupes_hosts(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    base = f"http://127.0.0.1:{httpserver.port}/"
    alias_host = f"http://localhost:{httpserver.port}/"
    pages = {1: [6, 5, 4], 2: [3, 2, 1]}
    api_calls: list[int] = []

    def unit(request: Request) -> Response:
        param = json.loads(parse_qs(urlsplit(request.url).query)["paramJson"][0])
        api_calls.append(param["pageNo"])
        html = f'<div count="6">{rows(pages.get(param["pageNo"], []), base.rstrip("/"))}</div>'
        if param["pageNo"] == 1:  # No. 4 is also listed under the second host name
            html += rows([4], alias_host.rstrip("/")).replace("第4号</a>", "第4号（转载）</a>")
        return Response(
            json.dumps({"success": True, "data": {"html": html}}), content_type="application/json"
        )

    httpserver.expect_request(UNIT).respond_with_handler(unit)
    for n in range(1, 7):
        body = page(n, [f"（一）1C99{n}.a 测试物项{n}（参考海关商品编号：28053019{n:02d}）。"])
        httpserver.expect_request(f"/zwgk/zcfb/art/2031/art_{n:032x}.html").respond_with_data(
            body, content_type="text/html; charset=utf-8"
        )
    listing = base.rstrip("/") + UNIT + '?parseType=bulidstatic&pageId=x&paramJson={"pageNo":1,"pageSize":3}'
    env = {
        "REGWATCH_DB": str(tmp_path / "w.duckdb"),
        "REGWATCH_LISTING_URLS": listing,
        "REGWATCH_ALLOWED_HOSTS": f"127.0.0.1:{httpserver.port},localhost:{httpserver.port}",
        "REGWATCH_RATE_LIMIT": "0",
        "REGWATCH_AS_OF": "2031-12-01",
    }
    steps.run_all(steps.make_context(load_settings(env), log=lambda _m: None))
    assert api_calls == [1, 2]  # count="6" at 3 a page: two pages, then it stops
    con = duckdb.connect(env["REGWATCH_DB"], read_only=True)
    try:
        notices = con.execute("SELECT notice_id FROM notices ORDER BY notice_id").fetchall()
        copies = con.execute(
            "SELECT notice_id, url LIKE '%localhost%', matches_primary FROM notice_copies"
        ).fetchall()
        entries = con.execute("SELECT count(*) FROM control_entries").fetchone()
    finally:
        con.close()
    assert [n[0] for n in notices] == [f"MOFCOM-2031-{n}" for n in range(1, 7)]
    assert copies == [("MOFCOM-2031-4", True, True)]  # the copy under the second host, compared and kept
    assert entries == (6,)

    # A new notice appears on page 1: the next run reads on to page 2, finds only known notices, stops.
    pages[1] = [7, 6, 5]
    httpserver.expect_request("/zwgk/zcfb/art/2031/art_" + f"{7:032x}" + ".html").respond_with_data(
        page(7, ["（一）1C997.a 测试物项7（参考海关商品编号：2805301907）。"]),
        content_type="text/html; charset=utf-8",
    )
    api_calls.clear()
    steps.run_all(steps.make_context(load_settings(env), log=lambda _m: None, new_only=True))
    assert api_calls == [1, 2]
    con = duckdb.connect(env["REGWATCH_DB"], read_only=True)
    try:
        added = con.execute(
            "SELECT notice_id, name_zh FROM changes WHERE change_type = 'added' AND alert"
        ).fetchall()
    finally:
        con.close()
    assert added == [("MOFCOM-2031-7", "测试物项7")]


def test_exportcontrol_post_api_sends_the_headers_it_needs(httpserver: HTTPServer, tmp_path: Path) -> None:
    seen: list[dict[str, str]] = []

    def column_list(request: Request) -> Response:
        seen.append({"xrw": request.headers.get("X-Requested-With", ""), **request.form.to_dict()})
        rows_ = [
            {
                "title": "商务部公告2031年第1号",
                "url": httpserver.url_for("/article/zcfg/gnzcfg/zcfggzqd/203101/1.html"),
                "publishTimeStr": "2031-01-01",
                "source": "安全与管制局",
                "content": "",
                "columnName": "管制清单",
            }
        ]
        if request.headers.get("X-Requested-With") != "XMLHttpRequest":
            rows_[0]["title"] = "?????????"
        return Response(
            json.dumps({"pageInfo": {"rows": rows_, "total": 1, "maxPageNum": 1}}),
            content_type="application/json",
        )

    httpserver.expect_request(
        "/edi_ecms_web_front/front/column/getColumnList", method="POST"
    ).respond_with_handler(column_list)
    httpserver.expect_request("/article/zcfg/gnzcfg/zcfggzqd/203101/1.html").respond_with_data(
        page(1, ["（一）1C991.a 测试物项1（参考海关商品编号：2805301901）。"]),
        content_type="text/html; charset=utf-8",
    )
    env = {
        "REGWATCH_DB": str(tmp_path / "w.duckdb"),
        "REGWATCH_LISTING_URLS": httpserver.url_for(
            "/edi_ecms_web_front/front/column/getColumnList?columnID=9"
        ),
        "REGWATCH_ALLOWED_HOSTS": f"localhost:{httpserver.port}",
        "REGWATCH_RATE_LIMIT": "0",
    }
    steps.run_all(steps.make_context(load_settings(env), log=lambda _m: None))
    assert (
        seen
        and seen[0]["xrw"] == "XMLHttpRequest"
        and seen[0]["columnID"] == "9"
        and seen[0]["pageNumber"] == "1"
    )
    con = duckdb.connect(env["REGWATCH_DB"], read_only=True)
    try:
        assert con.execute("SELECT notice_id FROM notices").fetchall() == [("MOFCOM-2031-1",)]
    finally:
        con.close()
