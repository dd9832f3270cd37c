"""Verify article numbers, section keys, cross-references and tables of contents."""

from __future__ import annotations

import pytest

from checker.document import Block, BlockKind, Document
from checker.readers.annexes import annex_key, annex_of
from checker.readers.structure import assign_structure, number_of, section_key
from checker.sentences import document_to_sentences, is_table_of_contents
from checker.xref import referenced_sections


@pytest.mark.parametrize(
    ("text", "number", "key"),
    [
        ("12.3 The supplier shall", "12.3", "12"),
        ("Art. 5 §2 De opdrachtnemer", "5 §2", "5"),
        ("II.9.1 In performing the contract", "II.9.1", "II.9"),
        ("H.14 EQUAL OPPORTUNITY COMPLIANCE", "H.14", "H.14"),
        ("Article II.9 Equal treatment of staff", "II.9", "II.9"),
        ("3 000 heures, par année d'exécution", None, None),
        ("25 werknemers of meer", None, None),
        ("A. Smith, director", None, None),
        ("I. Introduction", None, None),
        ("Artikel AV-5 Gelijke behandeling van personeel", "AV-5", "AV-5"),
        ("NO-6.2 De opdrachtgever legt een boete op", "NO-6.2", "NO-6"),
        ("C6. Termination of a Call-Off Contract", "C6", "C6"),
        ("A4 paper is used for all reports", None, None),
        # an amendment quotes the clause it inserts, numbered after the one it follows
        ('"14.1 The Contractor shall not unlawfully discriminate', "14.1", "14"),
        ("« Art. 14. Égalité de traitement du personnel", "14", "14"),
        ('"12bis. Non-discrimination', "12bis", "12bis"),
        ("Artikel 7ter - Gelijke kansen", "7ter", "7ter"),
        ('"30 days after the notice', None, None),
    ],
)
def test_article_numbers_and_their_section(text: str, number: str | None, key: str | None) -> None:
    assert number_of(text) == number
    assert (section_key(number) if number else None) == key


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("a breach of clause 14.1 is a material breach", {"para:14.1"}),
        ("tout manquement aux articles 9 et 10", {"art:9", "art:10"}),
        ("the obligations laid down in Article II.9.1", {"para:II.9.1"}),
        ("conformément à l'article 12/1 du RGE", set()),
        ("visés aux articles 67 à 69 de la loi du 17 juin 2016", set()),
        ("de maatregelen van artikel 47 van het KB van 14 januari 2013", set()),
        ("section 149 of the Equality Act 2010", set()),
        ("een inbreuk op artikel 44 AUR", set()),
        ("a breach of the obligations under Schedule 4", {"annex:4"}),
        ("conformément aux annexes 2 et 3 du présent cahier", {"annex:2", "annex:3"}),
        ("zoals bepaald in bijlage III en artikel 12", {"annex:3", "art:12"}),
        ("the procedures of Annex II of Directive 2014/24/EU", set()),
        ("de naleving van artikel AV-5 en artikel NO-6.1", {"art:AV-5", "para:NO-6.1"}),
        ("the obligations in Call-Off Schedule 5 and clause C6", {"annex:5", "art:C6"}),
        ("Each breach of Article 12bis gives rise to a penalty", {"art:12bis"}),
        ("les documents demandés en vertu de l'article 12ter §1", {"art:12ter"}),
        # a text numbered by parts names its points without a word before them
        ("Elke niet-naleving van III.4.2 geldt als een tekortkoming", {"para:III.4.2"}),
        ("tout manquement au point II.9 entraîne une pénalité", {"art:II.9"}),
        ("la version 2.3 du logiciel et le lot 4.2", set()),
    ],
)
def test_cross_references_point_into_the_document_only(text: str, keys: set[str]) -> None:
    assert referenced_sections(text) == keys


def test_table_of_contents_is_recognised() -> None:
    toc = (
        "Table of Contents Page 1.0 DEFINITIONS 1 2.0 LICENSE 4 3.0 RELATIONSHIP MANAGER 6 "
        "4.0 TERM 7 5.0 TERMINATION 9 6.0 FEES 12 7.0 EQUAL OPPORTUNITY 14"
    )
    leaders = "6.1.2 Engagement d'insertion sociale ........ 18 6.2 Confidentialité ........ 20"
    assert is_table_of_contents(toc)
    assert is_table_of_contents(leaders)
    clause = (
        "II.9.3 Where the maximum amount exceeds EUR 500 000 or the duration exceeds 24 months, "
        "the contractor must return the self-assessment questionnaire in Annex VII within three "
        "months, with the supporting evidence listed in points 1 to 4 of that annex."
    )
    assert not is_table_of_contents(clause)


