"""How a notice signed with a revoked key is judged (``domain.trust.judge_revoked``): by its day in China Standard
Time against the key's 失效日; the same day fails (the paper has no time), the day before passes. Around a year end,
where UTC and CST fall on different days."""

from __future__ import annotations

from datetime import date

from govdesk.domain.clock import CST
from govdesk.domain.trust import NoticeKeyRevocation, judge_revoked


def _revocation(revoked_at: str, invalid_from: str | None = None, reason_code: str = "retired") -> NoticeKeyRevocation:
    return NoticeKeyRevocation(
        center_code="41122101",
        public_key="A" * 44,
        device_id="d1",
        station_code="S01",
        revoked_at=revoked_at,
        invalid_from=invalid_from or revoked_at,
        reason_code=reason_code,
        reason="窗口撤并",
        revoked_by="admin",
        issuer_key_id="0" * 16,
    )


def test_the_day_is_chinas_not_utcs_at_a_year_end() -> None:
    # 2026-12-31 17:30 UTC is 2027-01-01 01:30 in Beijing: the key's last good day is 31 December
    revocation = _revocation("2026-12-31T17:30:00+00:00")
    before = judge_revoked(date(2026, 12, 31), revocation, CST)
    assert before.ok
    assert "签发密钥已于 2027-01-01 01:30 被中心吊销（设备停用或更换：窗口撤并）" in before.message
    assert "早于密钥失效日 2027-01-01，按吊销前签发认定为真实" in before.message
    assert "核对该办件" not in before.message  # only a leaked key sends the reader to the center
    same = judge_revoked(date(2027, 1, 1), revocation, CST)
    assert not same.ok and "正是密钥失效日，无法证明签于吊销之前" in same.message
    later = judge_revoked(date(2027, 2, 10), revocation, CST)
    assert not later.ok and "晚于密钥失效日 2027-01-01" in later.message and later.message.startswith("签名不符：")


def test_a_leaked_key_fails_from_the_day_it_leaked_and_says_to_check_earlier_notices() -> None:
    revocation = _revocation("2026-12-10T02:00:00+00:00", "2026-12-01T00:00:00+08:00", "compromised")
    assert not judge_revoked(date(2026, 12, 5), revocation, CST).ok
    earlier = judge_revoked(date(2026, 11, 30), revocation, CST)
    assert earlier.ok and "如有疑问请向中心核对该办件的记录" in earlier.message
