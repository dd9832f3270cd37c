"""English clause grading on sentences written for these tests (not rule examples, not corpus)."""

from __future__ import annotations

import pytest

from checker.rulepack.loader import load_ruleset
from checker.scan import ClauseGrader


@pytest.fixture(scope="module")
def grader() -> ClauseGrader:
    return ClauseGrader(load_ruleset("ghent"))


CASES = [
    (
        "moderate",
        {"commitment", "grounds"},
        "The Supplier must not unlawfully discriminate, directly or indirectly, against any "
        "person because of age, disability, pregnancy and maternity, race, religion or belief, "
        "sex or sexual orientation in the course of employing staff for the Services.",
    ),
    (
        "weak",
        {"commitment"},
        "The Contractor is committed to equality of opportunity for all of its staff and will "
        "not tolerate unfair treatment of its workforce.",
    ),
    (
        "moderate",
        {"commitment", "grounds"},
        "Employees and candidates of the Service Provider must be selected, paid and promoted "
        "solely on merit, without regard to race, colour, creed, gender or national origin.",
    ),
    (
        "strong",
        {"commitment", "grounds", "monitoring", "remedies"},
        "The Contractor shall comply with the Equality Act 2010 in relation to its workforce. "
        "The Authority may request the Contractor's workforce diversity data and equality "
        "policy at any time. Failure to comply with this Clause shall constitute a material "
        "breach.",
    ),
    (
        "weak",
        set(),
        "The Contractor shall comply with all applicable employment legislation, including "
        "laws on wages, hours and working conditions.",
    ),
    (
        "moderate",
        {"commitment", "grounds"},
        "In the performance of this Agreement, the Contractor shall ensure that no employee or "
        "applicant for employment is harassed or victimised on the basis of their ethnicity, "
        "faith or sexual orientation.",
    ),
    (
        "weak",
        set(),
        "The Provider shall observe all employment and social welfare legislation that applies "
        "to it as an employer, including the rules on annual leave and sick pay.",
    ),
    (
        "strong",
        {"commitment", "grounds", "monitoring", "remedies"},
        "6.1 The Supplier shall offer equal treatment to every employee and job applicant "
        "whatever their sex, age, ethnic origin or disability.\n\n"
        "6.2 On request the Supplier shall give the Council the records it needs to check "
        "compliance with Clause 6.1.\n\n"
        "6.3 If the Council is not satisfied after reading them, it may end the Contract on one "
        "month's notice.",
    ),
    (
        "moderate",
        {"commitment", "grounds", "action_plan"},
        "4.1 The Contractor shall not discriminate against any worker because of religion, "
        "sexual orientation or race.\n\n"
        "4.2 The Contractor shall hold an internal audit of its hiring every year and, where it "
        "finds gaps, adopt a diversity action plan.\n\n"
        "4.3 The Buyer has no right to audit the Contractor's personnel files under this Clause 4.",
    ),
    (
        "strong",
        {"commitment", "grounds", "monitoring", "action_plan"},
        "9.1 The Contractor shall comply with the Equality Act 2010 towards its staff.\n\n"
        "9.2 The Authority may audit the Contractor's recruitment records. Where the audit "
        "shows non-compliance the Contractor shall agree an equality action plan with the "
        "Authority.\n\n"
        "9.3 Nothing in this Clause 9 obliges the Contractor to flow these duties down to its "
        "sub-contractors, and no breach of Clause 9.1 shall entitle the Authority to terminate.",
    ),
    # Canadian employment equity: designated groups are the grounds, the Labour Program's
    # compliance assessment is monitoring, default under the Federal Contractors Program a remedy.
    (
        "strong",
        {"commitment", "grounds", "monitoring", "remedies", "applicability"},
        "4.1 This section binds a Vendor with 100 or more permanent full-time employees in "
        "Canada.\n\n"
        "4.2 The Vendor shall maintain employment equity in its workforce for women, Aboriginal "
        "peoples, persons with disabilities and members of visible minorities, as the Employment "
        "Equity Act requires.\n\n"
        "4.3 The Labour Program may review the Vendor's workforce data at any time to assess its "
        "compliance.\n\n"
        "4.4 If the Vendor is declared ineligible under the Federal Contractors Program, Canada "
        "may terminate this contract for default.",
    ),
    # Generic labour-law duty written the Australian way.
    (
        "weak",
        set(),
        "The Contractor must observe all Laws, including Laws relating to employment, "
        "industrial relations and superannuation, while it performs the Works.",
    ),
    # A list item read with its lead-in; no ground is named.
    (
        "weak",
        {"commitment"},
        "3. The Vendor shall, and shall make its supervisors: (a) give every worker a written "
        "statement of terms on the first day of work and a payslip each week; (b) provide "
        "clean drinking water and rest facilities at every site where work is done; (c) not "
        "practise or allow discrimination in hiring, pay, training or promotion decisions.",
    ),
    # Lender-standard wording (IFC PS2 / World Bank ESS2): decisions on personal
    # characteristics unrelated to inherent job requirements; inspection and withholding.
    (
        "strong",
        {"commitment", "grounds", "flowdown", "monitoring", "remedies"},
        "8.1 The Concessionaire shall base no hiring, pay or promotion decision about its "
        "workers on personal characteristics unrelated to inherent job requirements, such as "
        "sex, religion, ethnic origin or disability.\n\n"
        "8.2 The Concessionaire shall require its subcontractors and labour hire providers to "
        "comply with sub-clause 8.1.\n\n"
        "8.3 The Grantor's social specialists may inspect the Concessionaire's personnel records "
        "to check compliance with sub-clause 8.1.\n\n"
        "8.4 If the Concessionaire fails to comply with sub-clause 8.1, the Grantor may withhold "
        "the next monthly payment until the failure is remedied.",
    ),
    # A decoy elsewhere in a long sentence does not cancel a duty that names the staff.
    (
        "moderate",
        {"commitment", "grounds"},
        "The Contractor shall at all times observe the Equality Act 2010 and shall not "
        "discriminate against any of its employees because of race, sex or disability, and "
        "shall make its timetables available in accessible formats for members of the public.",
    ),
    # The buyer says it does not monitor, and reporting is only a future possibility; the
    # supply-chain duty that passes down is the Living Wage, not equality; the performance
    # regime is switched off for the equality clause.
    (
        "moderate",
        {"commitment", "grounds"},
        "6.1 The Supplier shall not discriminate against any employee or job applicant because "
        "of age, race, religion or sexual orientation.\n\n"
        "6.2 The Council does not audit or monitor the Supplier's employment practices under "
        "this clause. The Council may in future introduce equality reporting for its "
        "suppliers.\n\n"
        "6.3 The Supplier shall pay the Real Living Wage and shall require its sub-contractors "
        "to do the same.\n\n"
        "6.4 No service credits or deductions under the Performance Regime shall be applied in "
        "respect of clause 6.1.",
    ),
    # The law and the grounds come from the definitions clause; the definitions name an audit
    # team and a control room but check nothing; the statutory pay-gap headcount is not the
    # clause's threshold; the exemption and the buyer's second thoughts are not evidence.
    (
        "moderate",
        {"commitment", "grounds"},
        "1. Definitions\n\n"
        '"Equality Law" means the Equality Act 2010 and any regulations made under it.\n\n'
        '"Workers" means all persons employed or engaged by the Operator, including agency '
        "staff, dispatch control-room personnel and the internal audit team.\n\n"
        "7. Workforce equality\n\n"
        "7.1 The Operator shall not discriminate against any of its Workers or job applicants "
        "within the meaning of the Equality Law.\n\n"
        "7.2 The Operator shall, where it employs 250 or more employees, publish its gender pay "
        "gap figures as required by the Gender Pay Gap Information Regulations 2017.\n\n"
        "7.3 To remove any doubt, the Operator is not obliged under this Agreement to prepare an "
        "equality action plan or to share workforce monitoring data with the Council.\n\n"
        "7.4 The Council may, at the next annual review, consider whether to require operators "
        "to complete an equality questionnaire.",
    ),
    # Consent to sub-contract and liability for sub-contractors pass no duty down; a code of
    # practice issued by the equality body is a standard, not a check; a value "excluding
    # VAT" is a threshold, not an exclusion.
    (
        "moderate",
        {"commitment", "grounds", "applicability"},
        "5.1 The Contractor shall not discriminate against any employee or job applicant "
        "because of race, religion or disability, and shall have regard to the Code of Practice "
        "on Employment issued by the Equality and Human Rights Commission.\n\n"
        "5.2 The Contractor shall not assign or sub-contract any of its obligations without the "
        "Authority's prior approval.\n\n"
        "5.3 The Contractor shall be responsible for the acts and omissions of its "
        "sub-contractors.\n\n"
        "5.4 This Clause 5 applies to contracts worth EUR 200,000 or more excluding VAT.",
    ),
    # The information right refers back to the policy the clause requires ("that programme").
    (
        "weak",
        {"commitment", "monitoring"},
        "The Supplier shall operate a written equal opportunities programme for the recruitment "
        "and promotion of its staff. The Authority may request a yearly report on how that "
        "programme has worked.",
    ),
    # A paraphrase ("equality of treatment in employment") passed on to subcontractors.
    (
        "weak",
        {"commitment", "flowdown"},
        "The Consultant shall uphold equality of treatment in employment for everyone it engages "
        "on the Project and shall oblige its subcontractors to do the same.",
    ),
    # The clause itself rules out flow-down and sanctions; a check studied for later
    # contracts is not a check under this one.
    (
        "moderate",
        {"commitment", "grounds"},
        "8.1 The Contractor shall not discriminate against any worker or job applicant because "
        "of sex, age or disability.\n\n"
        "8.2 These obligations are not imposed on the Contractor's subcontractors or on the "
        "agencies that supply it with temporary staff.\n\n"
        "8.3 No specific penalty is attached to this clause.\n\n"
        "8.4 The Council is examining whether situation tests could be carried out among its "
        "contractors in later contracts.",
    ),
    # Belgian "points 3° to 5°" and a headcount written in words are a threshold.
    (
        "moderate",
        {"commitment", "grounds", "applicability"},
        "1° The Supplier shall not discriminate against its staff because of race or religion.\n\n"
        "2° Points 3° to 5° apply to contracts with a value of at least EUR 50,000 performed by a "
        "supplier employing more than twelve workers.",
    ),
    (
        "strong",
        {"commitment", "grounds", "monitoring", "remedies"},
        "Special Condition 4 - Equality\n\n"
        "(a) General Condition 9.2 shall not apply to this Contract and is replaced by this "
        "Special Condition. (b) The Consultant shall not discriminate against any worker or "
        "applicant for employment because of sex, race, age or disability. (c) The Client may "
        "audit the Consultant's recruitment records to verify compliance with paragraph (b), "
        "and may terminate the Contract for a breach of paragraph (b).",
    ),
    (
        "moderate",
        {"commitment", "grounds"},
        "Clause 9 - Staff\n\n"
        "9.1 The provider shall apply equal treatment to every person it employs on the contract "
        "and shall make no distinction based on the characteristics in note 3.\n\n"
        "(3) Sex, ethnic origin, religion or belief, disability, age and sexual orientation.",
    ),
    (
        "moderate",
        {"commitment", "grounds"},
        "5.1 The Vendor shall not discriminate against its staff because of religion, sex or "
        "age.\n\n5.2 Clause 5A (Workforce Equality Audits) is deleted in its entirety and is "
        "not replaced.",
    ),
    (
        "weak",
        set(),
        "Clause 6 - Staff\n\n6.1 The Operator shall, and shall make its site managers: "
        "(a) keep to all environmental, employment, pensions and tax legislation that binds "
        "it in the State; (b) wear the passes issued by the Board on site.",
    ),
    (
        "weak",
        set(),
        "The Vendor shall obey all federal, state and local laws, including without limitation "
        "wage-and-hour, unemployment insurance and workers' compensation laws.",
    ),
    (
        "moderate",
        {"commitment", "grounds", "remedies"},
        "Article 4 - Social conditions\n\nThe Supplier shall meet every condition in the "
        "table below while it performs the Contract.\n\n"
        "| Ref. | Condition | Consequence |\n|---|---|---|\n"
        "| S1 | Ensure equal treatment of its workers and job applicants whatever their age, "
        "sex or religion | Termination under Article 20 |\n"
        "| S2 | Keep the site tidy | Deduction of EUR 200 |",
    ),
    (
        "strong",
        {"commitment", "grounds", "monitoring", "remedies"},
        "Annex 2 - Placement conditions\n\n"
        "| No. | Condition | Check | Sanction |\n|---|---|---|---|\n"
        "| P1 | The Contractor shall not accept any hirer's instruction to use recruitment "
        "requirements relating to religion, ethnic origin or age when it places workers. | "
        "Mystery calls by the Council twice a year | Penalty EUR 2,500 per proven breach |",
    ),
    (
        "strong",
        {"commitment", "grounds", "monitoring", "remedies"},
        "9. EQUAL OPPORTUNITIES 9.1 The Supplier shall not treat any of its employees or job "
        "applicants less favourably because of race, sex or disability. 9.2 On request the "
        "Supplier shall provide the Council with data on its workforce for checking compliance "
        "with clause 9.1.\n\n"
        "30. TERMINATION 30.1 The Council may terminate the Contract by written notice if:\n\n"
        "(a) the Supplier becomes insolvent, has a receiver or administrator appointed over any "
        "of its assets or enters into a composition with its creditors; (b) the Supplier is in "
        "breach of its equal opportunities obligations in clause 9 and has not put the breach "
        "right within 30 days of a written notice from the Council; or (c) the Supplier ceases "
        "to carry on its business in the normal way.",
    ),
    (
        "moderate",
        {"commitment", "grounds"},
        "14. EQUALITY 14.1 The Provider shall not discriminate against any employee or job "
        "applicant because of age, sex or religion. 14.2 The Council has not adopted, and this "
        "Agreement does not provide for, service credits or termination for a breach of clause "
        "14.1.",
    ),
    (
        "moderate",
        {"commitment", "grounds"},
        "7. EQUALITY 7.1 The Supplier shall comply with the Equality Act 2010 in relation to its "
        "staff. 7.2 The Council may inspect the Supplier's timesheets and invoices under clause "
        "22 (Records).",
    ),
]