@pytest.mark.parametrize(
    "block",
    [
        "Article 12 – Vérifications .................... 4 Article 13 – Sous-traitance "
        ".................... 4 Article 14 – Protection des données .................... 4",
        "Clause 11 Equal treatment of staff .............. 3 Clause 12 Sub-contracting "
        ".............. 4 Clause 13 Audit .............. 4",
        "Artikel 8 – Non-discriminatie ………………… 5 Artikel 9 – Onderaanneming ………………… 6 "
        "Artikel 10 – Controle ………………… 6",
    ],
)
def test_contents_entries_cut_after_their_leader_are_dropped(block: str) -> None:
    """The splitter may take a leader for full stops: "4 Article 13 – Sous-traitance ....."."""
    doc = Document(
        path="toc.pdf",
        sha256="0" * 64,
        blocks=[Block(kind=BlockKind.PARAGRAPH, text=block, start=0, end=len(block))],
    )
    assert all(s.text.isdigit() for s in document_to_sentences(doc, "en"))  # page numbers


def test_a_form_whose_last_blank_ends_a_numbered_sentence_is_kept() -> None:
    """A declaration's blanks carry no page numbers: its sentences are no contents entries."""
    block = (
        "1. Je soussigné ............, agissant pour le compte de ............, déclare "
        "respecter la législation anti-discrimination. "
        "2. Je m'engage à respecter la loi du 10 mai 2007 pour le marché n° ............"
    )
    doc = Document(
        path="form.txt",
        sha256="0" * 64,
        blocks=[Block(kind=BlockKind.PARAGRAPH, text=block, start=0, end=len(block))],
    )
    assert len(document_to_sentences(doc, "fr")) == 2


def test_paragraph_mark_inside_an_article_stays_in_that_article() -> None:
    from checker.document import Block
    from checker.readers.structure import assign_structure

    texts = [
        "Art. 18 – Non-discrimination",
        "§1. Le titulaire s'engage à ne pas discriminer.",
        "§2. Il impose les mêmes obligations à ses sous-traitants.",
        "Article 19 – Contrôle",
        "Le pouvoir adjudicateur peut vérifier le respect de l'article 18.",
    ]
    blocks = assign_structure(Block(text=t, paragraph=i) for i, t in enumerate(texts, 1))
    assert [b.article for b in blocks] == ["18", "18 §1", "18 §2", "19", "19"]
    assert blocks[2].heading_path[0] == "Art. 18 – Non-discrimination"
    assert {section_key(b.article or "") for b in blocks[:3]} == {"18"}


def test_dotted_initials_do_not_end_a_sentence() -> None:
    from checker.sentences import block_to_spans

    text = (
        "The Supplier shall comply with the Human Rights Code, R.S.O. 1990, c. H.19 and shall "
        "not discriminate. See 42 U.S.C. 2000e. The Buyer may audit."
    )
    parts = [text[a:b] for a, b in block_to_spans(text)]
    assert parts[0].endswith("shall not discriminate.")
    assert parts[1] == "See 42 U.S.C. 2000e."
    assert len(parts) == 3


@pytest.mark.parametrize(
    "text",
    [
        "(a) The Contractor shall not discriminate. (b) The Contractor shall include "
        "paragraph (a) in every subcontract. (c) The Contractor shall permit access.",
        "a) Le titulaire ne discrimine pas. b) Il impose cette clause. c) Le pouvoir "
        "adjudicateur peut contrôler.",
    ],
)
def test_a_lettered_item_after_a_full_stop_starts_a_sentence(text: str) -> None:
    from checker.sentences import block_to_spans

    parts = [text[a:b] for a, b in block_to_spans(text)]
    assert [p[:3] for p in parts] == [
        text[:3],
        text[:3].replace("a", "b"),
        text[:3].replace("a", "c"),
    ]


def test_a_bracketed_letter_inside_a_sentence_does_not_end_it() -> None:
    from checker.sentences import block_to_spans

    text = "The Supplier shall: (a) not discriminate; (b) keep records. The Buyer may audit."
    assert len(block_to_spans(text)) == 2


