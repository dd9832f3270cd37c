"""Verify how context, anchors, masks and headings decide whether a rule fires.

The rule packs here are small ones written for the test (in a temporary rules folder), so
each assertion is about the engine's semantics, not about the wording of the real packs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.document import Block, BlockKind
from checker.matcher import RuleMatcher
from checker.nlp import default_provider
from checker.readers import finalize
from checker.readers.base import ReaderOutput
from checker.rulepack.loader import load_ruleset
from checker.sentences import document_to_sentences

PROFILE = """\
name: mini
kind: profile
description: a profile for engine tests
families: [non_discrimination]
policy_families: []
elements: [commitment, grounds, monitoring, action_plan, remedies]
levels:
  - {id: weak, any: [commitment]}
weights: {commitment: 100}
scope: {min_employees: 0, min_contract_value_eur: 0}
"""

TERMS = """\
pack: terms
language: en
terms:
  party: [contractor]
  staff: [staff, employees]
  discrimination: [discriminat*]
  grounds: [race, sex, origin, language]
  audit: [audit*, inspect*]
  plan: [action plan]
  remedies: [terminate*, penalty, penalties]
  breach: [breach]
masks:
  grounds: [language of the contract, origin of the goods]
heading_terms: [remedies]
"""

PACK = """\
pack: non_discrimination
language: en
rules:
  - id: ND-EN-01
    name: nd.commitment
    element: commitment
    description: the contractor does not discriminate against staff
    match: {all: [{terms: party}, {terms: discrimination}, {terms: staff}]}
    examples:
      match: [The contractor shall not discriminate against staff.]
      no_match: [The buyer treats bidders fairly.]
  - id: ND-EN-10
    name: nd.grounds
    element: grounds
    description: a protected ground is named
    match: {terms: grounds}
    examples:
      match: [No one is treated less well because of race.]
      no_match: [The language of the contract is English.]
  - id: ND-EN-30
    name: nd.monitoring
    element: monitoring
    anchor: commitment
    description: the buyer may audit the duty
    match: {terms: audit}
    context: {terms: discrimination}
    examples:
      match: [The buyer may audit compliance with the ban on discrimination.]
      no_match: [The buyer may audit invoices.]
  - id: ND-EN-40
    name: nd.plan
    element: action_plan
    anchor: commitment
    description: the contractor draws up an action plan
    match: {terms: plan}
    context: {terms: discrimination}
    examples:
      match: [Where discrimination is found the contractor draws up an action plan.]
      no_match: [The contractor keeps an action plan for snow.]
  - id: ND-EN-50
    name: nd.remedies
    element: remedies
    anchor: commitment
    description: a breach has consequences
    match: {all: [{terms: remedies}, {terms: breach}]}
    context: {terms: discrimination}
    examples:
      match: [A breach of the ban on discrimination lets the buyer terminate.]
      no_match: [The buyer may terminate for convenience.]