HARD_NEGATIVES = [
    "All tenders will be evaluated fairly and without discrimination in accordance with the "
    "Public Contracts Regulations 2015.",
    "The Licensee shall not discriminate against any end user in the provision of access to "
    "the Platform.",
    "The Supplier shall pay all workers at least the Real Living Wage.",
    "Each party shall comply with applicable anti-bribery and anti-corruption laws.",
    "Patients will be admitted without discrimination as to race, colour or creed.",
    "The contracting authority shall ensure equal treatment of tenderers and shall not "
    "disclose one tenderer's information to another.",
    "Under the Act, no person shall be subjected to discrimination in employment on grounds "
    "of religion or belief.",
    "The Supplier will run workshops for the Council's managers on the Equality Act 2010 and "
    "on the protected characteristics, and will report attendance every quarter.",
    "The Carrier shall comply with the Americans with Disabilities Act and shall not deny a "
    "seat to any passenger because of disability or national origin.",
    "The Supplier shall retrain the eligibility model whenever its outputs show unlawful "
    "discrimination against claimants within the meaning of the Equality Act 2010 because of "
    "age, sex or disability.",
    "The Subrecipient shall comply with Title VI of the Civil Rights Act of 1964, and no "
    "person shall be excluded from the funded services because of race, color or national "
    "origin.",
    "The Vendor shall ensure that the AI screening tool it licenses to the Agency does not "
    "discriminate against any job applicant because of race or sex.",
    # service users protected by equality law, not the operator's staff
    "The Operator shall see that no Passenger is charged more or refused a seat because of "
    "race, sex or disability, and shall comply with the Equality Act 2010 when serving the "
    "travelling public.",
    "The Vendor accepts that each partner library must meet its own duties towards patrons "
    "under equality legislation and shall help it assess the kiosks.",
    # a definition binds nobody: without a commitment it is no clause
    '"Equality Legislation" means the Equality Act 2010 and any code of practice issued by '
    "the Equality and Human Rights Commission.",
    "The Carrier shall comply with Part 12 of the Equality Act 2010 and shall convey every "
    "pupil on a Route without regard to the pupil's disability, race or sex.",
    "The Concessionaire shall grant every Authorised Operator access to its ducts on fair "
    "terms. Where the Regulator finds undue discrimination between operators, it may order "
    "the Concessionaire to pay back any overcharge and to pay damages.",
    "The Grantee assures that no person shall, because of race, colour or national origin, be "
    "excluded from participation in, or be denied the benefits of, any program or activity "
    "funded under this Agreement, and may be terminated for failure to comply.",
]


