"""Tests of the plain-text and Markdown reader (checker/readers/text.py)."""

from __future__ import annotations

import codecs
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.document import BlockKind, DocStatus, Document
from checker.readers import read_bytes
from checker.readers.base import ReadLimits
from checker.readers.text import decode_text, read

H, P, L, C = BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.TABLE_CELL
R = BlockKind.TABLE_ROW


def _kinds_texts(doc: Document) -> list[tuple[BlockKind, str]]:
    return [(b.kind, b.text) for b in doc.blocks]


def _read_txt(text: str, name: str = "doc.txt") -> Document:
    return read_bytes(text.encode("utf-8"), name)


# ---------------------------------------------------------------- plain text: blocks


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "ALGEMENE BEPALINGEN\n\n"
            "Artikel 5 §2 De opdrachtnemer verbindt\nzich ertoe alle werknemers gelijk\n"
            "te behandelen.\na) bij de aanwerving;\nb) tijdens de uitvoering.\n",
            [
                (H, "ALGEMENE BEPALINGEN"),
                (
                    P,
                    "Artikel 5 §2 De opdrachtnemer verbindt zich ertoe alle werknemers "
                    "gelijk te behandelen.",
                ),
                (L, "a) bij de aanwerving;"),
                (L, "b) tijdens de uitvoering."),
            ],
            id="nl",
        ),
        pytest.param(
            "Article 7.1 Obligations sociales\n\n"
            "Le titulaire s'engage à respecter les\nrègles relatives au sous-\n"
            "traitant et à l'égalité.\n1° dans l'exécution du marché ;\n"
            "2° envers ses sous-traitants.\n",
            [
                (H, "Article 7.1 Obligations sociales"),
                (
                    P,
                    "Le titulaire s'engage à respecter les règles relatives au "
                    "sous-traitant et à l'égalité.",
                ),
                (L, "1° dans l'exécution du marché ;"),
                (L, "2° envers ses sous-traitants."),
            ],
            id="fr",
        ),
        pytest.param(
            "12.3 The Supplier shall comply with all applicable\nlaws, including third-\n"
            "party rules.\n- first item\n* second item\n• third item\n(ii) roman item\n",
            [
                (
                    P,
                    "12.3 The Supplier shall comply with all applicable laws, including "
                    "third-party rules.",
                ),
                (L, "- first item"),
                (L, "* second item"),
                (L, "• third item"),
                (L, "(ii) roman item"),
            ],
            id="en",
        ),
    ],
)
def test_plain_text_blocks(text: str, expected: list[tuple[BlockKind, str]]) -> None:
    """Verify paragraph splitting, line joining, list items and headings per language."""
    assert _kinds_texts(_read_txt(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ARTICLE 5 - PAYMENT\nThe Buyer shall pay the invoice.", [H, P]),
        ("5. Payment\nThe Buyer shall pay the invoice.", [H, P]),
        ("5.1 The Buyer shall\npay the invoice within thirty days.", [P]),
        ("The buyer pays.\nHOOFDSTUK 2 UITVOERING\nDe opdrachtnemer voert uit.", [P, H, P]),
        ("Art. 12 Le titulaire paie.\nArt. 13 Le titulaire livre.", [P, P]),
        (
            "IN NO EVENT SHALL EITHER PARTY\nBE LIABLE FOR ANY INDIRECT DAMAGES,\n"
            "LOST PROFITS OR SIMILAR LOSSES OF ANY KIND WHATSOEVER, EVEN IF ADVISED OF\n"
            "THE POSSIBILITY THEREOF.",
            [P],
        ),
    ],
)
def test_plain_text_heading_breaks(text: str, expected: list[BlockKind]) -> None:
    """Verify a title line ends its block and long capital paragraphs stay paragraphs."""
    assert [b.kind for b in _read_txt(text).blocks] == expected


@pytest.mark.parametrize(
    ("text", "article"),
    [
        ("Art. 12 Le titulaire respecte le code du travail en toutes circonstances.", "12"),
        ("Artikel 5 §2 De opdrachtnemer leeft de wetgeving na bij elke opdracht.", "5 §2"),
        ("Article 7.1 The Supplier shall comply with all laws in force.", "7.1"),
        ("12.3 The Supplier shall comply with all laws in force at any time.", "12.3"),
    ],
)
def test_plain_text_article_numbers(text: str, article: str) -> None:
    """Verify the article number of a block and of the list items that follow it."""
    doc = _read_txt(f"{text}\na) first point of the list;\n1) second point of the list.")
    assert [b.article for b in doc.blocks] == [article] * 3


