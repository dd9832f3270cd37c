"""Build the four DOCX pairs of the en blind set (round 25).

Run:  python3 build.py   (writes before/ and after/ next to this file)
Each document is a list of blocks: ("title", text), ("p", text) or
("art", "Article N - Title").  The revision is derived from the version in
force by explicit, checked edits (or, for en_84, written out in full).
"""
import copy
import os

from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))


# ---------------------------------------------------------------- helpers
def write_docx(blocks, path):
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    for kind, text in blocks:
        if kind == "title":
            doc.add_heading(text, level=1)
        elif kind == "art":
            doc.add_heading(text, level=2)
        elif kind == "sub":
            doc.add_paragraph(text, style="List Bullet")
        else:
            doc.add_paragraph(text)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    doc.save(path)


def replace(blocks, old, new):
    """Replace one exact substring; it must occur in exactly one block once."""
    hits = [i for i, (_, t) in enumerate(blocks) if old in t]
    assert len(hits) == 1 and blocks[hits[0]][1].count(old) == 1, (old, hits)
    i = hits[0]
    blocks[i] = (blocks[i][0], blocks[i][1].replace(old, new))


def index_of(blocks, text):
    hits = [i for i, (_, t) in enumerate(blocks) if t.startswith(text)]
    assert len(hits) == 1, (text, hits)
    return hits[0]


def replace_range(blocks, start_text, end_text, new_blocks):
    """Replace blocks from the one starting with start_text up to (not incl.) end_text."""
    a = index_of(blocks, start_text)
    b = index_of(blocks, end_text)
    blocks[a:b] = new_blocks


def words(blocks):
    return sum(len(t.split()) for _, t in blocks)


