"""Where a signature drawn on the pad is kept."""

from __future__ import annotations

from govdesk.domain.signatures import pad_image_path


def test_a_pad_image_is_kept_under_its_case_number_made_safe_for_a_file_name() -> None:
    assert pad_image_path("41122101-S01-20261206-0003-G", "h1") == "signatures/41122101-S01-20261206-0003-G/h1.png"
    assert pad_image_path("../../etc/x y#1", "c") == "signatures/______etc_x_y_1/c.png"
