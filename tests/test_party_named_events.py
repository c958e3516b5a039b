"""A party suspended by name, and another removed by name, after their listing (loopback replay,
real warehouse).

The second notice names the parties it acts on (`对…列入出口管制管控名单的甲公司（…），自…起暂停实施相关
措施，暂停期限至…`, and a removal clause `三、将…移出…` under `决定…作如下调整：`) instead of citing the
earlier notice by number. The suspended party shows as `suspended` over its window (printed end
inclusive) and as listed again after it; the removed one leaves the list. The notices are made up
(numbered 9011–9012 of 2025, dates in the past so today's status is settled).
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from tests.test_versions import article, replay_one_notice_a_night

ART = "/zwgk/zcfb/art/2025/art_{}.html"
LISTING = article(
    "商务部公告2025年第9011号",
    "关于将2家外国实体列入出口管制管控名单的公告",
    "2025-03-03",
    [
        "商务部决定将甲航天公司（Alpha Aerospace Inc.）、乙防务公司（Beta Defence Corp.）列入出口管制管控名单，"
        "并采取以下措施：",
        "一、禁止出口经营者向上述实体出口两用物项。",
        "本公告自公布之日起正式实施。",
    ],
)
ADJUSTMENT = article(
    "商务部公告2025年第9012号",
    "关于调整出口管制管控名单所列有关实体措施的公告",
    "2025-06-02",
    [
        "商务部决定对出口管制管控名单所列有关实体的措施作如下调整：",
        "一、对2025年3月3日列入出口管制管控名单的甲航天公司（Alpha Aerospace Inc.），自2025年6月2日起暂停实施"
        "相关措施，暂停期限至2025年9月1日。",
        "二、将2025年3月3日列入出口管制管控名单的乙防务公司（Beta Defence Corp.）移出出口管制管控名单。",
        "本公告自公布之日起实施。",
    ],
)
NIGHTS = {
    1: ("c" * 32, "商务部公告2025年第9011号", "2025-03-03", LISTING),
    2: ("d" * 32, "商务部公告2025年第9012号", "2025-06-02", ADJUSTMENT),
}
AS_OF = {1: "2025-03-04", 2: "2025-06-03"}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return replay_one_notice_a_night(tmp_path_factory.mktemp("named-suspension"), NIGHTS, AS_OF, ART)


def test_a_named_suspension_and_a_named_removal_act_on_the_listed_parties(db: Path) -> None:
    con = duckdb.connect(str(db), read_only=True)
    try:
        as_of = {
            d: con.execute(f"SELECT party_id, status FROM parties_as_of(DATE '{d}') ORDER BY 1").fetchall()
            for d in ("2025-04-01", "2025-07-01", "2025-09-01", "2025-09-02")
        }
        unresolved = con.execute(
            "SELECT count(*) FROM data_issues WHERE code = 'party_event_unresolved'"
        ).fetchone()
    finally:
        con.close()
    assert as_of == {
        "2025-04-01": [("en:alphaaerospace", "listed"), ("en:betadefence", "listed")],
        "2025-07-01": [("en:alphaaerospace", "suspended")],
        "2025-09-01": [("en:alphaaerospace", "suspended")],
        "2025-09-02": [("en:alphaaerospace", "listed")],
    }
    assert unresolved == (0,)