# ================================================================ en_81
# Eastmere Borough Council, office cleaning. Before: exemplary.
# After: the action plan replaced by "may discuss the findings" -> strong.
EN81 = [
    ("title", "EASTMERE BOROUGH COUNCIL"),
    ("p", "Terms and Conditions of Contract for Office Cleaning Services"),
    ("p", "Template reference EBC/PROC/CT-07, version 3.2 - approved by the Procurement Board on 12 March 2024, in force from 1 April 2024"),
    ("art", "Article 1 - Definitions and interpretation"),
    ("p", "1.1 In these Conditions: \"Council\" means Eastmere Borough Council; \"Contractor\" means the person whose tender is accepted by the Council; \"Contract\" means these Conditions together with the Specification, the Pricing Schedule and the Contractor's tender; \"Contract Value\" means the total estimated value of the Contract over its full term including any extension, excluding VAT; \"Services\" means the cleaning services described in the Specification; \"Premises\" means the Council buildings listed in Schedule 1."),
    ("p", "1.2 Headings are for convenience only. A reference to a statute includes any amendment or re-enactment of it. If there is a conflict between these Conditions and any other Contract document, these Conditions prevail."),
    ("art", "Article 2 - Object of the Contract"),
    ("p", "2.1 The Contractor shall provide daily office cleaning, periodic deep cleaning, internal and external window cleaning up to first-floor level and the replenishment of washroom consumables at the Premises, in accordance with the Specification."),
    ("p", "2.2 The Council does not guarantee any minimum volume of work. The Council may add or remove premises on 30 days' written notice, and the monthly price shall be adjusted using the rates in the Pricing Schedule."),
    ("art", "Article 3 - Duration"),
    ("p", "3.1 The Contract starts on the Commencement Date stated in the award letter and runs for an initial period of three years."),
    ("p", "3.2 The Council may extend the Contract by up to two further periods of twelve months each by giving the Contractor at least three months' written notice before the end of the current period."),
    ("art", "Article 4 - Price"),
    ("p", "4.1 The Contract price is the fixed monthly sum stated in the Pricing Schedule. It covers all labour, materials, equipment, supervision, travel and overheads."),
    ("p", "4.2 Prices are fixed for the first twelve months. Thereafter they may be adjusted once a year by no more than the change in the Consumer Prices Index over the preceding twelve months, on a written request made at least 60 days before the anniversary of the Commencement Date."),
    ("p", "4.3 The Contractor shall pay all staff engaged on the Services at least the hourly rate stated in the Specification."),
    ("art", "Article 5 - Invoicing and payment"),
    ("p", "5.1 The Contractor shall invoice monthly in arrears, quoting the Council's purchase order number, and shall submit invoices electronically to the address given in the award letter."),
    ("p", "5.2 The Council shall pay valid and undisputed invoices within 30 days of receipt. The Council may set off against any sum due to the Contractor any amount the Contractor owes the Council under the Contract."),
    ("art", "Article 6 - Performance of the Services"),
    ("p", "6.1 The Contractor shall perform the Services with the skill, care and diligence of a competent cleaning contractor and shall meet the service levels set out in the Specification."),
    ("p", "6.2 The Contractor shall appoint a contract manager who shall attend a monthly performance meeting with the Council's Facilities Officer and report on attendance, complaints and service levels."),
    ("p", "6.3 The Contractor shall comply with all health and safety legislation and with the Council's site rules, and shall provide its staff with suitable personal protective equipment."),
    ("art", "Article 7 - Contractor's personnel"),
    ("p", "7.1 The Contractor shall ensure that all staff engaged on the Services are properly trained, supervised and vetted as described in the Specification and have the right to work in the United Kingdom."),
    ("p", "7.2 The Council may require the removal of any member of staff whose conduct is, in the Council's reasonable opinion, unsatisfactory. The Council shall give its reasons in writing."),
    ("art", "Article 8 - Equality and non-discrimination"),
    ("p", "8.1 The Contractor shall not unlawfully discriminate against, harass or victimise any person in the recruitment, selection, pay, training, promotion, working conditions or dismissal of the staff it employs, whether or not they are engaged on the Services."),
    ("p", "8.2 In particular, the Contractor shall not treat any employee or job applicant less favourably because of age, disability, gender reassignment, marriage and civil partnership, pregnancy and maternity, race (including colour, nationality and ethnic or national origin), religion or belief, sex or sexual orientation, and shall comply with the Equality Act 2010 and any statutory code of practice issued under it."),
    ("p", "8.3 The Contractor shall take all reasonable steps to ensure that its managers, and any person involved in recruitment on its behalf, are aware of these obligations."),
    ("art", "Article 9 - Subcontracting"),
    ("p", "9.1 The Contractor shall not subcontract any part of the Services without the Council's prior written consent, which shall not be unreasonably withheld. The Contractor remains responsible for the acts and omissions of its subcontractors as if they were its own."),
    ("p", "9.2 The Contractor shall include in every subcontract, and in every contract with an employment agency supplying workers for the Services, obligations equivalent to those in Article 8, and shall ensure that its subcontractors and agencies comply with them."),
    ("art", "Article 10 - Equality monitoring"),
    ("p", "10.1 Within three months of the Commencement Date, and afterwards on request but not more than once a year, the Contractor shall complete the Council's equality self-assessment questionnaire and attach the supporting evidence it asks for (such as the Contractor's equality policy, its recruitment procedure and anonymised workforce data)."),
    ("p", "10.2 The Council may request further information or documents, carry out an audit of the Contractor's recruitment and employment practice relating to Article 8, or commission situation testing of the Contractor's recruitment by an independent organisation. The Contractor shall cooperate with such checks."),
    ("p", "10.3 The Council may report any suspected breach of Article 8 to the Equality and Human Rights Commission. The Contractor shall inform the Council within ten working days of any finding of unlawful discrimination made against it by an employment tribunal."),
    ("art", "Article 11 - Equality action plan"),
    ("p", "11.1 Where the questionnaire or a check under Article 10 shows that the Contractor does not meet its obligations under Article 8, the Contractor shall, within 60 days of the Council's written notice, submit an equality action plan setting out the measures it will take, the persons responsible and a timetable."),
    ("p", "11.2 The Council's Equality and Diversity Team will offer the Contractor guidance and coaching in preparing and carrying out the plan, and will review progress with the Contractor at least every six months until the plan has been completed."),
    ("art", "Article 12 - Remedies for breach of equality obligations"),
    ("p", "12.1 If the Contractor fails to complete the questionnaire, refuses to cooperate with a check, fails to submit or implement an action plan, or persists in a breach of Article 8 after coaching, the Council may:"),
    ("sub", "(a) deduct 2% of the monthly price for each month in which the failure continues, as liquidated damages;"),
    ("sub", "(b) require the Contractor to replace the subcontractor or agency concerned; and"),
    ("sub", "(c) terminate the Contract under Article 17.2."),
    ("p", "12.2 A finding of unlawful discrimination by a court or tribunal against the Contractor in respect of staff engaged on the Services is a material breach of the Contract. The Council may treat it as grave professional misconduct when deciding whether to exclude the Contractor from future procurement procedures."),
    ("art", "Article 13 - Application of Articles 10 to 12"),
    ("p", "13.1 Articles 10 to 12 apply where the Contract Value is GBP 100,000 or more and the Contractor employs 11 or more staff. Articles 8 and 9 apply to every contract let on these Conditions."),
    ("art", "Article 14 - Confidentiality"),
    ("p", "14.1 Each party shall keep confidential all information of the other party that it obtains under the Contract and shall use it only to perform the Contract. This does not apply to information that is public, that a party is required to disclose by law, or that the Council must disclose under the Freedom of Information Act 2000."),
    ("art", "Article 15 - Data protection"),
    ("p", "15.1 The Contractor is not expected to process personal data on the Council's behalf except the names of key-holders and access logs. Where it does, it acts as processor, shall process the data only on the Council's documented instructions, shall keep it secure and shall comply with the UK GDPR and the Data Protection Act 2018."),
    ("art", "Article 16 - Late or defective performance"),
    ("p", "16.1 Where the Services fall below the service levels in the Specification, the service credits in the Pricing Schedule apply. Service credits are a price adjustment reflecting the reduced value of the Services and are not a penalty."),
    ("p", "16.2 Where the Contractor fails to start a scheduled deep clean or window clean on the agreed date, the Council may arrange for the work to be done by another contractor and recover the additional cost."),
    ("art", "Article 17 - Termination"),
    ("p", "17.1 Either party may terminate the Contract with immediate effect if the other party becomes insolvent or enters into an arrangement with its creditors."),
    ("p", "17.2 The Council may terminate the Contract by written notice if the Contractor commits a material breach that is not remedied within 30 days of notice, or in the cases set out in Article 12.1(c)."),
    ("p", "17.3 The Council may terminate the Contract without cause on six months' written notice."),
    ("art", "Article 18 - Disputes and governing law"),
    ("p", "18.1 The parties shall first try to resolve any dispute through their contract managers and then through senior officers. A dispute not resolved within 40 working days may be referred to mediation. The Contract is governed by the law of England and Wales and the courts of England and Wales have exclusive jurisdiction."),
]


