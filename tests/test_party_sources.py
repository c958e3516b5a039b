"""Where entity-list notices are listed: the URL shapes the listing adapters must follow.

The 部令公告 column (`/zcfb/blgg/gg/<year>/art/…` and `/zcfb/blgg/gg/2025nswbgg/art/…`), the policy-summary
pages (`cms_files/filemanager/policySummary/viewcore_<hex>.html`) and the exportcontrol portal's article
serials (`/article/zcfg/gnzcfg/zcfggzqd/202504/1134.html` = UEL 〔2025〕8号) — each reached through the
adapter `listing_kind` chooses from the listing's URL (SITE.md §2–3).
"""

from __future__ import annotations

import datetime as dt
import json

from parsers.listing import listing_kind, parse_exportcontrol_api, parse_listing_html

UEL_8 = "不可靠实体清单工作机制关于将6家美国实体列入不可靠实体清单的公告"
NO_1 = "商务部公告2025年第1号 关于将28家美国实体列入出口管制管控名单的公告"


def test_static_column_rows_with_entity_list_paths_and_policy_summary_pages() -> None:
    html = f"""<html><body><div class="listBox"><table>
    <tr><td><a href="/zcfb/blgg/gg/2025nswbgg/art/2025/art_9b966e20a6934cc6b4fa2cf777626854.html">{NO_1}</a></td>
        <td>2025-01-02</td></tr>
    <tr><td><a href="/cms_files/filemanager/policySummary/viewcore_8a2f0c3e9b1d4f6a7c5e3b1d9f0a2c4e.html">{UEL_8}</a></td>
        <td>2025-04-09</td></tr>
    <tr><td><a href="/zcfb/blgg/gg/index.html">部令公告</a></td><td>2025-04-09</td></tr>
    </table></div></body></html>"""
    page = parse_listing_html(html, "https://www.mofcom.gov.cn/zcfb/blgg/gg/index.html")
    assert listing_kind("https://www.mofcom.gov.cn/zcfb/blgg/gg/index.html") == "html"
    assert [(link.url, link.listed_on) for link in page.links] == [
        (
            "https://www.mofcom.gov.cn/zcfb/blgg/gg/2025nswbgg/art/2025/art_9b966e20a6934cc6b4fa2cf777626854.html",
            dt.date(2025, 1, 2),
        ),
        (
            "https://www.mofcom.gov.cn/cms_files/filemanager/policySummary/viewcore_8a2f0c3e9b1d4f6a7c5e3b1d9f0a2c4e.html",
            dt.date(2025, 4, 9),
        ),
    ]


def test_exportcontrol_column_lists_the_uel_notice_by_its_serial() -> None:
    url = "http://exportcontrol.mofcom.gov.cn/edi_ecms_web_front/front/column/getColumnList?columnID=1"
    payload = {
        "pageInfo": {
            "rows": [
                {
                    "title": UEL_8,
                    "url": "/article/zcfg/gnzcfg/zcfggzqd/202504/1134.html",
                    "publishTimeStr": "2025-04-09",
                    "columnName": "国内动态",
                    "source": "安全与管制局",
                    "content": "",
                }
            ],
            "total": 1,
            "pageNum": 1,
            "maxPageNum": 1,
        }
    }
    page = parse_exportcontrol_api(json.loads(json.dumps(payload)), url)
    assert listing_kind(url) == "exportcontrol_api"
    assert [(link.url, link.title, link.listed_on) for link in page.links] == [
        (
            "http://exportcontrol.mofcom.gov.cn/article/zcfg/gnzcfg/zcfggzqd/202504/1134.html",
            UEL_8,
            dt.date(2025, 4, 9),
        )
    ]