"""


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> RuleMatcher:
    root = tmp_path_factory.mktemp("rules")
    for rel, text in {
        "profiles/mini.yaml": PROFILE,
        "terms/en.yaml": TERMS,
        "non_discrimination/en.yaml": PACK,
    }.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return RuleMatcher(load_ruleset("mini", str(root)), default_provider())


def _fired(matcher: RuleMatcher, *blocks: tuple[str, str | None, bool]) -> dict[str, set[int]]:
    """Return element -> indexes of the blocks (text, article, is_heading) where it fired."""
    out = ReaderOutput(
        blocks=[
            Block(
                text=text,
                paragraph=i,
                article=article,
                kind=BlockKind.HEADING if heading else BlockKind.PARAGRAPH,
            )
            for i, (text, article, heading) in enumerate(blocks, 1)
        ],
        extractor="test",
    )
    doc = finalize("<test>", "0" * 64, "txt", out)
    hits = matcher.sentences_to_hits(document_to_sentences(doc, "en"), fallback_lang="en")
    fired: dict[str, set[int]] = {}
    for hit in hits:
        fired.setdefault(hit.element, set()).add(hit.sentence.block)
    return fired


def test_support_needs_the_commitment_in_the_document(matcher: RuleMatcher) -> None:
    text = "The buyer may audit compliance with the ban on discrimination."
    alone = _fired(matcher, (text, None, False))
    assert "monitoring" not in alone
    with_clause = _fired(
        matcher,
        ("The contractor shall not discriminate against staff.", "9", False),
        (text, "21", False),
    )
    assert with_clause["monitoring"] == {1}  # named in the sentence itself, clause elsewhere


def test_support_near_the_commitment_needs_no_words_of_its_own(matcher: RuleMatcher) -> None:
    fired = _fired(
        matcher,
        ("The contractor shall not discriminate against staff.", "9.1", False),
        ("The buyer may audit these obligations.", "9.2", False),
        ("The buyer may audit the invoices.", "14.1", False),
    )
    assert fired["monitoring"] == {1}  # same article 9; article 14 is not about the clause


def test_a_decoy_section_does_not_anchor_support(matcher: RuleMatcher) -> None:
    fired = _fired(
        matcher,
        ("The contractor shall not discriminate against staff.", "3", False),
        ("Passengers are served without discrimination whatever their race.", "27.1", False),
        ("The buyer may audit the service with mystery travellers.", "27.2", False),
    )
    assert "monitoring" not in fired


def test_anchors_chain_through_supporting_evidence(matcher: RuleMatcher) -> None:
    fired = _fired(
        matcher,
        ("The contractor shall not discriminate against staff.", "5", False),
        ("Where discrimination is shown the contractor draws up an action plan.", "17", False),
        ("A breach of article 17 lets the buyer terminate the contract.", "20", False),
    )
    assert fired["action_plan"] == {1}
    assert fired["remedies"] == {2}  # refers to article 17, which holds the action plan


def test_reference_into_another_act_is_not_a_reference_into_the_document(
    matcher: RuleMatcher,
) -> None:
    fired = _fired(
        matcher,
        ("The contractor shall not discriminate against staff.", "5", False),
        ("A breach of article 5 of the Act lets the buyer terminate the contract.", "20", False),
    )
    assert "remedies" not in fired
    fired = _fired(
        matcher,
        ("The contractor shall not discriminate against staff.", "5", False),
        ("A breach of article 5 lets the buyer terminate the contract.", "20", False),
    )
    assert fired["remedies"] == {1}


def test_mask_cancels_a_term_inside_another_sense(matcher: RuleMatcher) -> None:
    masked = _fired(matcher, ("The language of the contract is English.", None, False))
    assert "grounds" not in masked
    plain = _fired(matcher, ("No one is refused because of their language.", None, False))
    assert "grounds" in plain


def test_sentence_inherits_remedies_from_its_heading(matcher: RuleMatcher) -> None:
    fired = _fired(
        matcher,
        ("The contractor shall not discriminate against staff.", "9", False),
        ("Article 20 - Penalties", "20", True),
        ("Each breach of article 9: 500 euros.", "20.1", False),
    )
    assert fired["remedies"] == {2}


def test_rule_examples_of_anchored_rules_assume_the_anchor() -> None:
    from checker.ruletest import run_examples

    results = run_examples(load_ruleset("ghent"))
    anchored = {r.id for _, r in load_ruleset("ghent").rules() if r.anchor}
    assert anchored  # the real packs anchor their supporting rules
    assert all(res.passed for res in results if res.rule_id in anchored)


def test_rules_folder_with_unknown_anchor_is_refused(tmp_path: Path) -> None:
    from checker.errors import RulePackError

    for rel, text in {
        "profiles/mini.yaml": PROFILE,
        "terms/en.yaml": TERMS,
        "non_discrimination/en.yaml": PACK.replace("anchor: commitment", "anchor: promise", 1),
    }.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    with pytest.raises(RulePackError, match="anchor"):
        load_ruleset("mini", str(tmp_path))


def test_untitled_numbered_items_are_parts_of_one_clause(matcher: RuleMatcher) -> None:
    fired = _fired(
        matcher,
        ("The contractor shall not discriminate against staff.", "1", False),
        ("The buyer may audit these obligations at any time.", "2", False),
    )
    assert fired["monitoring"] == {1}  # "2." is an item of the clause that "1." opens


def test_articles_with_titles_of_their_own_stay_apart(matcher: RuleMatcher) -> None:
    fired = _fired(
        matcher,
        ("Article 9 - Staff", "9", True),
        ("The contractor shall not discriminate against staff.", "9", False),
        ("Article 10 - Audits", "10", True),
        ("The buyer may audit the invoices at any time.", "10", False),
    )
    assert "monitoring" not in fired
    fired = _fired(
        matcher,
        ("14. STAFF. The contractor shall not discriminate against staff.", "14", False),
        ("15. AUDITS. The buyer may audit the invoices at any time.", "15", False),
    )
    assert "monitoring" not in fired  # capital run-in titles make articles


def test_items_of_a_part_are_siblings() -> None:
    from checker.regions import _siblings

    assert _siblings("art:II.1", "art:II.2")
    assert _siblings("art:3", "art:4")
    assert not _siblings("art:II.1", "art:III.2")
    assert not _siblings("art:3", "art:27")


def test_a_reference_to_a_schedule_sees_the_schedule(matcher: RuleMatcher) -> None:
    body = (
        ("SCHEDULE 4 - EQUALITY", None, True),
        ("1. The contractor shall not discriminate against staff.", None, False),
        ("PART 2 - GENERAL CONDITIONS", None, True),
        ("40. Audits", None, True),
    )
    fired = _fired(
        matcher, *body, ("40.1 The buyer may audit the obligations of Schedule 4.", None, False)
    )
    assert 4 in fired["monitoring"]
    fired = _fired(matcher, *body, ("40.1 The buyer may audit the invoices.", None, False))
    assert "monitoring" not in fired


def test_paragraphs_of_a_schedule_are_not_articles_of_the_conditions(matcher: RuleMatcher) -> None:
    fired = _fired(
        matcher,
        ("1. Audits", None, True),
        ("1.1 The buyer may audit the invoices at any time.", None, False),
        ("2. Price", None, True),
        ("2.1 Prices are fixed.", None, False),
        ("3. Delivery", None, True),
        ("3.1 Goods are delivered free.", None, False),
        ("Schedule 2 - Staff", None, True),
        ("1. The contractor shall not discriminate against staff.", None, False),
    )
    assert fired["commitment"] == {7}
    assert "monitoring" not in fired  # "1." of Schedule 2 is not article 1 of the conditions


def test_evidence_next_to_the_clause_is_quoted_before_chained_evidence(
    matcher: RuleMatcher,
) -> None:
    from checker.grader import hits_to_elements

    out = ReaderOutput(
        blocks=[
            Block(text="Schedule 4 - Staff", paragraph=1),
            Block(text="1. The contractor shall not discriminate against staff.", paragraph=2),
            Block(text="PART 2 - GENERAL", paragraph=3),
            Block(text="45. Termination", paragraph=4, kind=BlockKind.HEADING),
            Block(text="45.1 A breach of this contract lets the buyer terminate.", paragraph=5),
            Block(text="45.2 A breach of Schedule 4 lets the buyer terminate.", paragraph=6),
        ],
        extractor="test",
    )
    doc = finalize("<test>", "0" * 64, "txt", out)
    hits = matcher.sentences_to_hits(document_to_sentences(doc, "en"), fallback_lang="en")
    remedies = hits_to_elements(hits, ["remedies"])["remedies"]
    assert [e.text[:4] for e in remedies.evidence] == ["45.2", "45.1"]


def test_a_reference_to_a_paragraph_sees_that_paragraph_only(matcher: RuleMatcher) -> None:
    body = (
        ("11. Staff", None, True),
        ("11.1 Staff hold a valid licence.", None, False),
        ("11.2 The contractor shall not discriminate against staff.", None, False),
        ("12. Checks", None, True),
    )
    fired = _fired(
        matcher, *body, ("12.1 The buyer may audit article 11.1 at any time.", None, False)
    )
    assert "monitoring" not in fired  # 11.1 is the licence, not the clause in 11.2
    fired = _fired(
        matcher, *body, ("12.1 The buyer may audit article 11.2 at any time.", None, False)
    )
    assert 4 in fired["monitoring"]
    fired = _fired(
        matcher, *body, ("12.1 The buyer may audit article 11 at any time.", None, False)
    )
    assert 4 in fired["monitoring"]


def test_a_term_list_given_twice_is_refused_with_its_line(tmp_path: Path) -> None:
    from checker.errors import RulePackError

    terms = TERMS.replace("  breach: [breach]\n", "  breach: [breach]\n  audit: [review*]\n")
    for rel, text in {
        "profiles/mini.yaml": PROFILE,
        "terms/en.yaml": terms,
        "non_discrimination/en.yaml": PACK,
    }.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    with pytest.raises(RulePackError, match=r"line 12: invalid YAML \(duplicate key 'audit'\)"):
        load_ruleset("mini", str(tmp_path))


def test_a_table_row_is_not_anchored_by_another_row(matcher: RuleMatcher) -> None:
    """A penalty table's rows are separate statements: the row about a breach of the clause
    is a remedy, the late-delivery row beside it is not."""
    blocks = [
        Block(text="The contractor shall not discriminate against staff.", article="5"),
        Block(text="Penalties", article="20", kind=BlockKind.HEADING),
        Block(text="Breach: late delivery | Penalty: EUR 100 per day", article="20"),
        Block(text="Breach: breach of article 5 | Penalty: EUR 5,000", article="20"),
    ]
    for kind, rows in ((BlockKind.TABLE_ROW, {3}), (BlockKind.PARAGRAPH, {2, 3})):
        out = ReaderOutput(
            blocks=[
                b.model_copy(update={"paragraph": i, "kind": kind if i > 2 else b.kind})
                for i, b in enumerate(blocks, 1)
            ],
            extractor="test",
        )
        doc = finalize("<test>", "0" * 64, "txt", out)
        hits = matcher.sentences_to_hits(document_to_sentences(doc, "en"), fallback_lang="en")
        assert {h.sentence.block for h in hits if h.element == "remedies"} == rows


def test_a_table_lead_in_held_by_one_row_does_not_hold_the_others(matcher: RuleMatcher) -> None:
    """The lead-in of a penalty table, anchored by the row about the clause, does not in turn
    make the late-delivery row a remedy for the clause."""
    blocks = [
        Block(text="The contractor shall not discriminate against staff.", article="5"),
        Block(text="Penalties", article="20", kind=BlockKind.HEADING),
        Block(text="The following penalty applies to each breach:", article="20"),
        Block(text="Breach: late delivery | Penalty: EUR 100 per day", article="20"),
        Block(
            text="Breach: breach of the ban on discrimination in article 5 | Penalty: EUR 5,000",
            article="20",
        ),
    ]
    rows = [
        b.model_copy(update={"paragraph": i, "kind": BlockKind.TABLE_ROW if i > 3 else b.kind})
        for i, b in enumerate(blocks, 1)
    ]
    doc = finalize("<test>", "0" * 64, "txt", ReaderOutput(blocks=rows, extractor="test"))
    hits = matcher.sentences_to_hits(document_to_sentences(doc, "en"), fallback_lang="en")
    assert {h.sentence.block for h in hits if h.element == "remedies"} == {2, 4}


def test_a_table_row_that_names_another_row_is_anchored_by_it(matcher: RuleMatcher) -> None:
    """A conditions table whose row passes "condition no. 1" on or sanctions it reads that
    row (the duty's row) as its clause; a row that names no other row does not."""
    texts = [
        "No.: 1 | Condition: The contractor shall not discriminate against staff.",
        "No.: 2 | Condition: Penalty for each breach of condition no. 1",
        "No.: 3 | Condition: Penalty for each breach of the delivery dates",
        "No.: 4 | Condition: Penalty for each breach of condition no. 12",
    ]
    rows = [
        Block(text=t, article="20", paragraph=i, kind=BlockKind.TABLE_ROW)
        for i, t in enumerate(texts, 1)
    ]
    doc = finalize("<test>", "0" * 64, "txt", ReaderOutput(blocks=rows, extractor="test"))
    hits = matcher.sentences_to_hits(document_to_sentences(doc, "en"), fallback_lang="en")
    assert {h.sentence.block for h in hits if h.element == "remedies"} == {1}


def test_a_row_keyed_by_an_article_is_about_that_article(matcher: RuleMatcher) -> None:
    """A penalty schedule keyed by article ("Art.: 8 | ... | penalty") under the clause: the
    row of article 8 is a penalty for article 8, the row of article 5 one for the clause."""
    blocks = [
        Block(text="5. The contractor shall not discriminate against staff.", article="5"),
        Block(text="Art.: 8 | Breach: any breach | Penalty: EUR 100", article="5"),
        Block(text="Art.: 5 | Breach: any breach | Penalty: EUR 5,000", article="5"),
    ]
    rows = [
        b.model_copy(update={"paragraph": i, "kind": BlockKind.TABLE_ROW if i > 1 else b.kind})
        for i, b in enumerate(blocks, 1)
    ]
    doc = finalize("<test>", "0" * 64, "txt", ReaderOutput(blocks=rows, extractor="test"))
    hits = matcher.sentences_to_hits(document_to_sentences(doc, "en"), fallback_lang="en")
    assert {h.sentence.block for h in hits if h.element == "remedies"} == {2}


def test_rules_folder_with_unknown_answer_terms_is_refused(tmp_path: Path) -> None:
    from checker.errors import RulePackError

    for rel, text in {
        "profiles/mini.yaml": PROFILE,
        "terms/en.yaml": TERMS + "\nanswer_terms: [denial]\n",
        "non_discrimination/en.yaml": PACK,
    }.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    with pytest.raises(RulePackError, match="denial"):
        load_ruleset("mini", str(tmp_path))