def en81_after():
    b = copy.deepcopy(EN81)
    replace(b, "version 3.2 - approved by the Procurement Board on 12 March 2024, in force from 1 April 2024",
            "version 3.3 - approved by the Procurement Board on 9 September 2025, in force from 1 October 2025")
    replace(b, "initial period of three years.", "initial period of four years.")
    replace(b, "by no more than the change in the Consumer Prices Index over",
            "by no more than the change in the Consumer Prices Index including owner occupiers' housing costs (CPIH) over")
    replace_range(b, "Article 11 - Equality action plan", "Article 12 - Remedies", [
        ("art", "Article 11 - Follow-up of findings"),
        ("p", "11.1 Where the questionnaire or a check under Article 10 shows that the Contractor does not meet its obligations under Article 8, the Council may discuss the findings with the Contractor at the next monthly performance meeting."),
        ("p", "11.2 The Contractor may, if it wishes, inform the Council of any steps it intends to take in response."),
    ])
    replace(b, "fails to submit or implement an action plan, or persists in a breach of Article 8 after coaching,",
            "or persists in a breach of Article 8 after the findings have been discussed with it,")
    replace(b, "submit invoices electronically to the address given in the award letter.",
            "submit invoices through the Council's e-invoicing portal.")
    return b


# ================================================================ en_82
# Ballinacree County Council, grounds maintenance. Before: strong
# (no action plan). After: action plan + coaching added -> exemplary.
EN82 = [
    ("title", "BALLINACREE COUNTY COUNCIL"),
    ("p", "Standard Conditions of Contract - Grounds Maintenance Services (Parks, Cemeteries and Amenity Areas)"),
    ("p", "Procurement Unit template GM-2023-04. Issued with the Request for Tenders; the successful tenderer signs these Conditions with the Form of Agreement."),
    ("art", "Article 1 - Definitions"),
    ("p", "1.1 \"Council\" means Ballinacree County Council. \"Contractor\" means the tenderer to whom the contract is awarded. \"Contract\" means these Conditions, the Specification of Works, the Bill of Rates and the Contractor's tender. \"Sites\" means the parks, cemeteries and amenity areas listed in the Specification. \"Season\" means the period from 1 March to 31 October of each year."),
    ("art", "Article 2 - Scope of the services"),
    ("p", "2.1 The Contractor shall carry out grass cutting, hedge and shrub maintenance, weed control by non-chemical means, leaf clearance, litter picking and the emptying of litter bins at the Sites, at the frequencies set out in the Specification of Works."),
    ("p", "2.2 The Council may order additional works, such as the planting of trees or the repair of paths, at the rates in the Bill of Rates. Works not covered by the Bill of Rates shall be priced by agreement before they start."),
    ("art", "Article 3 - Term"),
    ("p", "3.1 The Contract runs for two Seasons from the date of the Letter of Acceptance, and may be extended by the Council for one further Season on the same terms."),
    ("art", "Article 4 - Contract sum and payment"),
    ("p", "4.1 The Council shall pay the Contractor monthly for the works certified as completed by the Council's Parks Superintendent, at the rates in the Bill of Rates. Rates are fixed for the term of the Contract."),
    ("p", "4.2 Payment shall be made within 30 days of receipt of a correct invoice. Interest on late payment is due in accordance with the European Communities (Late Payment in Commercial Transactions) Regulations 2012."),
    ("art", "Article 5 - Tax clearance and insurance"),
    ("p", "5.1 The Contractor shall hold a valid tax clearance for the duration of the Contract and shall provide its tax reference details on request."),
    ("p", "5.2 The Contractor shall maintain employer's liability insurance with an indemnity of at least EUR 13 million and public liability insurance with an indemnity of at least EUR 6.5 million for any one event, and shall produce the policies or broker's certificates on request."),
    ("art", "Article 6 - Contractor's staff and employment law"),
    ("p", "6.1 The Contractor shall comply with all employment legislation in force from time to time, including legislation on the minimum wage, working time and the organisation of working time, and with any sectoral employment order applicable to its staff."),
    ("p", "6.2 The Contractor shall employ a sufficient number of competent staff to carry out the services and shall ensure that at least one member of each crew holds a valid certificate for the safe use of the machinery deployed."),
    ("art", "Article 7 - Equality in employment"),
    ("p", "7.1 The Contractor shall not discriminate, directly or indirectly, against any employee or applicant for employment in access to employment, conditions of employment, pay, training, promotion or dismissal, on any of the following grounds: gender, civil status, family status, sexual orientation, religion, age, disability, race (including colour, nationality and ethnic or national origin) or membership of the Traveller community."),
    ("p", "7.2 The Contractor shall comply with the Employment Equality Acts 1998 to 2021 and shall take reasonable steps to prevent harassment and sexual harassment of its staff at the Sites."),
    ("art", "Article 8 - Subcontractors and agency workers"),
    ("p", "8.1 The Contractor shall not subcontract any part of the services without the Council's written consent. The Contractor shall ensure that every subcontractor, and every employment agency that supplies workers for the services, is bound by obligations equal to those in Article 7, and shall be responsible to the Council for any breach of them."),
    ("art", "Article 9 - Equality compliance checks"),
    ("p", "9.1 At the Council's request, the Contractor shall complete the Council's equality compliance questionnaire and provide copies of its equality policy, its recruitment procedures and any other documents the Council reasonably requires to verify compliance with Articles 7 and 8."),
    ("p", "9.2 The Council may carry out, or appoint an independent person to carry out, a review of the Contractor's employment practice in relation to Article 7, including interviews with staff who consent to them. The Contractor shall give reasonable access to records and premises for this purpose."),
    ("p", "9.3 The Council may refer any matter that suggests a breach of Article 7 to the Workplace Relations Commission or the Irish Human Rights and Equality Commission."),
    ("art", "Article 10 - Consequences of non-compliance"),
    ("p", "10.1 If the Contractor breaches Article 7 or 8, or fails to cooperate with a check under Article 9, the Council may by written notice require the breach to be remedied within a stated period. If it is not remedied, the Council may withhold 5% of each subsequent monthly payment until it is remedied and may terminate the Contract under Article 14."),
    ("p", "10.2 A breach of Article 7 established by a decision of the Workplace Relations Commission or a court may be treated by the Council as grave professional misconduct under Regulation 57(8)(c) of the European Union (Award of Public Authority Contracts) Regulations 2016 when deciding whether to exclude the Contractor from later competitions."),
    ("art", "Article 11 - Confidentiality and freedom of information"),
    ("p", "11.1 The Contractor shall treat as confidential all information provided by the Council. The Contractor acknowledges that the Council is subject to the Freedom of Information Act 2014 and may be required to release information about the Contract."),
    ("art", "Article 12 - Data protection"),
    ("p", "12.1 Where the Contractor processes personal data for the Council, for example CCTV footage from cemetery gates or contact details of allotment holders, it does so as processor under the General Data Protection Regulation and the Data Protection Act 2018, only on the Council's written instructions, and shall delete the data at the end of the Contract."),
    ("art", "Article 13 - Health and safety"),
    ("p", "13.1 The Contractor shall comply with the Safety, Health and Welfare at Work Act 2005, shall submit a safety statement and method statements before starting work, and shall fence off work areas from members of the public."),
    ("p", "13.2 Where work is not carried out on the scheduled day without good reason, the Council may deduct the value of the missed work and arrange for it to be done by others at the Contractor's expense."),
    ("art", "Article 14 - Termination"),
    ("p", "14.1 The Council may terminate the Contract by written notice if the Contractor becomes insolvent, fails to remedy a material breach within 21 days of notice, or in the cases set out in Article 10.1. The Council may also terminate without cause at the end of any Season on three months' notice."),
    ("art", "Article 15 - Disputes"),
    ("p", "15.1 Disputes shall first be referred to a meeting of the parties' senior representatives and, failing agreement within 30 days, to mediation. The Contract is governed by Irish law and the Irish courts have exclusive jurisdiction."),
]