def test_paragraph_index_is_one_based_block_index() -> None:
    """Verify `paragraph` counts blocks from 1 in reading order."""
    doc = _read_txt("First one here.\n\nSecond one here.\n- third\n\n\n\nFourth one.")
    assert [b.paragraph for b in doc.blocks] == [1, 2, 3, 4]


def test_soft_hyphen_nfkc_and_line_ends() -> None:
    """Verify soft hyphens vanish, NFKC folds ligatures, CRLF and CR end lines."""
    doc = _read_txt("Le pro\u00adfil du ﬁchier\r\nest conforme.\rLigne suivante.")
    assert doc.blocks[0].text == "Le profil du fichier est conforme. Ligne suivante."


def test_form_feed_and_spaces_collapse() -> None:
    """Verify page breaks act as line breaks and runs of spaces collapse."""
    doc = _read_txt("The   Supplier\tshall\x0cpay   now.")
    assert doc.blocks[0].text == "The Supplier shall pay now."


def test_whitespace_only_text_has_no_blocks() -> None:
    """Verify text that decodes to whitespace gives "no text in document"."""
    doc = read_bytes(codecs.BOM_UTF16_LE + " \n\t ".encode("utf-16-le"), "blank.txt")
    assert doc.status == DocStatus.UNREADABLE
    assert doc.error == "no text in document"


def test_text_over_char_limit_is_an_error() -> None:
    """Verify the reader refuses more characters than the limits allow."""
    doc = read_bytes(b"word " * 100, "big.txt", ReadLimits(max_chars=50))
    assert doc.status == DocStatus.ERROR
    assert doc.error is not None and "too much text" in doc.error


# ---------------------------------------------------------------- decoding


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (codecs.BOM_UTF16_LE + "Société générale".encode("utf-16-le"), "Société générale"),
        (codecs.BOM_UTF16_BE + "Société générale".encode("utf-16-be"), "Société générale"),
        (codecs.BOM_UTF8 + "één".encode(), "één"),
        ("één".encode(), "één"),
        ("Société – “quoted”".encode("cp1252"), "Société – “quoted”"),
        (b"caf\xe9 \x81", "café \x81"),  # 0x81 is undefined in cp1252: latin-1
    ],
)
def test_decode_text(data: bytes, expected: str) -> None:
    """Verify BOMs, strict UTF-8, cp1252 and the latin-1 fallback."""
    assert decode_text(data) == expected


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (codecs.BOM_UTF16_LE + "Le marché est attribué.".encode("utf-16-le"), "attribué"),
        ("Le marché est attribué.".encode("cp1252"), "attribué"),
    ],
)
def test_encoded_files_read_through_the_layer(data: bytes, text: str) -> None:
    """Verify UTF-16 with BOM and cp1252 files are sniffed as text and decoded."""
    doc = read_bytes(data, "marche.txt")
    assert doc.format == "txt"
    assert text in doc.blocks[0].text


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=3000))
def test_invalid_bytes_never_raise(data: bytes) -> None:
    """Verify any bytes give blocks (plain and Markdown) without raising."""
    for name in ("x.txt", "x.md"):
        out = read(data, name, ReadLimits())
        assert all(b.text.strip() for b in out.blocks)


def test_big_text_is_fast() -> None:
    """Verify a 400 KB text in long lines and in wrapped lines reads well under a second."""
    para = "The Supplier shall comply with all applicable laws and regulations. " * 8
    long_lines = ("\n\n".join(f"{i}.1 {para}" for i in range(750))).encode()
    wrapped = ("\n".join(para[i : i + 70] for i in range(0, len(para), 70)) + "\n\n") * 750
    for data in (long_lines, wrapped.encode()):
        assert len(data) > 380_000
        start = time.perf_counter()
        out = read(data, "big.txt", ReadLimits())
        assert time.perf_counter() - start < 2.0
        assert len(out.blocks) == 750


# ---------------------------------------------------------------- Markdown


