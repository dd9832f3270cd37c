"""A CV of a contractor's key staff describes one person: its "langue maternelle" and its
courses are no red flag and no policy evidence (checker/cv.py)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from checker.audit.run import policy_grader
from checker.cv import is_curriculum_vitae
from checker.policy import PolicyGrader
from checker.readers import read_bytes
from checker.rulepack.loader import load_ruleset
from checker.scan import text_to_document


@pytest.fixture(scope="module")
def grader() -> PolicyGrader:
    return policy_grader(load_ruleset("ghent"))


# (language, the person's lines, section titles, a language line, a course line)
CVS = [
    (
        "fr",
        ["Olivier Demaret", "Date de naissance : 14 mars 1981 – Nationalité : belge"],
        ("Expérience professionnelle", "Formation", "Langues"),
        "Français : langue maternelle",
        "2021 : formation « Recruter sans discriminer », 2 jours",
    ),
    (
        "nl",
        ["Pieter Claes", "Geboortedatum: 03/07/1985"],
        ("Werkervaring", "Opleiding", "Talen"),
        "Nederlands: moedertaal",
        "Cursus diversiteit en inclusie bij aanwerving (2021)",
    ),
    (
        "en",
        ["Curriculum vitae", "Sarah Mills"],
        ("Work experience", "Education", "Languages"),
        "English: native speaker",
        "2020: equality and diversity training for managers",
    ),
]


def _cv(path: Path, head: list[str], sections: tuple[str, ...], language: str, course: str) -> Path:
    document = docx.Document()
    for line in head:
        document.add_paragraph(line)
    experience, education, languages = sections
    document.add_heading(experience, level=2)
    document.add_paragraph("2017-2025: project manager, parks and school yards.")
    document.add_heading(education, level=2)
    document.add_paragraph(course)
    document.add_heading(languages, level=2)
    document.add_paragraph(language)
    document.save(str(path))
    return path


@pytest.mark.parametrize(("lang", "head", "sections", "language", "course"), CVS)
def test_a_cv_gives_no_red_flag_and_no_evidence(
    grader: PolicyGrader,
    tmp_path: Path,
    lang: str,
    head: list[str],
    sections: tuple[str, ...],
    language: str,
    course: str,
) -> None:
    path = _cv(tmp_path / "cv.docx", head, sections, language, course)
    doc = read_bytes(path.read_bytes(), str(path))
    assert is_curriculum_vitae(doc)
    result = grader.grade(doc)
    assert not result.red_flags
    assert not any(e.present for e in result.elements.values())
    assert result.note and "CV" in result.note
    # the same line asked of candidates in a vacancy is a red flag: the test means something
    vacancy = {"fr": "Profil : {} exigé.", "nl": "Profiel: {} is vereist.", "en": "Profile: {}."}
    assert grader.grade_text(vacancy[lang].format(language), lang).red_flags


@pytest.mark.parametrize(
    "text",
    [
        # an application form: the date of birth is a blank to fill in, not a person's date
        "Formulaire de candidature\n\nDate de naissance : ..........\n\nExpérience "
        "professionnelle\n\n..........\n\nLangues\n\nFrançais langue maternelle exigé.",
        # a vacancy with a profile's sections and no person
        "Vacature: ploegbaas\n\nWerkervaring\n\nMinstens 5 jaar.\n\nTalen\n\nNederlands B2.",
        # a policy that names the CV it anonymises
        "Equality policy\n\nCVs are anonymised: name, photo and date of birth are removed.\n\n"
        "Education\n\nWe train managers.\n\nLanguages\n\nWe ask for a level (B2).",
    ],
)
def test_other_documents_are_no_cv(text: str) -> None:
    assert not is_curriculum_vitae(text_to_document(text, "<text>"))
