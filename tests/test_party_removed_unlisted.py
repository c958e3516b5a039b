"""A removal of a party whose listing regwatch never read (loopback replay, real warehouse).

不可靠实体清单工作机制公告〔2026〕997号 removes two firms listed before the archive begins. Counsel
searching such a name in `parties` must see it was taken off a list: it has a row `removed`, its
`notice_id` the removing notice and `listed_on` NULL (unknown). It is on no list on any date, so
`parties_as_of(d)` never returns it, and the `party_event_unresolved` issue still names it. A party
whose listing was read is removed through its periods as before (one row, `listed_on` known). The
notices are made up (numbered 9001–9002 of 2025, dates in the past so today's status is settled).
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from tests.conftest import require_shared
from tests.test_versions import article, replay_one_notice_a_night

ART = "/zwgk/zcfb/art/2025/art_{}.html"
LISTING = article(
    "商务部公告2025年第9001号",
    "关于将1家美国实体列入出口管制管控名单的公告",
    "2025-03-03",
    [
        "商务部决定将甲航天公司（Alpha Aerospace Inc.）列入出口管制管控名单，并采取以下措施：",
        "一、禁止出口经营者向上述实体出口两用物项；正在开展的相关活动应当立即停止。",
        "本公告自公布之日起正式实施。",
    ],
)
REMOVAL = article(
    "商务部公告2025年第9002号",
    "关于将2家实体移出出口管制管控名单的公告",
    "2025-06-02",
    [
        "经调查，甲航天公司（Alpha Aerospace Inc.）、乙防务电子公司（Beta Defense Electronics Corp.）"
        "已采取措施纠正相关行为，商务部决定将上述2家实体移出出口管制管控名单。",
        "本公告自公布之日起正式实施。",
    ],
)
NIGHTS = {
    1: ("a" * 32, "商务部公告2025年第9001号", "2025-03-03", LISTING),
    2: ("b" * 32, "商务部公告2025年第9002号", "2025-06-02", REMOVAL),
}
AS_OF = {1: "2025-03-04", 2: "2025-06-03"}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return replay_one_notice_a_night(tmp_path_factory.mktemp("removed-unlisted"), NIGHTS, AS_OF, ART)


def test_a_removed_party_never_listed_has_a_removed_row_without_a_listing_date(db: Path) -> None:
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute(
            "SELECT party_id, list, name_zh, name_en, status, notice_id, listed_on FROM parties ORDER BY party_id"
        ).fetchall()
        issues = con.execute(
            "SELECT notice_id, message FROM data_issues WHERE code = 'party_event_unresolved'"
        ).fetchall()
        as_of = {
            d: con.execute(f"SELECT party_id FROM parties_as_of(DATE '{d}') ORDER BY 1").fetchall()
            for d in ("2025-01-01", "2025-04-01", "2025-06-02", "2026-01-01")
        }
    finally:
        con.close()
    assert rows == [
        (
            "en:alphaaerospace",
            "control_list",
            "甲航天公司",
            "Alpha Aerospace Inc.",
            "removed",
            "MOFCOM-2025-9001",
            dt.date(2025, 3, 3),
        ),
        (
            "en:betadefenseelectronics",
            "control_list",
            "乙防务电子公司",
            "Beta Defense Electronics Corp.",
            "removed",
            "MOFCOM-2025-9002",
            None,
        ),
    ]
    assert [n for n, _ in issues] == ["MOFCOM-2025-9002"] and "乙防务电子公司" in issues[0][1]
    # on no list on any date: only the party whose listing was read, and only while it was listed
    assert as_of == {
        "2025-01-01": [],
        "2025-04-01": [("en:alphaaerospace",)],
        "2025-06-02": [],
        "2026-01-01": [],
    }


def test_the_warehouse_with_such_a_row_meets_the_contract(db: Path) -> None:
    checker = require_shared("tools/check_contract.py")
    check = subprocess.run([sys.executable, str(checker), str(db)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout
    assert "contract: OK" in check.stdout