def en82_after():
    b = copy.deepcopy(EN82)
    replace(b, "template GM-2023-04.", "template GM-2025-02.")
    replace(b, "The Contract runs for two Seasons", "The Contract runs for three Seasons")
    replace(b, "Article 9 - Equality compliance checks", "Article 9 - Equality compliance checks and action plan")
    i = index_of(b, "9.3 The Council may refer")
    b[i + 1:i + 1] = [
        ("p", "9.4 Where a check under this Article shows that the Contractor falls short of its obligations under Article 7, the Contractor shall, within 45 days of the Council's notice, submit an equality action plan for the Council's approval, stating the measures to be taken, the person responsible for each measure and the dates by which they will be completed."),
        ("p", "9.5 The Council's Social Inclusion Unit will support the Contractor in drawing up and implementing the plan, including through coaching sessions with the Contractor's managers, and will review its implementation with the Contractor every three months."),
    ]
    replace(b, "or fails to cooperate with a check under Article 9,",
            "fails to cooperate with a check under Article 9, or fails to submit or carry out an approved action plan,")
    replace(b, "public liability insurance with an indemnity of at least EUR 6.5 million",
            "public liability insurance with an indemnity of at least EUR 7.5 million")
    return b


# ================================================================ en_84
# Northbeck Combined Authority, security guarding. Before: exemplary, clause
# in Article 9. After: complete restructure; the clause reworded into
# Schedule 2, made binding by Article 2; every reference updated -> exemplary.
EN84 = [
    ("title", "NORTHBECK COMBINED AUTHORITY"),
    ("p", "Contract Conditions - Manned Guarding and Reception Security Services"),
    ("p", "Document NCA-CC-SEC-01, edition 2 (2023). These Conditions apply to every call-off under the Authority's security services framework."),
    ("art", "Article 1 - Definitions"),
    ("p", "1.1 \"Authority\" means Northbeck Combined Authority. \"Supplier\" means the organisation appointed to provide the Services. \"Services\" means the manned guarding, reception security, key-holding and alarm response services described in the Specification. \"Sites\" means the Authority's offices, depots and transport interchanges listed in the call-off order."),
    ("art", "Article 2 - Services and standards"),
    ("p", "2.1 The Supplier shall provide the Services at the Sites in accordance with the Specification, the assignment instructions agreed for each Site and good industry practice."),
    ("p", "2.2 All security operatives shall hold a valid Security Industry Authority front-line licence. The Supplier shall be an SIA Approved Contractor throughout the term."),
    ("art", "Article 3 - Term"),
    ("p", "3.1 Each call-off runs for the period stated in the call-off order, which shall not exceed 48 months including extensions."),
    ("art", "Article 4 - Charges and payment"),
    ("p", "4.1 The charges are the hourly rates in the price schedule multiplied by the hours worked as recorded on the Authority's electronic attendance system. Rates include all employment costs, uniforms, equipment and management."),
    ("p", "4.2 The Supplier shall invoice monthly in arrears. The Authority shall pay undisputed invoices within 30 days, and shall notify any dispute within 10 working days of receipt of the invoice."),
    ("art", "Article 5 - Supplier personnel"),
    ("p", "5.1 The Supplier shall provide sufficient trained and screened personnel to meet the agreed rosters, and shall maintain a trained relief pool so that absences are covered without reducing cover."),
    ("p", "5.2 The Authority may require the Supplier to remove from the Sites any operative who in the Authority's reasonable opinion is unsuitable, giving written reasons."),
    ("art", "Article 6 - Health and safety"),
    ("p", "6.1 The Supplier shall carry out risk assessments for lone working and for each Site, and shall comply with the Health and Safety at Work etc. Act 1974 and the Authority's site safety rules."),
    ("art", "Article 7 - Confidentiality"),
    ("p", "7.1 The Supplier shall keep confidential the assignment instructions, alarm codes, site plans and any other information about the security of the Sites, and shall ensure that its personnel do the same, during the term and afterwards."),
    ("art", "Article 8 - Data protection"),
    ("p", "8.1 The Supplier processes CCTV images, visitor logs and access-control data as processor for the Authority. It shall process them only on the Authority's documented instructions, keep them secure, assist the Authority with data subject requests, and comply with the UK GDPR and the Data Protection Act 2018."),
    ("art", "Article 9 - Equal opportunities in employment"),
    ("p", "9.1 The Supplier shall not discriminate, directly or indirectly, against any employee, worker or job applicant in recruitment, selection, pay, training, promotion, discipline, working conditions or dismissal."),
    ("p", "9.2 The Supplier shall comply with the Equality Act 2010 and shall not treat any person less favourably because of a protected characteristic, namely age, disability, gender reassignment, marriage and civil partnership, pregnancy and maternity, race, religion or belief, sex and sexual orientation."),
    ("p", "9.3 The Supplier shall ensure that its subcontractors, and any employment business supplying operatives for the Services, comply with Articles 9.1 and 9.2 in respect of their own staff."),
    ("p", "9.4 Before the start of the Services and every year afterwards, the Supplier shall complete the Authority's equal opportunities self-assessment and provide the evidence it requests. The Authority may request further documents, audit the Supplier's recruitment records, and commission mystery applications to test whether the Supplier's recruitment is free of discrimination."),
    ("p", "9.5 If the self-assessment or a check shows that the Supplier does not meet its obligations under this Article, the Supplier shall within 60 days prepare an equal opportunities action plan. The Authority's Equality and Inclusion Officer will meet the Supplier to help prepare the plan and will monitor its implementation."),
    ("p", "9.6 If the Supplier does not cooperate with the checks in Article 9.4, does not prepare or implement the action plan, or continues to discriminate after the support offered, the Authority may apply the service credit for a Category A failure for each month of non-compliance and may terminate the call-off under Article 14.2."),
    ("p", "9.7 Articles 9.4 to 9.6 apply to call-offs with an estimated value of GBP 50,000 or more."),
    ("art", "Article 10 - Modern slavery"),
    ("p", "10.1 The Supplier shall take reasonable steps to ensure that there is no slavery or human trafficking in its business or supply chain, and shall publish a statement under section 54 of the Modern Slavery Act 2015 if it is required to do so."),
    ("art", "Article 11 - Subcontracting"),
    ("p", "11.1 The Supplier shall not subcontract any of the Services without the Authority's prior written consent. Any subcontract shall contain provisions that give effect to Article 9.3, Article 7 and Article 8."),
    ("art", "Article 12 - Service credits"),
    ("p", "12.1 Failures to meet the key performance indicators in the Specification give rise to the service credits in the price schedule: Category A failures (such as an unfilled post or a missed alarm response) 5% of the monthly charges for the Site; Category B failures 2%."),
    ("art", "Article 13 - Insurance"),
    ("p", "13.1 The Supplier shall maintain employer's liability insurance of at least GBP 10 million, public liability insurance of at least GBP 10 million and professional indemnity insurance of at least GBP 2 million."),
    ("art", "Article 14 - Termination"),
    ("p", "14.1 Either party may terminate a call-off on six months' written notice."),
    ("p", "14.2 The Authority may terminate a call-off with immediate effect if the Supplier loses its SIA approval, commits a material breach that it does not remedy within 20 working days of notice, or in the circumstances described in Article 9.6."),
    ("p", "14.3 On termination the Supplier shall return all keys, passes and documents, and shall cooperate with any incoming supplier, including by providing staff information for the purposes of the Transfer of Undertakings (Protection of Employment) Regulations 2006."),
    ("art", "Article 15 - Disputes"),
    ("p", "15.1 Disputes shall be escalated to the parties' contract managers and then to their directors. If the dispute is not resolved within 30 days, either party may refer it to mediation."),
    ("art", "Article 16 - Governing law"),
    ("p", "16.1 These Conditions are governed by the law of England and Wales."),
]