def test_bullet_lines_of_an_excerpt_are_items_of_their_own() -> None:
    from checker.scan import text_to_document

    text = (
        "What we are looking for:\n- A strong man for lifting work\n- Aged 20-35\n"
        "- You must be 18 or over to drive the forklift\n\nApply by email."
    )
    blocks = [b.text for b in text_to_document(text, "<vacancy>").blocks]
    assert blocks == [
        "What we are looking for:",
        "- A strong man for lifting work",
        "- Aged 20-35",
        "- You must be 18 or over to drive the forklift",
        "Apply by email.",
    ]


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("de artikelen 12 tot en met 14", {"art:12", "art:13", "art:14"}),
        ("paragraphs 4 to 6 and 9 of this Schedule", {"art:4", "art:5", "art:6", "art:9"}),
        ("De bepalingen C.3 tot en met C.5 gelden", {"art:C.3", "art:C.5"}),
    ],
)
def test_reference_ranges_are_filled_in(text: str, keys: set[str]) -> None:
    assert referenced_sections(text) == keys


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Hij stelt binnen drie maanden een diversiteitsplan op. De consulent helpt hem.", 2),
        ("De verplichting van dit lid. De stad kan de naleving controleren.", 2),
        ("See S.I. No. 286 of 2016 for the procedure. The Contractor shall comply.", 2),
    ],
)
def test_sentence_final_words_are_not_taken_for_abbreviations(text: str, count: int) -> None:
    from checker.sentences import block_to_spans

    assert len(block_to_spans(text)) == count


@pytest.mark.parametrize(
    ("text", "annex"),
    [
        ("SCHEDULE 4 - EQUAL OPPORTUNITIES", "Schedule 4"),
        ("Annexe 3 : clause sociale", "Annexe 3"),
        ("ANNEXE N° 5 – CHARTE", "Annexe 5"),
        ("Bijlage II. Gedragscode leveranciers", "Bijlage II"),
        ("Bijlage 3 bij het bestek: sociale voorwaarden", "Bijlage 3"),
        ("Annex 2 to the Framework Agreement – Equality", "Annex 2"),
        ("Schedule 4 (Equality)", "Schedule 4"),
        ("Appendix B", "Appendix B"),
        ("CALL-OFF SCHEDULE 5 - EQUALITY MONITORING", "Call-off schedule 5"),
        ("Annex 3 lists the prices of all the lots.", None),  # a sentence
        ("Annex 3 - Prices ..... 45", None),  # a table of contents line
        ("Schedule a meeting with the buyer", None),
        ("Attachment 2 is the price list", None),
        # a list of the schedules (a contents paragraph), not the opening of Schedule 1
        ("Schedule 1 - Service Specification Schedule 2 - Pricing Schedule 3 - Proposals", None),
    ],
)
def test_annex_headings(text: str, annex: str | None) -> None:
    assert annex_of(Block(text=text)) == annex


def test_annex_keys_read_roman_numerals() -> None:
    assert [annex_key(n) for n in ("4", "IV", "n° 4", "Bijlage XIV", "B")] == [
        "4",
        "4",
        "4",
        "14",
        "B",
    ]


def test_numbered_points_under_an_article_word_are_its_paragraphs() -> None:
    texts = [
        "Artikel 16 - Non-discriminatie",
        "1. De opdrachtnemer discrimineert niet bij de aanwerving van zijn personeel.",
        "Hij legt deze verbintenis op aan zijn onderaannemers.",
        "2. De stad kan een zelfevaluatievragenlijst met bewijsstukken opvragen.",
        "4. Een nummer buiten de reeks is geen punt van artikel 16 meer.",
        "Article 17 - Prix",
        "1. Les prix sont fermes pendant toute la durée du marché.",
        "2. Duration",
        "The contract runs for four years from its signature.",
    ]
    blocks = assign_structure(Block(text=t, paragraph=i) for i, t in enumerate(texts, 1))
    assert [b.article for b in blocks] == [
        "16",
        "16.1",
        "16.1",
        "16.2",
        "4",
        "17",
        "17.1",
        "2",
        "2",
    ]


def test_an_annex_numbers_its_paragraphs_anew_until_a_part_begins() -> None:
    blocks = assign_structure(
        [
            Block(text="12. Equality", kind=BlockKind.HEADING),
            Block(text="The contractor respects Annex 3."),
            Block(text="ANNEX 3 - SOCIAL CLAUSE"),
            Block(text="The contractor treats its staff equally."),
            Block(text="1. It does not discriminate."),
            Block(text="PART II - ADMINISTRATIVE CLAUSES"),
            Block(text="The buyer pays within 30 days."),
        ]
    )
    assert [(b.annex, b.article) for b in blocks] == [
        (None, "12"),
        (None, "12"),
        ("Annex 3", None),
        ("Annex 3", None),  # not article 12 of the conditions
        ("Annex 3", "1"),
        (None, None),
        (None, None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Conformément à l'al. 1 du présent article, le titulaire s'engage. Le pouvoir contrôle.",
        "Voir l’art. 12 du cahier spécial des charges. Le titulaire doit s'y conformer.",
        "Onze selectiekantoren screenen de cv's. Zij mogen niet selecteren op afkomst.",
    ],
)
def test_an_abbreviation_after_an_elided_article_does_not_end_a_sentence(text: str) -> None:
    from checker.sentences import block_to_spans

    assert len(block_to_spans(text)) == 2