def _read_md(text: str) -> Document:
    return read_bytes(text.encode("utf-8"), "doc.md")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "# Titre\n\n## Sous-titre\n\n###### Six",
            [(H, "Titre", 1), (H, "Sous-titre", 2), (H, "Six", 6)],
        ),
        ("####Behoud recht nakoming te vorderen", [(H, "Behoud recht nakoming te vorderen", 4)]),
        ("### Artikel  16  ", [(H, "Artikel 16", 3)]),
        ("## Closing hashes ##", [(H, "Closing hashes", 2)]),
        (
            "Equality policy\n===============\n\nScope\n-----",
            [(H, "Equality policy", 1), (H, "Scope", 2)],
        ),
        (
            "Paragraph text here.\n\n---\n\nMore text here.",
            [(P, "Paragraph text here.", None), (P, "More text here.", None)],
        ),
    ],
)
def test_markdown_headings(text: str, expected: list[tuple[BlockKind, str, int | None]]) -> None:
    """Verify ATX headings (with or without a space), setext headings and rules."""
    assert [(b.kind, b.text, b.level) for b in _read_md(text).blocks] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "- eerste punt\n- tweede\n  punt vervolg",
            [(L, "eerste punt"), (L, "tweede punt vervolg")],
        ),
        (
            "* *50-plusser:* een persoon;\n+ **jongere:** persoon",
            [(L, "50-plusser: een persoon;"), (L, "jongere: persoon")],
        ),
        (
            "1. Premier alinéa.\n2.  > Deuxième alinéa.",
            [(L, "1. Premier alinéa."), (L, "2. Deuxième alinéa.")],
        ),
        ("a) first point\nb) second point", [(L, "a) first point"), (L, "b) second point")]),
    ],
)
def test_markdown_list_items(text: str, expected: list[tuple[BlockKind, str]]) -> None:
    """Verify bullets lose their marker, ordered items keep their number."""
    assert _kinds_texts(_read_md(text)) == expected


def test_markdown_pipe_table_rows() -> None:
    """Verify a pipe table gives one block per row, each cell after its column header, and
    skips the delimiter row and empty cells."""
    doc = _read_md(
        "Tarifs :\n\n| Poste | Prix |\n|:---|---:|\n| Nettoyage | 12 € |\n| a \\| b | |\n\nFin."
    )
    assert _kinds_texts(doc) == [
        (P, "Tarifs :"),
        (R, "Poste: Nettoyage | Prix: 12 €"),
        (R, "Poste: a | b"),
        (P, "Fin."),
    ]


def test_markdown_table_without_outer_pipes() -> None:
    """Verify a table whose rows do not start with a pipe is found by its delimiter row."""
    doc = _read_md("Name | Role\n--- | ---\nAnn | Buyer")
    assert _kinds_texts(doc) == [(R, "Name: Ann | Role: Buyer")]


def test_markdown_inline_markup_removed() -> None:
    """Verify emphasis, code, links, images, comments, tags and entities are cleaned."""
    doc = _read_md(
        "<meta http-equiv='Content-Type' content='text/html; charset=utf-8' />\n\n"
        "The **Supplier** must _comply_ with `clause 5` as set out in "
        "[the terms](https://example.org/a_b) ![logo](logo.png)<!-- note -->and "
        '<span class="u">R&amp;D</span> rules.<br>Next line keeps snake_case and 5 * 3.\n\n'
        "<!-- a comment\nover lines -->\n\n[ref]: https://example.org"
    )
    assert _kinds_texts(doc) == [
        (
            P,
            "The Supplier must comply with clause 5 as set out in the terms and R&D rules.\n"
            "Next line keeps snake_case and 5 * 3.",
        )
    ]


def test_markdown_link_across_lines() -> None:
    """Verify a link whose text wraps over two lines keeps its text."""
    doc = _read_md('See [<span class="underline">the form\nhere</span>](https://x.org/f).')
    assert doc.blocks[0].text == "See the form here."


def test_markdown_fenced_code_kept_as_paragraph() -> None:
    """Verify fenced code is one paragraph with its lines and markup untouched."""
    doc = _read_md("Intro text.\n\n```yaml\nkey: *value*\n  nested: [a](b)\n```\n\nAfter.")
    assert _kinds_texts(doc) == [
        (P, "Intro text."),
        (P, "key: *value*\n  nested: [a](b)"),
        (P, "After."),
    ]


def test_markdown_html_table_goes_through_html_reader() -> None:
    """Verify a raw HTML table inside Markdown is read by the HTML reader (by rows)."""
    doc = _read_md(
        "##### Agenda\n\n<table>\n  <tr>\n    <td>Agenda Item</td>\n    <td>Time</td>\n"
        "  </tr>\n  <tr><td>Q&amp;A</td><td>15 min</td></tr>\n</table>\n\nAfter."
    )
    assert _kinds_texts(doc) == [
        (H, "Agenda"),
        (R, "Agenda Item | Time"),
        (R, "Q&A | 15 min"),
        (P, "After."),
    ]


