"""Verify the repairs made to every block's text before structure is read (OCR, conversion)."""

from __future__ import annotations

import pytest

from checker.readers.repair import repair_text
from checker.scan import text_to_document


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The Supp1ier shall not discriminate.", "The Supplier shall not discriminate."),
        ("Regu1ations 2015", "Regulations 2015"),
        ("A11e werknemers", "Alle werknemers"),
        ("1'adjudicataire et 1’offre", "l'adjudicataire et l’offre"),
        ("identiﬁes the ﬂammable", "identifies the flammable"),
        ("discrimi\u00adnation", "discrimination"),
        ("II s'engage et II n'emploie", "Il s'engage et Il n'emploie"),
        ("le titre II du cahier", "le titre II du cahier"),
        # digits that are digits: language levels, codes, ordinals, numbers, inserted articles
        ("level B1 or C1", "level B1 or C1"),
        ("H1N1 and CO2", "H1N1 and CO2"),
        ("the 1st day of Lot 1", "the 1st day of Lot 1"),
        ("article 12bis, 1er alinéa", "article 12bis, 1er alinéa"),
    ],
)
def test_repair_text(text: str, want: str) -> None:
    assert repair_text(text) == want


def test_every_document_is_repaired_before_it_is_graded() -> None:
    """Verify the repair runs in the one place every reader passes through (finalize)."""
    doc = text_to_document("The Supp1ier shall not discriminate against its staff.", "<t>")
    assert doc.blocks[0].text == "The Supplier shall not discriminate against its staff."