EN84_AFTER = [
    ("title", "NORTHBECK COMBINED AUTHORITY"),
    ("p", "Security Services Contract - Terms and Conditions (manned guarding, reception security, key-holding and alarm response)"),
    ("p", "Document NCA-CC-SEC-01, edition 3 (2025). Edition 3 restructures the Conditions: the equality, workforce and modern slavery requirements now sit in Schedules 1 to 3."),
    ("art", "Article 1 - Interpretation"),
    ("p", "1.1 In this Contract \"Authority\" means Northbeck Combined Authority; \"Supplier\" means the organisation appointed under the call-off order; \"Services\" means the manned guarding, reception security, key-holding and alarm response services in the Specification; and \"Sites\" means the offices, depots and transport interchanges named in the call-off order."),
    ("art", "Article 2 - Contract documents"),
    ("p", "2.1 The Contract consists of the call-off order, these Terms and Conditions, Schedule 1 (Workforce Requirements), Schedule 2 (Equality and Fair Employment), Schedule 3 (Responsible Supply Chain), the Specification and the price schedule."),
    ("p", "2.2 The Schedules form part of the Contract and are binding on the Supplier in the same way as these Terms and Conditions. If there is an inconsistency, these Terms and Conditions and their Schedules prevail over the Specification and the price schedule."),
    ("art", "Article 3 - Duration of call-offs"),
    ("p", "3.1 A call-off lasts for the period in the call-off order, up to a maximum of 48 months including any extension."),
    ("art", "Article 4 - What the Supplier must provide"),
    ("p", "4.1 The Supplier shall deliver the Services at the Sites in line with the Specification, the assignment instructions for each Site and good industry practice, and shall remain an SIA Approved Contractor throughout. Every security operative must hold a valid SIA front-line licence."),
    ("p", "4.2 The Supplier's obligations regarding staffing levels, screening, relief cover and the removal of unsuitable operatives are set out in Schedule 1."),
    ("art", "Article 5 - Price and invoicing"),
    ("p", "5.1 The Authority pays the hourly rates in the price schedule for hours recorded on its electronic attendance system. The rates include all employment costs, uniforms, equipment and management."),
    ("p", "5.2 Invoices are submitted monthly in arrears. The Authority pays undisputed invoices within 30 days and notifies any dispute within 10 working days."),
    ("art", "Article 6 - Performance regime"),
    ("p", "6.1 Where the Supplier misses a key performance indicator in the Specification, a service credit is deducted from the monthly charges for the Site concerned: 5% for a Category A failure (for example an unfilled post or a missed alarm response) and 2% for a Category B failure."),
    ("p", "6.2 The service credit for a Category A failure also applies in the cases provided for in paragraph 6 of Schedule 2."),
    ("art", "Article 7 - Safety, confidentiality and data"),
    ("p", "7.1 The Supplier shall carry out site and lone-working risk assessments and comply with the Health and Safety at Work etc. Act 1974 and the Authority's site safety rules."),
    ("p", "7.2 The Supplier and its personnel shall keep confidential, during and after the Contract, all assignment instructions, alarm codes, site plans and other information about the security of the Sites."),
    ("p", "7.3 In handling CCTV images, visitor logs and access-control data the Supplier acts as the Authority's processor: it processes them only on documented instructions, keeps them secure, helps the Authority answer data subject requests and complies with the UK GDPR and the Data Protection Act 2018."),
    ("art", "Article 8 - Subcontracting"),
    ("p", "8.1 No part of the Services may be subcontracted without the Authority's prior written consent. Every subcontract must give effect to Article 7 and to paragraph 3 of Schedule 2."),
    ("art", "Article 9 - Insurance"),
    ("p", "9.1 The Supplier shall hold employer's liability and public liability insurance of at least GBP 10 million each and professional indemnity insurance of at least GBP 2 million."),
    ("art", "Article 10 - Ending a call-off"),
    ("p", "10.1 Either party may end a call-off by giving six months' written notice."),
    ("p", "10.2 The Authority may end a call-off immediately by written notice if the Supplier loses SIA approval, fails to put right a material breach within 20 working days of being notified of it, or in the cases described in paragraph 6 of Schedule 2."),
    ("p", "10.3 When a call-off ends the Supplier shall hand back all keys, passes and documents and cooperate with any incoming supplier, including by providing staff information under the Transfer of Undertakings (Protection of Employment) Regulations 2006."),
    ("art", "Article 11 - Disputes and law"),
    ("p", "11.1 Disputes go first to the contract managers, then to the directors of each party and, if still unresolved after 30 days, may be referred to mediation by either party. The Contract is governed by the law of England and Wales."),
    ("title", "Schedule 1 - Workforce Requirements"),
    ("p", "1. The Supplier shall maintain enough trained and screened personnel to cover the agreed rosters, with a trained relief pool so that absences do not reduce cover."),
    ("p", "2. The Authority may, giving written reasons, require the Supplier to remove from the Sites any operative whom it reasonably considers unsuitable."),
    ("title", "Schedule 2 - Equality and Fair Employment"),
    ("p", "1. In recruiting, selecting, paying, training, promoting, disciplining and dismissing its employees and workers, and in setting their working conditions, the Supplier must not discriminate against any of them or against any job applicant, whether directly or indirectly."),
    ("p", "2. The Supplier shall meet its obligations under the Equality Act 2010. It must not treat anyone less favourably because of age, disability, gender reassignment, marriage or civil partnership, pregnancy or maternity, race, religion or belief, sex or sexual orientation."),
    ("p", "3. Paragraphs 1 and 2 apply equally to the staff of the Supplier's subcontractors and of any employment business that supplies operatives for the Services, and the Supplier is responsible for securing their compliance."),
    ("p", "4. The Supplier shall complete the Authority's equal opportunities self-assessment, with the supporting evidence requested, before the Services begin and once a year after that. The Authority is entitled to ask for further documents, to audit the Supplier's recruitment records and to arrange mystery applications to check that the Supplier recruits without discrimination."),
    ("p", "5. Where the self-assessment or a check reveals that the Supplier is not meeting this Schedule, the Supplier must produce an equal opportunities action plan within 60 days. The Authority's Equality and Inclusion Officer will work with the Supplier in drawing up the plan and will follow its implementation."),
    ("p", "6. Should the Supplier fail to cooperate with the checks in paragraph 4, fail to produce or carry out the action plan, or go on discriminating after the Authority's support, the Authority may deduct the Category A service credit under Article 6 for every month in which the failure lasts and may end the call-off under Article 10.2."),
    ("p", "7. Paragraphs 4 to 6 apply where the estimated value of the call-off is GBP 50,000 or more."),
    ("title", "Schedule 3 - Responsible Supply Chain"),
    ("p", "1. The Supplier shall take reasonable steps to ensure that no slavery or human trafficking takes place in its business or its supply chain, and shall publish a statement under section 54 of the Modern Slavery Act 2015 where the law requires it."),
]