def test_markdown_dutch_regulation_articles() -> None:
    """Verify wetten.overheid.nl Markdown: "### Artikel  16" and "15.3." paragraphs."""
    doc = _read_md(
        "### Artikel  15  \n\n####Ontbinding\n\n"
        "15.3. Koper kan de Overeenkomst door middel van een aangetekend schrijven "
        "ontbinden indien Leverancier surseance van betaling aanvraagt.  \n\n"
        "1. Eerste lid van dit artikel geldt ook voor de onderaannemer.\n\n"
        "### Artikel  16  \n\n####Behoud recht nakoming te vorderen\n\n"
        "Koper behoudt het recht om nakoming te vorderen van de Overeenkomst.\n"
    )
    got = [(b.kind, b.article, b.heading_path[-1]) for b in doc.blocks]
    assert got == [
        (H, "15", "Artikel 15"),
        (H, "15", "Ontbinding"),
        (P, "15.3", "Ontbinding"),
        (L, "15.3", "Ontbinding"),
        (H, "16", "Artikel 16"),
        (H, "16", "Behoud recht nakoming te vorderen"),
        (P, "16", "Behoud recht nakoming te vorderen"),
    ]
    assert doc.blocks[-1].heading_path == ("Artikel 16", "Behoud recht nakoming te vorderen")


def test_markdown_plain_text_rules_still_apply() -> None:
    """Verify article lines and capital titles split Markdown paragraphs as in plain text."""
    doc = _read_md("VOORWAARDEN\nArt. 3 De aannemer\nvoert de werken uit.\n1° eerst")
    assert _kinds_texts(doc) == [
        (H, "VOORWAARDEN"),
        (P, "Art. 3 De aannemer voert de werken uit."),
        (L, "1° eerst"),
    ]
    assert doc.extractor == "markdown"


def test_markdown_suffix_decides_the_reader() -> None:
    """Verify the same bytes are Markdown as .md and plain text as .txt."""
    data = b"# Title of the document\n\nSome **bold** text in a paragraph."
    assert read_bytes(data, "a.md").blocks[1].text == "Some bold text in a paragraph."
    assert read_bytes(data, "a.txt").blocks[1].text == "Some **bold** text in a paragraph."
    assert read_bytes(data, "a.markdown").extractor == "markdown"


def test_pasted_pdf_text_is_dehyphenated_and_loses_page_lines() -> None:
    """Verify text pasted from a PDF: soft breaks joined, compounds kept, page lines dropped."""
    from checker.readers.text import join_lines, text_to_blocks

    text = (
        "12.1 The Contractor shall not unlawfully dis-\n"
        "criminate against any employee. The sub-\n"
        "contractor is bound. Discrimination is banned.\n"
        "Construction Works Contract - Special Conditions      Page 12 of 40\n"
        "12.2 The Buyer may audit.\n"
    )
    blocks = [b.text for b in text_to_blocks(text)]
    assert blocks == [
        "12.1 The Contractor shall not unlawfully discriminate against any employee. The "
        "sub-contractor is bound. Discrimination is banned.",
        "12.2 The Buyer may audit.",
    ]
    assert join_lines("de wet van 10 mei 2007 ter bestrijding van discrimi-\nnatie") == (
        "de wet van 10 mei 2007 ter bestrijding van discriminatie"
    )


def test_lettered_items_after_a_full_stop_are_sentences_of_their_own() -> None:
    from checker.sentences import block_to_spans

    text = "a) De opdrachtnemer verbindt zich. b) Hij is niet verplicht; c) de stad kan meten."
    assert [text[s:e] for s, e in block_to_spans(text)] == [
        "a) De opdrachtnemer verbindt zich.",
        "b) Hij is niet verplicht;",
        "c) de stad kan meten.",
    ]


_PENALTY_TABLE = (
    "The penalties below apply.\n"
    "| Item | Breach | Penalty |\n"
    "|------|--------|---------|\n"
    "| 1 | Late commencement of a shift | EUR 100 per shift |\n"
    "| 2 | Breach of clause 12.1 | EUR 5,000 |\n"
)