def test_grounds_without_a_contractor_duty_are_not_evidence(grader: ClauseGrader) -> None:
    text = (
        "The Council is bound by the public sector equality duty in section 149 of the "
        "Equality Act 2010 and must have due regard to eliminating discrimination because of "
        "race, sex or disability. Bidders may ask for the equality impact assessment."
    )
    result = grader.grade_text(text, "en")
    assert result.level == "absent"
    assert not any(v.present for v in result.elements.values())


@pytest.mark.parametrize(("level", "elements", "text"), CASES)
def test_levels_and_elements(
    level: str, elements: set[str], text: str, grader: ClauseGrader
) -> None:
    result = grader.grade_text(text, "en")
    assert result.level == level
    assert {k for k, v in result.elements.items() if v.present} == elements


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_hard_negatives_are_absent(text: str, grader: ClauseGrader) -> None:
    result = grader.grade_text(text, "en")
    assert result.level == "absent"
    assert not result.elements["commitment"].present


def test_negated_action_plan_does_not_count(grader: ClauseGrader) -> None:
    text = (
        "The Contractor shall not discriminate against its staff on grounds of sex or race. "
        "Where shortcomings are found, the Contractor is not required to submit an action plan."
    )
    assert not grader.grade_text(text, "en").elements["action_plan"].present


def test_elements_aggregate_across_articles(grader: ClauseGrader) -> None:
    text = (
        "Article 5 - Staff\n\nThe Contractor shall not discriminate against its employees on "
        "grounds of race, sex or disability.\n\n"
        "Article 12 - Invoicing\n\nInvoices are payable within 30 days.\n\n"
        "Article 21 - Verification\n\nThe Authority may verify compliance with Article 5 by "
        "situation testing.\n\n"
        "Article 30 - Termination\n\nA breach of Article 5 entitles the Authority to terminate "
        "the Contract."
    )
    result = grader.grade_text(text, "en")
    assert result.level == "strong"
    assert result.elements["monitoring"].evidence[0].article == "21"
    assert result.elements["remedies"].evidence[0].article == "30"