# ================================================================ en_85
# City of Cedar Hollow (Ohio), IT service desk. Before: strong with flowdown
# (commitment, grounds, flowdown, monitoring, remedies). After: subcontractors
# exempted -> still strong but flowdown lost.
EN85 = [
    ("title", "CITY OF CEDAR HOLLOW, OHIO"),
    ("p", "Professional Services Agreement - IT Service Desk and Desktop Support"),
    ("p", "Department of Finance, Division of Purchasing - Standard Form PSA-IT (rev. 2022). This Agreement is between the City of Cedar Hollow (the \"City\") and the vendor named on the signature page (the \"Vendor\")."),
    ("art", "Article 1 - Scope of Services"),
    ("p", "1.1 The Vendor shall provide first- and second-line service desk support to approximately 1,400 City users, desktop and laptop imaging, deployment and break-fix, and end-user onboarding, as further described in Exhibit A (Statement of Work)."),
    ("p", "1.2 The service desk shall be staffed from 7:00 a.m. to 7:00 p.m. Eastern Time on business days, with on-call coverage for priority 1 incidents at all other times."),
    ("art", "Article 2 - Term"),
    ("p", "2.1 This Agreement begins on the Effective Date and continues for three (3) years. The City may renew it for up to two (2) additional one-year terms by written notice given at least sixty (60) days before expiration."),
    ("art", "Article 3 - Compensation"),
    ("p", "3.1 The City shall pay the Vendor the fixed monthly fee and the unit rates in Exhibit B (Price Schedule). The total compensation under this Agreement shall not exceed the amount approved by City Council ordinance without a written amendment."),
    ("p", "3.2 The Vendor shall submit itemized invoices monthly. The City shall pay undisputed amounts within thirty (30) days of receipt."),
    ("art", "Article 4 - Service Levels"),
    ("p", "4.1 The Vendor shall meet the service levels in Exhibit C. If the Vendor fails to meet a service level in any month, the service level credit specified in Exhibit C shall be deducted from the next invoice. Credits are the City's sole monetary remedy for service level failures."),
    ("art", "Article 5 - Vendor Personnel"),
    ("p", "5.1 The Vendor shall assign qualified personnel and shall name a service delivery manager who is the City's primary contact. Key personnel named in the proposal may not be replaced without the City's consent, which shall not be unreasonably withheld."),
    ("p", "5.2 All Vendor personnel with access to City systems shall pass a criminal background check conducted in accordance with applicable law and shall sign the City's acceptable use policy."),
    ("art", "Article 6 - Independent Contractor"),
    ("p", "6.1 The Vendor is an independent contractor. Nothing in this Agreement creates an employment, partnership or agency relationship between the City and the Vendor or any Vendor personnel."),
    ("art", "Article 7 - Insurance"),
    ("p", "7.1 The Vendor shall maintain commercial general liability insurance of at least $1,000,000 per occurrence, workers' compensation insurance as required by Ohio law, and technology errors and omissions and cyber liability insurance of at least $2,000,000 per claim, naming the City as additional insured where applicable."),
    ("art", "Article 8 - Confidentiality and Data Security"),
    ("p", "8.1 The Vendor shall protect City data using safeguards no less rigorous than those described in Exhibit D, shall use City data only to perform this Agreement, and shall notify the City of any security incident affecting City data within twenty-four (24) hours of discovery."),
    ("p", "8.2 The Vendor acknowledges that the City is subject to the Ohio Public Records Act and that records relating to this Agreement may be disclosed in accordance with that Act."),
    ("art", "Article 9 - Compliance with Laws"),
    ("p", "9.1 The Vendor shall comply with all applicable federal, state and local laws, including laws governing wages, hours and workplace safety."),
    ("art", "Article 10 - Equal Employment Opportunity"),
    ("p", "10.1 The Vendor shall not discriminate against any employee or applicant for employment because of race, color, religion, sex (including pregnancy), sexual orientation, gender identity, national origin, ancestry, age, disability, military status or genetic information. This obligation covers hiring, compensation, training, promotion, discipline, layoff and termination."),
    ("p", "10.2 The Vendor shall comply with Title VII of the Civil Rights Act of 1964, the Americans with Disabilities Act of 1990, the Age Discrimination in Employment Act of 1967 and Chapter 4112 of the Ohio Revised Code, and shall post in conspicuous places notices setting forth the provisions of this Article."),
    ("p", "10.3 The Vendor shall include the provisions of this Article in every subcontract and in every agreement with a staffing agency that supplies personnel for the Services, so that they are binding on each subcontractor and agency, and shall take such action as the City may direct to enforce them."),
    ("p", "10.4 On request the Vendor shall furnish the City's Office of Contract Compliance with workforce composition reports and shall permit the Office access to its employment books, records and accounts to investigate compliance with this Article. The Office may also investigate complaints from employees or applicants that allege a violation of this Article."),
    ("p", "10.5 If the Vendor fails to comply with this Article, the City may cancel, terminate or suspend this Agreement in whole or in part, and the Vendor may be declared ineligible for further City contracts for a period of up to three (3) years."),
    ("art", "Article 11 - Subcontracting and Assignment"),
    ("p", "11.1 The Vendor shall not subcontract or assign any part of this Agreement without the prior written consent of the City's Director of Information Technology. The Vendor shall ensure that each approved subcontractor is bound by Articles 8 and 10 of this Agreement."),
    ("art", "Article 12 - Indemnification"),
    ("p", "12.1 The Vendor shall defend, indemnify and hold harmless the City and its officers and employees from claims, damages and costs arising from the negligent acts or omissions or willful misconduct of the Vendor or its subcontractors in performing this Agreement."),
    ("art", "Article 13 - Termination"),
    ("p", "13.1 The City may terminate this Agreement for convenience on sixty (60) days' written notice. Either party may terminate for material breach not cured within thirty (30) days after written notice. On termination the Vendor shall return all City data and provide transition assistance for up to ninety (90) days at the rates in Exhibit B."),
    ("art", "Article 14 - Governing Law and Venue"),
    ("p", "14.1 This Agreement is governed by the laws of the State of Ohio. Any action arising out of it shall be brought in the Court of Common Pleas of the county in which the City is located."),
    ("art", "Article 15 - Entire Agreement"),
    ("p", "15.1 This Agreement, with its Exhibits, is the entire agreement of the parties and supersedes all prior proposals and negotiations. It may be amended only in writing signed by both parties."),
]