def test_a_table_row_is_read_whole_then_cut_between_cells() -> None:
    """Verify a table row is one sentence (the duty in one cell, who is bound in the next),
    and a row too long to be one statement is cut between its cells, not inside them."""
    from checker.sentences import MAX_ROW_WORDS, block_to_spans

    row = (
        "Obligation: No discrimination against staff on grounds of sex. The Contractor and "
        "its subcontractors are bound. | Check: Questionnaire; tests"
    )
    assert block_to_spans(row, table_row=True) == [(0, len(row))]
    assert len(block_to_spans(row)) > 1  # a paragraph with the same text is cut at its full stop
    cell = " ".join(["word"] * (MAX_ROW_WORDS // 2))
    long_row = f"A: {cell}. | B: {cell} | C: {cell}"
    spans = [long_row[s:e] for s, e in block_to_spans(long_row, table_row=True)]
    assert [s[:2] for s in spans] == ["A:", "B:", "C:"]
    assert not any(" | " in s for s in spans)


def test_a_long_sentence_is_not_cut_between_a_lead_in_and_its_quotes() -> None:
    """Verify a long run cut at colons keeps "to avoid: « ... »" together and never cuts
    inside a quotation: the quoted bad examples of an advice page were read as the
    company's own adverts once parted from "À ne pas écrire :"."""
    from checker.sentences import block_to_spans

    text = (
        "Rédiger l'annonce de chaque poste vacant du site de restauration collective en suivant "
        "le guide interne du groupe et en relisant le texte avec le service des ressources "
        "humaines avant toute publication sur les sites d'emploi habituels de la région, sans "
        "oublier les sites des partenaires locaux et le réseau des agences ; à ne pas écrire "
        "(exemples réellement reçus par le service RH) : « Serveuse jeune et dynamique » "
        "« Plongeur : homme costaud » Écrivez plutôt : « Plongeur (H/F) »."
    )
    pieces = [text[s:e] for s, e in block_to_spans(text)]
    quoted = [p for p in pieces if "homme costaud" in p]
    assert len(quoted) == 1 and "à ne pas écrire" in quoted[0] and "« Plongeur :" in quoted[0]


def test_a_single_table_of_contents_entry_is_no_clause() -> None:
    """Verify one contents entry on its own line ("Art. 13 Onderaanneming ..... 11") is
    skipped like a run of them: a contents line named subcontracting beside the clause."""
    from checker.sentences import is_table_of_contents

    assert is_table_of_contents("Art. 13 Onderaanneming ................................ 11")
    assert is_table_of_contents("Article 14 – Non-discrimination …… 23")
    assert not is_table_of_contents("Article 14 – The contractor shall not discriminate.")


@pytest.mark.parametrize(
    "form",
    [
        "Je soussigné(e) ................, agissant en qualité de ................ pour le compte "
        "de la société ................, déclare sur l'honneur que l'entreprise s'engage à ne "
        "pratiquer aucune discrimination à l'embauche.",
        "The undersigned .........., acting on behalf of .........., declares that the company "
        "treats its employees equally.",
        "Ondergetekende …… handelend namens …… verklaart op erewoord dat de onderneming niet "
        "discrimineert bij de aanwerving.",
    ],
)
def test_the_blanks_of_a_form_are_no_table_of_contents(form: str) -> None:
    """Verify that the dotted blanks of a declaration to fill in are not page leaders: the
    declaration's text is read (it was dropped as a contents run)."""
    from checker.sentences import is_table_of_contents

    assert not is_table_of_contents(form)


def test_a_bracketed_deletion_note_ends_its_paragraph() -> None:
    """Verify "30.3 [deleted by addendum no. 2] 30.4 A breach ..." is two sentences, so the
    deletion does not negate the penalty of 30.4."""
    from checker.sentences import block_to_spans

    text = "30.3 [deleted by addendum no. 2] 30.4 A breach of 30.1 gives rise to a penalty."
    assert [text[s:e] for s, e in block_to_spans(text)] == [
        "30.3 [deleted by addendum no. 2]",
        "30.4 A breach of 30.1 gives rise to a penalty.",
    ]