def test_plain_text_and_excerpts_read_a_pipe_table_by_rows() -> None:
    """Verify text pasted from Markdown gives the same rows as the Markdown reader."""
    from checker.readers.text import excerpt_to_blocks, text_to_blocks

    rows = [
        "Item: 1 | Breach: Late commencement of a shift | Penalty: EUR 100 per shift",
        "Item: 2 | Breach: Breach of clause 12.1 | Penalty: EUR 5,000",
    ]
    for blocks in (text_to_blocks(_PENALTY_TABLE), excerpt_to_blocks(_PENALTY_TABLE)):
        got = [(b.kind, b.text) for b in blocks]
        assert got == [(P, "The penalties below apply."), (R, rows[0]), (R, rows[1])]


def test_a_line_that_starts_with_a_pipe_is_no_table_without_a_delimiter_row() -> None:
    from checker.readers.text import excerpt_to_blocks

    blocks = excerpt_to_blocks("| not a table\nbut a line of prose.")
    assert [b.kind for b in blocks] == [P]


def test_a_page_break_inside_a_sentence_is_mended() -> None:
    """Verify the footer and running header between two halves of a sentence go."""
    from checker.readers.text import excerpt_to_blocks, text_to_blocks

    text = (
        "2. De opdrachtnemer legt dezelfde verplichtingen op aan zijn onder-\n"
        "aannemers en aan de uitzendkantoren waarop hij voor de uitvoering\n\n"
        "                                    Pagina 14 van 33\n"
        "Stad Gent - Dienst Aankoop - Bestek 2025/DAL/091\n"
        "van deze opdracht een beroep doet.\n\n"
        "3. De stad kan praktijktesten laten uitvoeren."
    )
    whole = (
        "2. De opdrachtnemer legt dezelfde verplichtingen op aan zijn onderaannemers en aan de "
        "uitzendkantoren waarop hij voor de uitvoering van deze opdracht een beroep doet."
    )
    for blocks in (excerpt_to_blocks(text), text_to_blocks(text)):
        assert [b.text for b in blocks] == [whole, "3. De stad kan praktijktesten laten uitvoeren."]


def test_a_page_break_between_sentences_keeps_the_paragraphs_apart() -> None:
    from checker.readers.text import excerpt_to_blocks

    text = "The contractor shall comply.\n\nPage 3 of 9\nCity of Leeds\n\nThe buyer may audit."
    assert [b.text for b in excerpt_to_blocks(text)] == [
        "The contractor shall comply.",
        "City of Leeds",
        "The buyer may audit.",
    ]


def test_a_capitalised_heading_line_over_an_excerpt_s_clause_is_set_apart() -> None:
    """Verify "TERMINATION" over "35.1 ..." is a heading of its own, in three languages, and a
    paragraph whose next line is also in capitals stays whole (a title over two lines)."""
    from checker.readers.text import excerpt_to_blocks

    cases = {
        "TERMINATION\n35.1 The Authority may terminate this Contract\nif clause 12 is breached.": [
            "TERMINATION",
            "35.1 The Authority may terminate this Contract if clause 12 is breached.",
        ],
        "RÉSILIATION\nArt. 35. Le pouvoir adjudicateur peut résilier le marché.": [
            "RÉSILIATION",
            "Art. 35. Le pouvoir adjudicateur peut résilier le marché.",
        ],
        "VERBREKING\n35.1 De stad kan de opdracht verbreken.": [
            "VERBREKING",
            "35.1 De stad kan de opdracht verbreken.",
        ],
        "SPECIAL CONDITIONS OF\nCONTRACT FOR CLEANING": [
            "SPECIAL CONDITIONS OF CONTRACT FOR CLEANING"
        ],
        "The contractor shall not discriminate\nagainst its staff.": [
            "The contractor shall not discriminate against its staff."
        ],
    }
    for text, want in cases.items():
        assert [b.text for b in excerpt_to_blocks(text)] == want, text


def test_the_boxes_of_a_checklist_start_list_items() -> None:
    """Verify each "[ ]" line of a recruiter's checklist is an item of its own: joined into one
    sentence, a red flag in one box hid behind the "do not" of the box before it."""
    from checker.readers.text import excerpt_to_blocks, text_to_blocks

    text = (
        "Before you phone-screen a candidate, tick each step:\n"
        "[ ] Score the candidate on the 5 competencies; do not add criteria of your own.\n"
        "[x] Screen out candidates with a strong foreign accent.\n"
        "☐ Log the outcome within 24 hours."
    )
    for blocks in (excerpt_to_blocks(text), text_to_blocks(text)):
        assert [b.text[:12] for b in blocks] == [
            "Before you p",
            "[ ] Score th",
            "[x] Screen o",
            "☐ Log the ou",
        ]