def en85_after():
    b = copy.deepcopy(EN85)
    replace(b, "Standard Form PSA-IT (rev. 2022)", "Standard Form PSA-IT (rev. 2025)")
    replace(b, "10.3 The Vendor shall include the provisions of this Article in every subcontract and in every agreement with a staffing agency that supplies personnel for the Services, so that they are binding on each subcontractor and agency, and shall take such action as the City may direct to enforce them.",
            "10.3 This Article applies to the Vendor's own employees and applicants. It is not flowed down to subcontractors or staffing agencies, which remain responsible for their own compliance with the law.")
    replace(b, "is bound by Articles 8 and 10 of this Agreement.", "is bound by Article 8 of this Agreement.")
    replace(b, "cyber liability insurance of at least $2,000,000 per claim", "cyber liability insurance of at least $5,000,000 per claim")
    replace(b, "within twenty-four (24) hours of discovery.", "within forty-eight (48) hours of discovery.")
    return b


def main():
    pairs = {
        "en_81_cleaning_terms.docx": (EN81, en81_after()),
        "en_82_grounds_maintenance.docx": (EN82, en82_after()),
        "en_84_security_conditions.docx": (EN84, EN84_AFTER),
        "en_85_it_service_desk.docx": (EN85, en85_after()),
    }
    for name, (before, after) in pairs.items():
        write_docx(before, os.path.join(HERE, "before", name))
        write_docx(after, os.path.join(HERE, "after", name))
        n_art = lambda bl: sum(1 for k, _ in bl if k == "art")
        print(f"{name}: before {words(before)} words / {n_art(before)} articles; "
              f"after {words(after)} words / {n_art(after)} articles")


if __name__ == "__main__":
    main()
