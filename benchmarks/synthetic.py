"""Synthetic but realistic cases: Chinese names, valid 18-digit ID numbers (GB 11643), real-format case numbers,
mobile numbers, and a snapshot of the size and shape the store keeps for a real case."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

from govdesk.domain.clock import CST
from govdesk.domain.identity.resident import mod11_2
from govdesk.domain.numbering import check_character

# The commonest surnames, roughly by frequency (the first few cover a third of the population).
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田"
    "董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白"
    "邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "慕容", "尉迟")
GIVEN = (
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英玉兰萍鹏华红建国建华志强志明海燕春梅丹丹宇浩"
    "子轩欣怡梓涵浩然雨桐一诺思远佳琪梦瑶俊杰文博晓东晓燕金凤桂芳淑珍秀珍凤英玉梅玉珍德明永强"
)
# Real 行政区划代码 of counties (Henan, Beijing, Shanghai, Guangdong, Inner Mongolia, Zhejiang, Hunan…).
REGIONS = (
    "411221", "411202", "410102", "110101", "110105", "310101", "310115", "440106", "440305",
    "152501", "152502", "331003", "331081", "430405", "430408", "210302", "210304", "130102",
)  # fmt: skip
ITEMS = ("11410000MB1234567X4000112001", "11410000MB1234567X4000112002", "11411221005184999U3000116003")
STATES = ("accepted", "accepted_conditional", "submitted", "in_review", "approved", "result_ready", "closed")
MOBILE_PREFIXES = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155", "156",
                   "157", "158", "159", "166", "176", "177", "180", "181", "182", "185", "186", "187", "188", "189",
                   "191", "199")  # fmt: skip
STATIONS = ("S01", "S02", "S03", "T01", "T02")

SNAPSHOT = (
    '{{"agent":null,"answers":{{"is_agent":"no","situation":"new"}},"applicant":{{"address":"{address}",'
    '"id_number":"{id_number}","id_type":"111","kind":"person","legal_representative":"","name":"{name}",'
    '"phone":"{phone}"}},"bundle_code":"","case_id":"{case_id}","case_no":"{case_no}","catalog_version":"2026.11",'
    '"first_clerk":{{"center_code":"41122101","clerk_id":"c{clerk:03d}","clerk_name":"窗口{clerk}号","role":"intake",'
    '"station_code":"{station}","window":"{clerk}号窗口"}},"item_codes":["{item}"],"materials":[{{"code":"M1",'
    '"copies":1,"form":"original","name":"居民身份证","reason":"","remedy":"","status":"received"}},{{"code":"M2",'
    '"copies":1,"form":"copy","name":"户口簿","reason":"","remedy":"","status":"received"}}],'
    '"promised_date":"{promised}","received_at":"{received}","resumed_from":"","schema":1,"state":"{state}",'
    '"statutory_date":"{promised}"}}'
)


TOWNS = ("城关镇", "果园乡", "天池镇", "仰韶镇", "英豪镇", "张村镇", "洪阳镇", "陈村乡", "坡头乡", "段村乡")
# Surnames drawn with Zipf-like weights (王 about 6%, 李 4%, the hundredth about 0.4%), via a lookup table.
_SURNAME_TABLE = "".join(ch * max(1, round(700 / (i + 1) ** 0.6)) for i, ch in enumerate(SURNAMES))


def _below(rng: random.Random, n: int) -> int:
    return int(rng.random() * n)


def person_id(rng: random.Random) -> str:
    birth = date(1940, 1, 1) + timedelta(days=_below(rng, 365 * 68))
    body = f"{REGIONS[_below(rng, len(REGIONS))]}{birth:%Y%m%d}{_below(rng, 1000):03d}"
    return body + mod11_2(body)


def chinese_name(rng: random.Random) -> str:
    if rng.random() < 0.01:
        surname = COMPOUND_SURNAMES[_below(rng, len(COMPOUND_SURNAMES))]
    else:
        surname = _SURNAME_TABLE[_below(rng, len(_SURNAME_TABLE))]
    given = GIVEN[_below(rng, len(GIVEN))]
    if rng.random() < 0.7:
        given += GIVEN[_below(rng, len(GIVEN))]
    return surname + given


def mobile(rng: random.Random) -> str:
    return MOBILE_PREFIXES[_below(rng, len(MOBILE_PREFIXES))] + f"{_below(rng, 10**8):08d}"


def case_rows(count: int, seed: int = 20261120) -> Iterator[dict[str, Any]]:
    """``count`` rows of the ``cases`` table, as ``store.bulk.bulk_insert_cases`` takes them. Case numbers are unique:
    each (station, day) gets up to 400 cases over as many days as needed."""
    rng = random.Random(seed)
    first_day = date(2020, 1, 1)
    per_day = 400
    day_cache: dict[int, tuple[date, datetime, str]] = {}
    for n in range(count):
        day_index, seq = divmod(n, per_day * len(STATIONS))
        station_index, seq = divmod(seq, per_day)
        if day_index not in day_cache:
            day = first_day + timedelta(days=day_index)
            day_cache[day_index] = (day, datetime(day.year, day.month, day.day, 8, 30, tzinfo=CST), f"{day:%Y%m%d}")
        day, opening, day_text = day_cache[day_index]
        station = STATIONS[station_index]
        body = f"41122101-{station}-{day_text}-{seq + 1:04d}"
        case_no = f"{body}-{check_character(body)}"
        received = opening + timedelta(seconds=_below(rng, 30000))
        received_text = received.astimezone(UTC).isoformat()
        promised = (day + timedelta(days=7 + _below(rng, 14))).isoformat()
        name, id_number, phone = chinese_name(rng), person_id(rng), mobile(rng)
        case_id = f"{rng.getrandbits(128):032x}"
        case_id = f"{case_id[:8]}-{case_id[8:12]}-4{case_id[13:16]}-a{case_id[17:20]}-{case_id[20:]}"
        state = STATES[_below(rng, len(STATES))]
        item = ITEMS[_below(rng, len(ITEMS))]
        clerk = 1 + _below(rng, 12)
        yield {
            "case_id": case_id,
            "case_no": case_no,
            "state": state,
            "item_codes": item,
            "applicant_name": name,
            "applicant_id_number": id_number,
            "applicant_phone": phone,
            "first_clerk": f"c{clerk:03d}",
            "received_at": received_text,
            "promised_date": promised,
            "updated_at": received_text,
            "snapshot": SNAPSHOT.format(
                address=f"渑池县{TOWNS[_below(rng, len(TOWNS))]}第{1 + _below(rng, 30)}村民组",
                id_number=id_number,
                name=name,
                phone=phone,
                case_id=case_id,
                case_no=case_no,
                clerk=clerk,
                station=station,
                item=item,
                promised=promised,
                received=received.isoformat(),
                state=state,
            ),
        }
