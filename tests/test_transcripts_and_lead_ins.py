"""Chat transcripts read one message per block, and a short lead-in ending in a colon heads
the paragraph or list under it (policy texts written in plain language)."""

from __future__ import annotations

import pytest

from checker.evaluation.policies import policy_grader
from checker.policy import PolicyGrader
from checker.readers.structure import SPEAKER_LINE
from checker.readers.text import excerpt_to_blocks, text_to_blocks
from checker.rulepack.loader import load_ruleset

CHAT = (
    "[Teams chat - site extension]\n"
    "Kevin (site manager) 07:43: can you tell the agency we want Belgian guys only\n"
    "Sofie (HR) 08:15: I'll call them. I'll say we want native Dutch speakers\n"
    "Kevin 08:16: and preferably under 35, the last lot were slow\n"
    "Sofie 08:20: ok noted"
)


@pytest.fixture(scope="module")
def grader() -> PolicyGrader:
    return policy_grader(load_ruleset("ghent"))


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("Kevin (site manager) 07:42: morning.", True),
        ("Sofie Peeters, 08:20 - ok", True),
        ("[08:15] Sofie: ok", True),
        ("Monday 10:00 meeting at the site", False),
        ("Article 12: The Contractor shall", False),
        ("Payment within 30 days: 10:00", False),
    ],
)
def test_a_transcript_line_opens_with_a_speaker_and_a_time(line: str, speaker: bool) -> None:
    assert (SPEAKER_LINE.match(line) is not None) is speaker


def test_each_message_of_a_chat_is_a_block() -> None:
    for blocks in (excerpt_to_blocks(CHAT), text_to_blocks(CHAT)):
        assert [b.text[:5] for b in blocks] == ["[Team", "Kevin", "Sofie", "Kevin", "Sofie"]


def test_each_message_of_a_chat_is_judged_on_its_own(grader: PolicyGrader) -> None:
    # origin, native speakers and age in three messages: three red-flag sentences
    assert len(grader.grade_text(CHAT, "en").red_flags) == 3


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "When we hire:\n- We write down what the job needs before we look at anyone.\n"
            "- Everyone gets the same questions, and we score everyone the same way.",
        ),
        (
            "fr",
            "Quand on engage quelqu'un :\nOn écrit dans l'annonce ce qu'il faut savoir faire. "
            "On pose les mêmes questions à tout le monde et on donne les points avec la même "
            "feuille pour tous.",
        ),
    ],
)
def test_a_lead_in_names_the_recruitment_its_items_describe(
    grader: PolicyGrader, lang: str, text: str
) -> None:
    assert grader.grade_text(text, lang).elements["recruitment"].present
    # without the lead-in, nothing says the questions are a recruitment's
    body = text.split("\n", 1)[1]
    assert not grader.grade_text(body, lang).elements["recruitment"].present


def test_a_long_line_ending_in_a_colon_is_no_lead_in_block() -> None:
    text = (
        "The Contractor shall, in recruiting, paying and promoting the staff it assigns to "
        "the contract, apply the following rules:\nEvery vacancy states the job requirements."
    )
    assert len(excerpt_to_blocks(text)) == 1