def test_an_amendment_s_quoted_insert_is_an_article_of_its_own() -> None:
    """Verify a deed's quoted insert ('"12bis. Non-discriminatie') starts its own block,
    numbered 12bis, in text files and excerpts alike: left inside the deed's "Artikel 1",
    the penalty that points at "artikel 12bis" found no clause there."""
    from checker.readers.structure import number_of
    from checker.readers.text import excerpt_to_blocks, text_to_blocks

    text = (
        "Artikel 1. Na artikel 12 wordt een artikel 12bis ingevoegd, luidende:\n"
        '"12bis. Non-discriminatie\n'
        "§1. De opdrachtnemer maakt geen onderscheid op grond van afkomst.\n"
        '§2. Hij legt dezelfde verplichting op aan zijn onderaannemers."\n'
        "\n"
        "Artikel 2. Een inbreuk op artikel 12bis geeft aanleiding tot een straf."
    )
    for blocks in (text_to_blocks(text), excerpt_to_blocks(text)):
        assert [number_of(b.text) for b in blocks] == ["1", "12bis", "2"]
    # numbered lines that are not quoted stay in their excerpt paragraph (list items there)
    assert len(excerpt_to_blocks("12.1 The Contractor shall not.\n12.2 The Authority may.")) == 1


_WRAPPED_GRID = """Tableau 4 - Synthèse des obligations

Obligation              | Débiteurs                 | Contrôle                   | Pénalité
Aucune discrimi-        | L'adjudicataire, ses sous-| Questionnaire, pièces à l'ap-| 250 € par jour
nation envers le per-   | traitants et les agences  | pui ; tests de situation   |
sonnel fondée sur la    | d'intérim                 |                            |
nationalité ou le sexe  |                           |                            |
(loi du 10 mai          |                            |                           |
2007)                   |                           |                            |
"""

_WRAPPED_PIPES = """| Ref    | Requirement                                  | Evidence    | KPI  |
|--------|----------------------------------------------|-------------|------|
| KCR-07 | The Provider shall operate as an equal       | None        | n/a  |
|        | opportunities employer.                      |             |      |
| KCR-08 | The Provider shall pay the Living Wage.      | Payroll     | 100% |
"""


def test_a_grid_whose_cells_wrap_is_read_by_rows() -> None:
    """Verify a fixed-width grid (no outer pipes, no delimiter row) whose cells wrap over
    lines is one row, its cells' pieces joined as a paragraph's lines are ("discrimi-" +
    "nation"), in text files, Markdown and excerpts: read line by line, the duty, who is bound
    and the penalty fell into fragments that said nothing."""
    from checker.readers.text import excerpt_to_blocks, markdown_to_blocks, text_to_blocks

    for to_blocks in (text_to_blocks, markdown_to_blocks, excerpt_to_blocks):
        rows = [b.text for b in to_blocks(_WRAPPED_GRID) if b.kind == BlockKind.TABLE_ROW]
        assert rows == [
            "Obligation: Aucune discrimination envers le personnel fondée sur la nationalité "
            "ou le sexe (loi du 10 mai 2007) | Débiteurs: L'adjudicataire, ses sous-traitants "
            "et les agences d'intérim | Contrôle: Questionnaire, pièces à l'appui ; tests de "
            "situation | Pénalité: 250 € par jour"
        ], to_blocks.__name__


def test_a_pipe_table_row_continued_under_an_empty_first_cell_is_one_row() -> None:
    """Verify a pipe table's line with an empty first cell carries on the row above, and a
    cell that says its column does not apply ("None", "n/a") is left out with its header."""
    from checker.readers.text import excerpt_to_blocks, text_to_blocks

    for blocks in (text_to_blocks(_WRAPPED_PIPES), excerpt_to_blocks(_WRAPPED_PIPES)):
        assert [b.text for b in blocks] == [
            "Ref: KCR-07 | Requirement: The Provider shall operate as an equal opportunities "
            "employer.",
            "Ref: KCR-08 | Requirement: The Provider shall pay the Living Wage. | Evidence: "
            "Payroll | KPI: 100%",
        ]


def test_lines_with_pipes_under_no_header_of_labels_stay_prose() -> None:
    """Verify pipes in running lines (a footer, a path) make no grid without a header."""
    from checker.readers.text import text_to_blocks

    text = (
        "The Contractor shall report monthly | quarterly, as agreed.\n"
        "Reports go to the portal | the inbox of the Authority.\n"
        "Each report is signed."
    )
    assert [b.kind for b in text_to_blocks(text)] == [BlockKind.PARAGRAPH]
