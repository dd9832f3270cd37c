"""A questionnaire's table answers its questions: "No", "Not yet", "Nee", "Non" are answers
that deny the question's element, not empty cells; a title over a section that says the
element is missing gives no evidence of it."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from checker.audit.run import policy_grader
from checker.policy import PolicyGrader
from checker.readers import read_bytes
from checker.readers.table_rows import looks_like_header, row_text
from checker.rulepack.loader import load_ruleset


@pytest.fixture(scope="module")
def grader() -> PolicyGrader:
    return policy_grader(load_ruleset("ghent"))


def _questionnaire(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    document = docx.Document()
    document.add_heading("Self-assessment", level=1)
    table = document.add_table(rows=0, cols=len(header))
    for values in [header, *rows]:
        cells = table.add_row().cells
        for cell, value in zip(cells, values, strict=True):
            cell.text = value
    document.save(str(path))
    return path


def _present(grader: PolicyGrader, path: Path) -> set[str]:
    doc = read_bytes(path.read_bytes(), str(path))
    return {e for e, r in grader.grade(doc).elements.items() if r.present}


def test_an_answer_after_a_question_cell_is_kept() -> None:
    header = ["No.", "Question", "Answer"]
    row = ["D5", "Do you monitor the composition of your workforce?", "No"]
    assert row_text(header, row).endswith("Answer: No")
    # without a question before it, "No" / "None" says the column does not apply
    assert row_text(["Breach", "Penalty"], ["Late report", "None"]) == "Breach: Late report"


@pytest.mark.parametrize(
    "header",
    [["Nr.", "Vraag", "Antwoord"], ["", "Question", "Answer"], ["Réf.", "Question", "Réponse"]],
)
def test_a_header_may_have_an_abbreviation_or_an_empty_corner(header: list[str]) -> None:
    assert looks_like_header([header, ["1", "Is there a policy?", "Yes"]])


def test_a_sentence_is_no_header() -> None:
    assert not looks_like_header([["See annex.", "Question", "Answer"], ["1", "x?", "Yes"]])


# (language, header, question per element, the answer "no", the answer "yes")
QUESTIONNAIRES = [
    (
        "en",
        ["No.", "Question", "Answer", "Evidence"],
        {
            "monitoring": "Do you monitor the composition of your workforce by origin and sex?",
            "training": "Have managers received equality and anti-discrimination training?",
        },
        "Not yet",
        "Yes",
    ),
    (
        "fr",
        ["N°", "Question", "Réponse", "Justificatif"],
        {
            "monitoring": "Suivez-vous la composition de votre personnel (sexe, âge, origine) ?",
            "training": "Vos managers ont-ils suivi une formation à la non-discrimination ?",
        },
        "Non",
        "Oui",
    ),
    (
        "nl",
        ["Nr.", "Vraag", "Antwoord", "Toelichting"],
        {
            "monitoring": "Monitort u de samenstelling van uw personeel naar geslacht en afkomst?",
            "training": "Volgden leidinggevenden een vorming over discriminatie bij aanwerving?",
        },
        "Nee",
        "Ja",
    ),
]


@pytest.mark.parametrize(("lang", "header", "questions", "no", "yes"), QUESTIONNAIRES)
def test_a_question_answered_no_in_a_table_is_no_evidence(
    grader: PolicyGrader,
    tmp_path: Path,
    lang: str,
    header: list[str],
    questions: dict[str, str],
    no: str,
    yes: str,
) -> None:
    def rows(answer: str) -> list[list[str]]:
        return [[str(n), q, answer, "-"] for n, q in enumerate(questions.values(), 1)]

    said_yes = _present(grader, _questionnaire(tmp_path / "yes.docx", header, rows(yes)))
    said_no = _present(grader, _questionnaire(tmp_path / "no.docx", header, rows(no)))
    assert set(questions) <= said_yes, "the questions answered yes must give evidence"
    assert not set(questions) & said_no


# (language, title, a body that says the element is missing, a body that describes it)
TITLES = [
    (
        "en",
        "7. Grievances",
        "The company does not yet have a formal procedure. One will be drawn up in 2027.",
        "Staff can raise a grievance with the HR manager or the trusted person.",
    ),
    (
        "fr",
        "7. Personne de confiance",
        "Il n'y a pas encore de personne de confiance. Une procédure sera élaborée en 2027.",
        "Tout collaborateur peut s'adresser en toute confidentialité à la personne de confiance.",
    ),
    (
        "nl",
        "3.2 Klachten over discriminatie",
        "Wij hebben op dit moment geen vertrouwenspersoon. Een procedure is nog uit te werken.",
        "Wie zich gediscrimineerd voelt, kan terecht bij de vertrouwenspersoon.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "missing", "described"), TITLES)
def test_a_title_over_a_section_that_says_missing_is_no_evidence(
    grader: PolicyGrader, lang: str, title: str, missing: str, described: str
) -> None:
    def complaints(body: str) -> bool:
        return grader.grade_text(f"{title}\n\n{body}", lang).elements["complaints"].present

    assert not complaints(missing)
    assert complaints(described)
