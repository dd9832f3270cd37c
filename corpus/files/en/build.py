#!/usr/bin/env python
"""Build the round-24 English blind set (six whole documents) and nothing else.

Files written next to this script:
  en_71_ashcombe_cleaning_conditions.docx   DOCX A  (auto numbering, footnotes, header/footer, merged table)
  en_72_eacmo_facility_fwc_revised.docx     DOCX B  (tracked changes, comment, soft hyphen/nbsp, TOC field)
  en_73_kilbrannagh_etb_school_meals.odt    ODT     (headings, numbered lists, footnote, table, tracked change)
  en_74_lothmuir_booking_platform.html      HTML    (portal page, ol lists, table, footnotes, details)
  en_75_alder_ridge_custodial_terms.pdf     PDF A   (two columns, justified + hyphenation, header, Page x of y)
  en_76_kingsmere_highways_framework.pdf    PDF B   (contents w/ leaders, footnotes, table over page break)
All buyers, addresses and references are fictitious.
"""
import os
import re
import copy
import zipfile
import datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))


# ---------------------------------------------------------------------------
# Boilerplate articles shared (with parameters) by several documents.
# P keys: B (buyer, e.g. "the Council"), Bc (capitalised), C ("the Contractor"),
# cur, wd ("Working Days"), law, courts, dp, svc ("the Services").
# ---------------------------------------------------------------------------
def boiler(key, P):
    B, Bc, C, wd, svc = P["B"], P["Bc"], "the Contractor", P["wd"], P["svc"]
    T = {
        "duration": [
            f"The Contract takes effect on the date on which it is signed by both parties and runs for an initial period of {P['term']}.",
            f"{Bc} may extend the Contract {P['ext']} by giving written notice to {C} no later than three months before the expiry of the current period. {C} may not refuse an extension offered on the terms of the Contract.",
            f"The total duration of the Contract, including any extension, shall not exceed {P['maxterm']}.",
        ],
        "price": [
            f"The prices stated in {P['pricedoc']} are fixed for the first twelve months of the Contract and include all costs of {C}, including labour, materials, equipment, travel, overheads and profit.",
            f"From the first anniversary of the Contract, either party may request a price revision limited to the change in {P['index']} over the preceding twelve months. A revision takes effect only when confirmed in writing by {B}.",
            f"No payment is due for work that {B} has not ordered or that has not been performed in accordance with the Contract.",
        ],
        "invoicing": [
            f"{C} shall invoice monthly in arrears. Each invoice shall quote the purchase order number, the period covered, the quantities delivered and the unit prices applied.",
            f"{Bc} shall pay each undisputed invoice within {P['paydays']} days of receipt. Where part of an invoice is disputed, {B} shall pay the undisputed part and notify {C} of the reasons for withholding the remainder.",
            f"Interest on late payment accrues at the rate provided by {P['latepay']}.",
        ],
        "quality": [
            f"{C} shall operate a documented quality management system for {svc}, certified to ISO 9001 or demonstrably equivalent, for the whole term of the Contract.",
            f"{Bc} may carry out quality inspections of {svc} at any time, with or without notice, and may score the results against the service levels. {C} shall correct any defect found within the period stated in the inspection report.",
            f"The results of inspections shall be reviewed at the quarterly contract meeting and recorded in the minutes, together with any corrective actions agreed.",
        ],
        "insurance": [
            f"{C} shall maintain, with a reputable insurer, public liability insurance of at least {P['cur']}{P['pl']} per event, employer's liability insurance of at least {P['cur']}{P['el']} per event and professional indemnity insurance where relevant to {svc}.",
            f"{C} shall provide certificates of insurance on signature of the Contract and on each renewal. Failure to maintain the required cover is a breach of the Contract.",
        ],
        "confidentiality": [
            f"Each party shall keep confidential all information obtained from the other party in connection with the Contract and shall use it only for the purpose of the Contract.",
            f"This obligation does not apply to information that is already public, that a party is required to disclose by law or by a court, or that {B} must publish under {P['foi']}.",
            f"The obligations in this article survive the expiry or termination of the Contract for five years.",
        ],
        "data_protection": [
            f"Where {C} processes personal data on behalf of {B}, it does so as processor and only on the documented instructions of {B}, in accordance with {P['dp']}.",
            f"{C} shall implement appropriate technical and organisational security measures, keep a record of processing, assist {B} in responding to requests from data subjects, and notify {B} of any personal data breach without undue delay and in any event within 24 hours of becoming aware of it.",
            f"On expiry or termination of the Contract, {C} shall return or securely delete all personal data processed on behalf of {B}, at the choice of {B}, and certify that it has done so.",
        ],
        "health_safety": [
            f"{C} is responsible for the health and safety of its personnel and of any other person affected by the performance of {svc}. It shall provide {B} with its risk assessments and method statements before work starts on any site.",
            f"{C} shall report to {B} without delay any accident, dangerous occurrence or near miss on {B}'s premises and shall cooperate in any investigation.",
        ],
        "lateness": [
            f"Where {C} fails to perform {svc} by the date or within the time stated in the Contract, {B} may apply a deduction of {P['late']} for each day of delay, without prior formal notice.",
            f"The total deductions for delay shall not exceed ten per cent of the annual contract value. Deductions are without prejudice to the other remedies of {B} under the Contract.",
        ],
        "force_majeure": [
            f"Neither party is liable for a failure to perform caused by an event beyond its reasonable control that it could not have foreseen or avoided, provided that it notifies the other party promptly and takes all reasonable steps to limit the consequences.",
            f"Industrial action by the staff of {C} or its suppliers, and shortages of labour or materials, are not force majeure events.",
            f"If a force majeure event prevents performance for more than sixty days, either party may terminate the Contract by written notice without compensation.",
        ],
        "disputes": [
            f"The parties shall try to settle any dispute arising from the Contract by negotiation between their contract managers and, failing agreement within twenty {wd}, between senior representatives.",
            f"If the dispute is not settled within a further thirty days, either party may refer it to {P['courts']}.",
        ],
        "law": [
            f"The Contract is governed by {P['law']}.",
            f"The Contract consists of these conditions, the specification, the pricing schedule and the tender of {C}. In case of conflict they take precedence in that order.",
        ],
        "assignment": [
            f"{C} shall not assign, transfer or charge the Contract or any right under it without the prior written consent of {B}.",
            f"{Bc} may transfer the Contract to any body that succeeds to its functions, on notice to {C}.",
        ],
        "ip": [
            f"All reports, data, drawings and other deliverables produced for {B} under the Contract become the property of {B} on payment.",
            f"{C} warrants that the deliverables do not infringe the intellectual property rights of any third party and shall indemnify {B} against any claim to the contrary.",
        ],
        "coi": [
            f"{C} shall take all necessary measures to prevent any situation in which its impartial and objective performance of the Contract is compromised for reasons of economic interest, family or personal ties, or any other shared interest.",
            f"{C} shall notify {B} in writing without delay of any situation that constitutes or could lead to a conflict of interest.",
        ],
        "notices": [
            f"Notices under the Contract shall be in writing and sent by e-mail with acknowledgement of receipt or by registered post to the addresses stated in the contract particulars.",
            f"A notice sent by e-mail is deemed received on the next {P['wd1']} after it is sent, unless the sender receives an automatic message that it was not delivered.",
        ],
    }
    return list(T[key])


def wc(text):
    return len(re.findall(r"[A-Za-z0-9£$€][^\s]*", text))


def strip_tokens(s):
    """Plain text for word counts: drop markup tokens, keep inserted text."""
    s = re.sub(r"\[\[FN:[^\]]*\]\]", "", s)
    s = re.sub(r"\[\[REF:([^\]]*)\]\]", r"\1", s)
    s = re.sub(r"\[\[(INS|DEL|CMT)\|[^|]*\|", "", s)
    s = s.replace("]]", "")
    return s


# ===========================================================================
# 71  DOCX A  -  strong  -  English borough council, cleaning and caretaking
# Paraphrased clause (no "discriminat*"); the grounds live ONLY in footnote 1.
# ===========================================================================
P71 = dict(B="the Council", Bc="The Council", wd="Working Days", wd1="Working Day",
           svc="the Services", term="three years", ext="for up to two further periods of twelve months each",
           maxterm="five years", pricedoc="the Pricing Schedule in Article [[REF:price]]",
           index="the Consumer Prices Index published by the Office for National Statistics",
           paydays="30", latepay="the Late Payment of Commercial Debts (Interest) Act 1998",
           cur="£", pl="10,000,000", el="10,000,000", foi="the Freedom of Information Act 2000",
           dp="the UK GDPR and the Data Protection Act 2018", courts="the courts of England and Wales",
           law="the law of England and Wales", late="£150")

DOC71 = dict(
    header="Ashcombe Borough Council  |  Cleaning and Caretaking Services  |  Ref. ABC/FM/2025/014",
    title="Ashcombe Borough Council",
    subtitle="Contract for Cleaning and Caretaking Services in Council Buildings",
    intro=[
        "Conditions of Contract (Part 2 of the Invitation to Tender, reference ABC/FM/2025/014)",
        "These conditions form part of the Contract between Ashcombe Borough Council, Civic Centre, Mill Lane, Ashcombe AB1 4QT (the Council) and the successful tenderer (the Contractor). By submitting a tender the tenderer accepts them without reservation.",
    ],
    footnotes={
        "grounds": "The prohibited grounds are the protected characteristics listed in section 4 of the Equality Act 2010, namely age, disability, gender reassignment, marriage and civil partnership, pregnancy and maternity, race (including colour, nationality and ethnic or national origin), religion or belief, sex and sexual orientation.",
        "tupe": "The Transfer of Undertakings (Protection of Employment) Regulations 2006 (SI 2006/246).",
    },
    articles=[
        ("defs", "Definitions and interpretation", [
            "In the Contract the following words have the meanings given below:",
            ("list", [
                "“Buildings” means the Civic Centre, the three area offices, the Central Library and the depots listed in the Specification;",
                "“Services” means the cleaning, caretaking, washroom and waste services described in the Specification;",
                "“Staff” means all persons employed by the Contractor to perform the Services, including applicants for such positions;",
                "“Working Day” means any day other than a Saturday, Sunday or public holiday in England.",
            ]),
            "Headings are for convenience only. A reference to an Article is a reference to an Article of these conditions as numbered in this document.",
        ]),
        ("object", "Object of the Contract", [
            "The Contract concerns the daily and periodic cleaning of the Buildings, the opening and locking of the Buildings, caretaking and porterage, the supply of washroom consumables and the segregation of waste for collection.",
            "The Council does not guarantee any minimum volume of work. It may add or remove buildings by variation under Article [[REF:variation]], with a pro rata adjustment of the price.",
        ]),
        ("duration", "Duration", boiler("duration", P71)),
        ("price", "Price and Pricing Schedule", boiler("price", P71)[:2] + [
            "The annual prices tendered are set out in the following schedule, which is binding on the Contractor:",
            ("TABLE", None),
            boiler("price", P71)[2],
        ]),
        ("invoicing", "Invoicing and payment", boiler("invoicing", P71)),
        ("performance", "Performance of the Services", [
            "The Contractor shall perform the Services in accordance with the Specification, the cleaning frequencies and the access times agreed with each building manager.",
            "The Contractor shall use only cleaning products that carry a recognised environmental label and shall keep safety data sheets for every product on site.",
            "The Contractor shall appoint a contract manager who is available during the Council's office hours and who has authority to take decisions on its behalf.",
        ]),
        ("quality", "Quality management and inspections", boiler("quality", P71)),
        ("staff", "Staff, vetting and training", [
            "The Contractor shall provide sufficient Staff, trained and supervised, to perform the Services at all times, including during holidays and sickness absence.",
            "Staff working in the Central Library children's area shall hold an enhanced Disclosure and Barring Service certificate obtained before they start work.",
            "All Staff shall wear a uniform and an identity badge issued by the Contractor and shall follow the Council's building security and key-holding procedures.",
        ]),
        ("fair", "Fair treatment of Staff", [
            "The Contractor shall not, in recruiting, selecting, paying, training, promoting or dismissing Staff, or in any other term or condition of their work, treat any person less favourably than it treats or would treat others on a prohibited ground[[FN:grounds]], and shall not harass or victimise any person for the same reasons.",
            "The Contractor shall take all reasonable steps to secure equality of opportunity in employment and advancement for all Staff, and shall maintain a written policy to that effect which it brings to the attention of Staff, managers and recruiters.",
            "The Contractor shall inform the Council within ten Working Days of any finding by an employment tribunal or court that it has acted contrary to Article [[REF:fair]].1.",
        ]),
        ("subcontracting", "Subcontracting", [
            "The Contractor shall not subcontract any part of the Services without the prior written consent of the Council. Consent is not unreasonably withheld for specialist window cleaning or deep cleaning.",
            "The Contractor remains fully responsible for the acts and omissions of its subcontractors as if they were its own, and shall pay undisputed subcontractor invoices within 30 days.",
        ]),
        ("tupe", "Transfer of employment", [
            "The parties consider that the transfer regulations[[FN:tupe]] are likely to apply to the staff of the outgoing contractor at the start of the Contract. The Contractor shall take all steps required of an incoming employer.",
            "Not later than six months before expiry, the Contractor shall provide the Council with anonymised information on all Staff assigned to the Services so that it may be shared with future tenderers.",
        ]),
        ("hs", "Health and safety", boiler("health_safety", P71)),
        ("insurance", "Insurance", boiler("insurance", P71)),
        ("confidentiality", "Confidentiality and freedom of information", boiler("confidentiality", P71)),
        ("contract_mgmt", "Contract management and compliance checks", [
            "The parties shall hold a contract meeting every month during the first six months and every quarter after that, to review performance against the service levels and the Contractor's obligations under the Contract.",
            "To verify compliance with the obligations in Article [[REF:fair]], the Contractor shall, within fifteen Working Days of a written request, give the Council copies of its employment policy, its recruitment procedure, anonymised data on applicants, Staff and pay by grade, and a summary of grievances raised by Staff, and shall allow the Council or an auditor appointed by it to inspect the underlying records at the Contractor's premises.",
            "The Council may pass information obtained under this Article to the Equality and Human Rights Commission where it considers this necessary.",
        ]),
        ("dp", "Data protection", boiler("data_protection", P71)),
        ("deductions", "Service failures and deductions", [
            "Where a Building is not cleaned to the standard of the Specification, the Council may require the work to be redone within four hours and, if it is not, deduct the value of the work from the next invoice.",
        ] + boiler("lateness", P71)),
        ("variation", "Variations", [
            "No variation of the Contract is valid unless it is agreed in writing and signed by the authorised representatives of both parties.",
            "The Contractor shall price any variation requested by the Council on the basis of the rates in the Pricing Schedule.",
        ]),
        ("social_remedies", "Consequences of a breach of Article [[REF:fair]]", [
            "Where the Council establishes, from the information obtained under Article [[REF:contract_mgmt]] or otherwise, that the Contractor has failed to meet the obligations in Article [[REF:fair]], it shall notify the Contractor in writing, and the Contractor shall remedy the failure within twenty Working Days.",
            "A failure that is not remedied within that period, or a serious or repeated failure, is a material breach of the Contract entitling the Council to terminate the Contract under Article [[REF:termination]] and to recover from the Contractor the additional costs of procuring the Services elsewhere.",
        ]),
        ("termination", "Termination", [
            "The Council may terminate the Contract with immediate effect by written notice if the Contractor:",
            ("list", [
                "commits a material breach of the Contract, including a breach described in Article [[REF:social_remedies]], which is not capable of remedy or is not remedied within the period set by the Council;",
                "becomes insolvent, enters into administration or makes an arrangement with its creditors;",
                "has been convicted of an offence of fraud, bribery or corruption connected with a public contract.",
            ]),
            "Either party may terminate the Contract without cause by giving six months' written notice. Termination does not affect rights and obligations accrued before it.",
        ]),
        ("disputes", "Dispute resolution", boiler("disputes", P71)),
        ("law", "Governing law and contract documents", boiler("law", P71)),
    ],
)


# ---------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.opc.part import Part
from docx.opc.packuri import PackURI
from docx.opc.constants import RELATIONSHIP_TYPE as RT

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
TOKEN_RE = re.compile(r"(\[\[(?:FN|REF):[^\]]+\]\])")


def docx_field_runs(paragraph, instr, cached):
    """Append a complex field (begin/instr/separate/result/end) to a paragraph."""
    p = paragraph._p
    p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>'))
    p.append(parse_xml(f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'))
    p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>'))
    p.append(parse_xml(f'<w:r {nsdecls("w")}><w:t>{escape(cached)}</w:t></w:r>'))
    p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))


def set_numpr(paragraph, num_id, ilvl):
    pPr = paragraph._p.get_or_add_pPr()
    numPr = pPr.get_or_add_numPr()
    numPr.get_or_add_ilvl().val = ilvl
    numPr.get_or_add_numId().val = num_id


def add_multilevel_numbering(document, abs_id, num_id):
    numbering = document.part.numbering_part.element
    lvl_xml = ""
    fmts = [("decimal", "%1.", 0, 567), ("decimal", "%1.%2", 0, 567), ("lowerLetter", "(%3)", 567, 454)]
    for i, (fmt, txt, left_extra, hang) in enumerate(fmts):
        left = 567 + left_extra if i < 2 else 1134 + 0
        lvl_xml += (f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                    f'<w:lvlText w:val="{txt}"/><w:lvlJc w:val="left"/>'
                    f'<w:pPr><w:ind w:left="{left}" w:hanging="{hang if i == 2 else 567}"/></w:pPr></w:lvl>')
    abstract = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abs_id}">'
                         f'<w:multiLevelType w:val="multilevel"/>{lvl_xml}</w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abs_id}"/></w:num>'))


def add_footnotes_part(document, notes):
    """notes: list of (id, text). Creates word/footnotes.xml with separators."""
    body = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
            '<w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
            '<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
    for fid, text in notes:
        body += (f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                 f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                 f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>')
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<w:footnotes xmlns:w="{W_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">{body}</w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode("utf-8"), document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)
    # settings: declare the separator footnotes as Word does
    settings = document.settings.element
    fpr = parse_xml(f'<w:footnotePr {nsdecls("w")}><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>')
    anchor = settings.find(qn("w:compat"))
    if anchor is not None:
        anchor.addprevious(fpr)
    else:
        settings.append(fpr)


def add_page_footer(section, prefix_text):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if prefix_text:
        fp.add_run(prefix_text)
    fp.add_run("Page ")
    docx_field_runs(fp, "PAGE", "1")
    fp.add_run(" of ")
    docx_field_runs(fp, "NUMPAGES", "6")


def build_71(path):
    D = DOC71
    keys = [a[0] for a in D["articles"]]
    num_of = {k: str(i + 1) for i, k in enumerate(keys)}
    fn_ids = {}
    notes = []

    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    add_multilevel_numbering(d, 71, 71)

    # running header and footer
    hp = sec.header.paragraphs[0]
    hp.text = D["header"]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_page_footer(sec, "Conditions of Contract ABC/FM/2025/014   -   ")

    def add_text(par, text):
        for piece in TOKEN_RE.split(text):
            if not piece:
                continue
            m = re.match(r"\[\[(FN|REF):([^\]]+)\]\]$", piece)
            if not m:
                par.add_run(piece)
            elif m.group(1) == "REF":
                key = m.group(2)
                par._p.append(parse_xml(
                    f'<w:fldSimple {nsdecls("w")} w:instr=" REF _RefArt_{key} \\r \\h "><w:r><w:t>{num_of[key]}</w:t></w:r></w:fldSimple>'))
            else:
                key = m.group(2)
                if key not in fn_ids:
                    fn_ids[key] = len(fn_ids) + 1
                    notes.append((fn_ids[key], D["footnotes"][key]))
                par._p.append(parse_xml(
                    f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{fn_ids[key]}"/></w:r>'))

    t = d.add_paragraph(D["title"], style="Title")
    d.add_paragraph(D["subtitle"], style="Subtitle")
    for para in D["intro"]:
        d.add_paragraph(para)

    bm = 10
    for key, title, paras in D["articles"]:
        h = d.add_paragraph(style="Heading 1")
        set_numpr(h, 71, 0)
        h._p.append(parse_xml(f'<w:bookmarkStart {nsdecls("w")} w:id="{bm}" w:name="_RefArt_{key}"/>'))
        add_text(h, title)
        h._p.append(parse_xml(f'<w:bookmarkEnd {nsdecls("w")} w:id="{bm}"/>'))
        bm += 1
        for item in paras:
            if isinstance(item, tuple) and item[0] == "list":
                for li in item[1]:
                    p = d.add_paragraph()
                    set_numpr(p, 71, 2)
                    add_text(p, li)
            elif isinstance(item, tuple) and item[0] == "TABLE":
                price_table_71(d)
            else:
                p = d.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                set_numpr(p, 71, 1)
                add_text(p, item)
    d.add_paragraph("")
    d.add_paragraph("Signed for and on behalf of Ashcombe Borough Council: ............................   Date: ............")
    d.add_paragraph("Signed for and on behalf of the Contractor: ............................   Date: ............")
    add_footnotes_part(d, notes)
    d.save(path)
    return num_of


def price_table_71(d):
    rows = [
        ["Pricing Schedule - annual prices tendered (GBP, excluding VAT)", "", ""],
        ["Lot", "Building", "Annual price"],
        ["Lot 1 - Civic and office buildings", "Civic Centre", "184,200"],
        ["", "North Area Office", "36,450"],
        ["", "South Area Office", "34,900"],
        ["Lot 2 - Library and depots", "Central Library", "58,300"],
        ["", "Mill Lane Depot", "22,750"],
        ["Total annual price", "", "336,600"],
    ]
    tbl = d.add_table(rows=len(rows), cols=3)
    tbl.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            if val:
                tbl.cell(r, c).text = val
    tbl.cell(0, 0).merge(tbl.cell(0, 2))          # title row: gridSpan 3
    tbl.cell(2, 0).merge(tbl.cell(4, 0))          # Lot 1: vMerge over 3 rows
    tbl.cell(5, 0).merge(tbl.cell(6, 0))          # Lot 2: vMerge over 2 rows
    tbl.cell(7, 0).merge(tbl.cell(7, 1))          # total label: gridSpan 2
    for c in range(3):
        for par in tbl.cell(1, c).paragraphs:
            for run in par.runs:
                run.bold = True


# ===========================================================================
# 72  DOCX B  -  moderate  -  EU agency framework contract, revised draft with
# tracked changes. Accepted text: commitment + grounds (grounds only in an
# inserted sentence) + remedies; the monitoring point 12.2 is a tracked deletion.
# ===========================================================================
P72 = dict(B="the Agency", Bc="The Agency", wd="working days", wd1="working day", svc="the services",
           term="", ext="", maxterm="", pricedoc="", index="", paydays="30",
           latepay="Article 116(5) of the Financial Regulation", cur="EUR ", pl="2,000,000", el="1,000,000",
           foi="Regulation (EC) No 1049/2001 on public access to documents",
           dp="Regulation (EU) 2018/1725", courts="the courts of Brussels", law="Union law, complemented where necessary by the law of Belgium",
           late="")
AUTH72 = ("Procurement Unit (J. Kerr)", "2025-03-11T10:42:00Z")
AUTH72b = ("Legal Service (M. Varga)", "2025-03-12T15:05:00Z")

DOC72 = dict(
    title="EUROPEAN AGENCY FOR COASTAL AND MARITIME OBSERVATION (EACMO)",
    subtitle="DRAFT FRAMEWORK SERVICE CONTRACT No EACMO/2025/OP/0031 - Reception, mail-room and building support services",
    intro=[
        "Revised draft v3 for the call for tenders EACMO/2025/OP/0031. This draft shows the changes proposed by the Procurement Unit and the Legal Service to the model contract of 2023.",
        "The European Agency for Coastal and Maritime Observation (the Agency), Quai des Observateurs 12, 1000 Brussels, Belgium, represented by its Executive Director, and [name of the contractor] (the Contractor), represented by [name and function], have agreed the following special and general conditions.",
    ],
    articles=[
        ("Subject matter", [
            "1.1 The subject matter of this framework contract (FWC) is the provision of reception, switchboard, mail-room, meeting-room set-up and minor building support services at the Agency's premises in Brussels.",
            "1.2 Signature of the FWC does not oblige the Agency to purchase. Only the implementation of the FWC through specific contracts is binding on the Agency.",
        ]),
        ("Entry into force and duration", [
            "2.1 The FWC enters into force on the date on which the last party signs it.",
            "2.2 The FWC is concluded for a period of [[DEL|48 months|A]][[INS|four years|A]] with effect from its entry into force. [[INS|The parties may not renew it tacitly.|A]]",
            "2.3 Specific contracts must be signed before the FWC expires. The FWC continues to apply to such specific contracts after its expiry, but no later than six months after it.",
        ]),
        ("Implementation of the FWC", [
            "3.1 The Agency implements the FWC by signing specific contracts or order forms, each of which states the services, the premises, the period and the price.",
            "3.2 Where the FWC is concluded with several contractors in cascade, the Agency offers each specific contract first to the contractor ranked first and treats all contractors equally and without discrimination when placing orders and reopening competition.",
            "3.3 The Contractor shall return the signed specific contract within five working days. After that period the Agency may offer it to the next contractor in the cascade.",
        ]),
        ("Prices", [
            "4.1 The maximum amount covering all purchases under the FWC is EUR 2,400,000. The prices are those of the financial offer annexed to the FWC, expressed in euro and exclusive of VAT, from which the Agency is exempt under Articles 3 and 4 of the Protocol on the privileges and immunities of the European Union.",
            "4.2 The prices include all costs, including salaries, social charges, uniforms, training, equipment, insurance and travel of the Contractor's personnel.",
        ]),
        ("Price revision", [
            "5.1 Prices are fixed and not subject to revision during the first year of performance.",
            "5.2 From the beginning of the second year, each price may be revised upwards or downwards each year on the request of one of the parties, on the basis of the harmonised index of consumer prices for Belgium published by Eurostat, within the limit of the change in that index.",
        ]),
        ("Invoicing and payment", [
            "6.1 The Contractor shall send an invoice for each month of services within fifteen days of the end of the month, together with the monthly activity report approved by the Agency.",
            "6.2 The Agency pays within 30 days of receipt of a correct invoice. Late-payment interest is calculated in accordance with Article 116(5) of the Financial Regulation.",
        ]),
        ("Performance of the services and service levels", [
            "7.1 The Contractor shall perform the services to high professional standards and in accordance with the tender specifications and the service levels in Annex II.",
            "7.2 Reception desks must be staffed from 07:30 to 19:00 on working days. The Contractor shall replace any absent staff member within one hour.",
        ]),
        ("Personnel of the Contractor", [
            "8.1 The Contractor has sole authority over its personnel, who remain under its management and supervision. Nothing in the FWC creates an employment relationship between the Agency and the Contractor's personnel.",
            "8.2 The Contractor must comply with applicable obligations in the fields of environmental, social and labour law established by Union law, national law and collective agreements.",
            "8.3 The personnel assigned to reception must hold the security clearance required by the Agency's security rules and speak English at level B2 and French or Dutch at level B1 of the Common European Framework of Reference.",
        ]),
        ("Subcontracting", [
            "9.1 The Contractor may subcontract only the tasks identified in its tender, and only with the prior written authorisation of the Agency.",
            "9.2 The Contractor remains bound by its obligations to the Agency and is solely responsible for the proper performance of the FWC, including the parts performed by subcontractors.",
        ]),
        ("Health and safety on the premises", [
            "10.1 The Contractor shall ensure that its personnel observe the Agency's health and safety, fire and evacuation rules and take part in evacuation drills.",
            "10.2 The Contractor shall report to the Agency's facility manager any accident or incident on the premises within 24 hours.",
        ]),
        ("Conflict of interest and professional conflicting interests", [
            "11.1 The Contractor must take all measures necessary to prevent any situation of conflict of interest or professional conflicting interest.",
            "11.2 The Contractor must notify the Agency in writing as soon as possible of any situation that could constitute a conflict of interest during the performance of the FWC.",
        ]),
        ("Equal[[NBSP]]treatment of personnel", [
            "12.1 In performing the FWC, the Contractor shall not discrimi[[SHY]]nate against any member of its personnel or any applicant for employment as regards recruitment, pay, working conditions, training, promotion or dismissal.[[INS| This includes any difference of treatment on grounds of sex, racial or ethnic origin, religion or belief, disability, age or sexual[[NBSP]]orientation, as prohibited by Council Directives 2000/43/EC and 2000/78/EC and by Directive 2006/54/EC.|A]]",
            ("DELP", "12.2 The Agency may at any time request from the Contractor the documents needed to verify compliance with Article 12.1, including its recruitment procedures and anonymised pay data by grade and gender, and may carry out or commission an on-site audit of the Contractor's personnel records for that purpose.", "A"),
            ("CMT", "[[DEL|12.3|A]][[INS|12.2|A]] A failure to comply with Article 12.1 constitutes a breach of a substantial contractual obligation. The Agency may apply the liquidated damages provided in Article 17.3 and, where the failure persists after formal notice, terminate the FWC under Article 19.1(d).",
             "Should we drop the liquidated damages here and simply require an equality action plan within 30 days, with coaching from our HR unit? Please also reconsider the deletion of 12.2 (audits of personnel records); Unia and the Belgian social inspectorate can report cases to us in any event."),
        ]),
        ("Confidentiality", [
            "13.1 The Agency and the Contractor must treat with confidentiality any information or documents disclosed in writing or orally in relation to the performance of the FWC and identified as confidential.",
            "13.2 This obligation binds the parties during the performance of the FWC and for five years after the final payment, unless the disclosing party agrees to release the other party earlier.",
        ]),
        ("Processing of personal data", [
            "14.1 Any personal data included in or relating to the FWC, including its performance, is processed by the Agency in accordance with [[DEL|Regulation (EC) No 45/2001|B]][[INS|Regulation (EU) 2018/1725|B]]. The data is processed only for the implementation, management and monitoring of the FWC.",
            "14.2 Where the Contractor processes personal data on behalf of the Agency, in particular visitor registration data, it acts as processor and may act only under the documented instructions of the Agency. It shall not transfer such data outside the European Economic Area.",
        ]),
        ("Insurance and liability", [
            "15.1 The Contractor shall take out insurance against risks and damage relating to the performance of the FWC, covering at least its civil liability for EUR 2,000,000 per event.",
            "15.2 The Contractor is liable for any loss or damage caused by its personnel on the Agency's premises, including the loss of access badges and keys.",
        ]),
        ("Checks and audits of the use of funds", [
            "16.1 The Agency, the European Anti-Fraud Office (OLAF) and the European Court of Auditors may check or audit the invoices, time sheets and other documents that justify the amounts paid under the FWC, for up to five years after the final payment.",
            "16.2 The Contractor must keep the original documents justifying its invoices for that period and make them available on request.",
        ]),
        ("Liquidated damages", [
            "17.1 If the Contractor fails to perform a reception or mail-room service at the time required, the Agency may claim liquidated damages of EUR 150 for each hour of delay, up to EUR 1,500 per day.",
            "17.2 If the monthly service level of Annex II is not met, the Agency may reduce the monthly price by up to ten per cent in proportion to the shortfall.",
            "17.3 For each breach of Article 12.1 established by the Agency, the Agency may claim liquidated damages of EUR 2,500, without prejudice to termination under Article 19.",
            "17.4 The Contractor may submit arguments against the Agency's decision within 30 days of its notification. The liquidated damages are deducted from the next payment.",
        ]),
        ("Suspension of performance", [
            "18.1 The Agency may suspend the performance of the FWC or any specific contract if it has evidence of substantial errors, irregularities or fraud in the award procedure or in the performance of the FWC.",
            "18.2 Suspension takes effect on the day the Contractor receives the notification or at a later date stated in it.",
        ]),
        ("Termination", [
            "19.1 The Agency may terminate the FWC or any specific contract where:",
            ("list", [
                "(a) the Contractor is in a situation of exclusion under the Financial Regulation;",
                "(b) the Contractor does not perform the services in accordance with the tender specifications or is in breach of another substantial contractual obligation;",
                "(c) the Contractor is bankrupt or subject to insolvency proceedings;",
                "(d) the Contractor is in breach of Article 12.1 and has not remedied the breach within 30 days of formal notice.",
            ]),
            "19.2 Before terminating, the Agency notifies the Contractor of its intention and of the reasons, and invites it to submit observations within 30 days.",
        ]),
        ("Applicable law and settlement of disputes", [
            "20.1 The FWC is governed by Union law, complemented where necessary by the law of Belgium.",
            "20.2 The courts of Brussels have exclusive jurisdiction over any dispute regarding the interpretation, application or validity of the FWC.",
        ]),
    ],
)


REV_RE = re.compile(r"(\[\[(?:INS|DEL)\|[^|\]]*\|[AB]\]\]|\[\[SHY\]\])")
_rev_id = [100]


def rev_attrs(who):
    a = AUTH72 if who == "A" else AUTH72b
    _rev_id[0] += 1
    return f'w:id="{_rev_id[0]}" w:author="{escape(a[0])}" w:date="{a[1]}"'


def add_rev_text(paragraph, text):
    """Add text with tracked insertions/deletions and soft hyphens; return the runs created."""
    text = text.replace("[[NBSP]]", "\u00a0")
    runs = []
    for piece in REV_RE.split(text):
        if not piece:
            continue
        if piece == "[[SHY]]":
            r = parse_xml(f'<w:r {nsdecls("w")}><w:softHyphen/></w:r>')
            paragraph._p.append(r)
            continue
        m = re.match(r"\[\[(INS|DEL)\|([^|\]]*)\|([AB])\]\]$", piece)
        if not m:
            runs.append(paragraph.add_run(piece))
        elif m.group(1) == "INS":
            paragraph._p.append(parse_xml(
                f'<w:ins {nsdecls("w")} {rev_attrs(m.group(3))}><w:r><w:t xml:space="preserve">{escape(m.group(2))}</w:t></w:r></w:ins>'))
        else:
            paragraph._p.append(parse_xml(
                f'<w:del {nsdecls("w")} {rev_attrs(m.group(3))}><w:r><w:delText xml:space="preserve">{escape(m.group(2))}</w:delText></w:r></w:del>'))
    return runs


def build_72(path):
    D = DOC72
    d = Document()
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(11)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "EACMO/2025/OP/0031 - Draft framework contract - revised v3 (tracked changes)"
    add_page_footer(sec, "")

    d.add_paragraph(D["title"], style="Title")
    d.add_paragraph(D["subtitle"], style="Subtitle")
    for para in D["intro"]:
        d.add_paragraph(para)

    # Table of contents: a TOC field with its cached result (typed entries, dot leaders)
    d.add_paragraph("TABLE OF CONTENTS", style="TOC Heading" if "TOC Heading" in [s.name for s in d.styles] else None)
    pages = [2, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 5, 5, 5, 6, 6, 6]
    for i, (title, _) in enumerate(D["articles"]):
        p = d.add_paragraph()
        pPr = p._p.get_or_add_pPr()
        pPr.append(parse_xml(f'<w:tabs {nsdecls("w")}><w:tab w:val="right" w:leader="dot" w:pos="9000"/></w:tabs>'))
        if i == 0:
            p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>'))
            p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> TOC \\o "1-1" \\h \\z \\u </w:instrText></w:r>'))
            p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>'))
        entry = f"Article {i + 1} - {title.replace('[[NBSP]]', ' ')}"
        p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:t xml:space="preserve">{escape(entry)}</w:t></w:r>'))
        p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:tab/></w:r>'))
        p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:t>{pages[i]}</w:t></w:r>'))
        if i == len(D["articles"]) - 1:
            p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))

    for i, (title, paras) in enumerate(D["articles"]):
        h = d.add_paragraph(style="Heading 1")
        add_rev_text(h, f"Article {i + 1} - {title}")
        for item in paras:
            if isinstance(item, tuple) and item[0] == "list":
                for li in item[1]:
                    p = d.add_paragraph()
                    p.paragraph_format.left_indent = Cm(1)
                    add_rev_text(p, li)
            elif isinstance(item, tuple) and item[0] == "DELP":
                # a whole point deleted as a tracked change, paragraph mark included
                p = d.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                pPr = p._p.get_or_add_pPr()
                pPr.append(parse_xml(f'<w:rPr {nsdecls("w")}><w:del {rev_attrs(item[2])}/></w:rPr>'))
                add_rev_text(p, f"[[DEL|{item[1]}|{item[2]}]]")
            elif isinstance(item, tuple) and item[0] == "CMT":
                p = d.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                runs = add_rev_text(p, item[1])
                d.add_comment(runs, text=item[2], author="Legal Service (M. Varga)", initials="MV")
            else:
                p = d.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                add_rev_text(p, item)
    d.add_paragraph("")
    d.add_paragraph("Done at Brussels, in two originals in English.")
    d.add_paragraph("For the Contractor: [name, function, signature]          For the Agency: [name, function, signature]")
    d.save(path)


# ===========================================================================
# 73  ODT  -  weak (labour_law_generic)  -  Irish Education and Training Board
# The sentence naming the nine grounds of the Employment Equality Acts is a
# tracked DELETION; what remains is a generic duty to comply with labour law.
# ===========================================================================
P73 = dict(P71, B="KETB", Bc="KETB", wd="Working Days", wd1="Working Day", svc="the supply of Meals",
           courts="the courts of Ireland", law="the laws of Ireland")

DOC73 = dict(
    title="Kilbrannagh Education and Training Board",
    subtitle="Request for Tenders KETB-2025-017: Provision of Hot School Meals",
    intro=[
        "Part 3 - Conditions of Contract. These conditions apply to the contract awarded following this Request for Tenders between Kilbrannagh Education and Training Board, Abbey Road, Kilbrannagh (KETB) and the successful tenderer (the Contractor).",
    ],
    notes={
        "labour": "Including, without limitation, the Organisation of Working Time Act 1997, the National Minimum Wage Act 2000, the Payment of Wages Act 1991 and the Terms of Employment (Information) Acts 1994 to 2014.",
    },
    changes={
        "ct1": ("del", "Procurement Officer (S. Ní Bhriain)", "2025-02-20T09:14:00",
                "The Contractor shall ensure that no employee or applicant for employment is treated less favourably than another on any of the nine grounds set out in the Employment Equality Acts 1998 to 2015, namely gender, civil status, family status, sexual orientation, religion, age, disability, race and membership of the Traveller community."),
        "ct2": ("ins", "Procurement Officer (S. Ní Bhriain)", "2025-02-20T09:20:00", None),
    },
    articles=[
        ("Definitions", [
            "“Centres” means the schools, Youthreach centres and further education centres listed in Schedule 1 to the Request for Tenders.",
            "“Meals” means hot midday meals prepared, delivered and served in accordance with the Specification.",
            "“Working Day” means a day on which the Centre concerned is open to learners.",
        ]),
        ("Tender procedure and equal treatment of tenderers", [
            "KETB conducts this competition under the open procedure and in accordance with the principles of equal treatment, non-discrimination, transparency and proportionality that apply to all tenderers.",
            "All clarification questions and answers are published anonymously to every tenderer on the national tenders portal. No tenderer shall receive information that is not made available to all.",
            "The Contract is awarded to the most economically advantageous tender on the criteria of quality (60%) and price (40%) set out in Part 2.",
        ]),
        ("Scope of the Contract", [
            "The Contractor shall supply Meals to the Centres on every Working Day, in the numbers ordered by each Centre not later than 10:00 on the previous Working Day.",
            "KETB may add Centres to or remove Centres from the Contract on thirty days' notice. The unit prices apply to any added Centre.",
        ]),
        ("Duration", [
            "The Contract starts on 1 September 2025 and runs for two school years.",
            "KETB may extend the Contract for one further school year on written notice given before 31 March of the second school year.",
        ]),
        ("Nutrition standards and menus", [
            "Meals shall comply with the Nutrition Standards for School Meals published by the Department of Education and with the menu cycle approved by KETB.",
            "Each menu shall offer options suitable for learners with food allergies or intolerances and for learners whose religion or belief requires a particular diet, without any additional charge. [[INS:ct2|Menus shall be sent to each Centre at least two weeks in advance and published on the Centre's website.]]",
        ]),
        ("Food safety", [
            "The Contractor shall operate a food safety management system based on the principles of HACCP and comply with Regulation (EC) No 852/2004 on the hygiene of foodstuffs and with the guidance of the Food Safety Authority of Ireland.",
            "The Contractor shall notify KETB immediately of any inspection, closure order or improvement notice concerning its kitchens.",
        ]),
        ("Delivery and temperature control", [
            "Meals shall be delivered to each Centre within the delivery window agreed with the Centre and held above 63°C until served.",
            "Where Meals arrive more than thirty minutes late, KETB may deduct twenty per cent of the price of the late Meals; where they arrive more than one hour late or below the required temperature, no payment is due for those Meals.",
        ]),
        ("Prices", [
            "The unit prices are fixed for the first school year and are set out in the price table below. From the second school year they may be adjusted once a year in line with the Consumer Price Index for food published by the Central Statistics Office.",
            ("TABLE", None),
        ]),
        ("Invoicing and payment", [
            "The Contractor shall invoice each Centre monthly, stating the number of Meals delivered each day.",
            "KETB pays valid invoices within fifteen days in accordance with the Prompt Payment of Accounts Act 1997 and the late payment regulations.",
        ]),
        ("Personnel, vetting and child safeguarding", [
            "All staff of the Contractor who deliver or serve Meals in Centres shall be vetted by the National Vetting Bureau before starting work and shall follow the child safeguarding statement of each Centre.",
            "The Contractor shall ensure that its staff are trained in food hygiene to a level appropriate to their tasks and that a named supervisor is available by telephone during delivery hours.",
        ]),
        ("Employment obligations", [
            "The Contractor shall comply with all obligations applicable to it in the fields of employment, social and labour law[[FN:labour]], including any sectoral employment order or registered employment agreement in force for its sector, in respect of all persons engaged in performing the Contract. [[DEL:ct1]]",
            "The Contractor shall provide, on request, a current tax clearance certificate and evidence of its registration for PAYE and PRSI.",
        ]),
        ("Work experience for learners", [
            "The Contractor is invited, but not obliged, to offer up to four work-experience placements each school year to learners on KETB catering and hospitality courses.",
            "Placements offered are recorded at the annual review meeting. No price adjustment or service credit is linked to them.",
        ]),
        ("Insurance", [
            "The Contractor shall hold public liability insurance of at least €6,500,000, employer's liability insurance of at least €13,000,000 and product liability insurance of at least €6,500,000, each indemnifying KETB as principal.",
        ]),
        ("Data protection", [
            "Where the Contractor processes personal data of learners, including information on allergies, it does so as processor for KETB in accordance with the General Data Protection Regulation and the Data Protection Acts 1988 to 2018.",
            "The Contractor shall keep such data secure, use it only to prepare and serve Meals, and delete it at the end of each school year.",
        ]),
        ("Confidentiality and freedom of information", [
            "The Contractor shall treat as confidential all information about learners and Centres obtained in performing the Contract.",
            "KETB is subject to the Freedom of Information Act 2014. Tenderers should identify any commercially sensitive information in their tender, but KETB will decide on any request.",
        ]),
        ("Performance review", [
            "KETB and the Contractor shall meet once a term to review complaints, delivery times, temperature records and the results of tasting panels held in the Centres.",
            "KETB may carry out unannounced checks of Meals at the point of service and may require corrective action within five Working Days.",
        ]),
        ("Complaints and feedback", [
            "Each Centre may report complaints about the quality, quantity, temperature or presentation of Meals to the Contractor's supervisor by telephone or e-mail. The Contractor shall acknowledge each complaint on the same day and report the action taken within three Working Days.",
            "The Contractor shall keep a register of complaints and of the action taken, and shall make it available at each performance review. KETB will survey learners and Centre staff on their satisfaction with the Meals once a year and share the results with the Contractor.",
        ]),
        ("Subcontracting", [
            "The Contractor shall not subcontract the preparation or delivery of Meals without the prior written consent of KETB. Consent may be given for delivery to remote Centres or for specialist allergen-free meals.",
            "The Contractor remains responsible to KETB for the performance of any subcontractor and for the food safety of all Meals, whoever prepares them.",
        ]),
        ("Environmental requirements", [
            "Meals shall be delivered in reusable insulated containers wherever the Centre has facilities to return them. Single-use plastic cutlery and trays are not permitted.",
            "The Contractor shall collect food waste from each Centre at least once a week for composting or anaerobic digestion and shall report the quantities each term.",
            "At least 40% by value of fresh produce, meat and dairy products used for the Meals shall come from suppliers certified under a recognised sustainability or quality assurance scheme.",
        ]),
        ("Force majeure", boiler("force_majeure", P73)),
        ("Assignment", boiler("assignment", P73)),
        ("Notices", [
            "Notices under the Contract shall be in writing and sent by e-mail with acknowledgement of receipt, or by registered post, to the contact persons named in the letter of acceptance.",
            "Day-to-day communications about orders, menus and deliveries may be made by telephone or through the ordering system, but any change to the Contract must be confirmed in writing.",
        ]),
        ("Termination", [
            "KETB may terminate the Contract on one month's written notice if the Contractor repeatedly fails to meet the Specification after written warning, or immediately in the event of a serious food safety incident or the insolvency of the Contractor.",
            "KETB may terminate the Contract without cause on three months' written notice at the end of a school term.",
        ]),
        ("Disputes and governing law", [
            "Disputes shall first be referred to mediation under the rules of a mediator agreed by the parties. Failing settlement within sixty days, either party may refer the dispute to the courts of Ireland.",
            "The Contract is governed by the laws of Ireland.",
        ]),
    ],
)


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3"')

ODT_STYLES = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {ODF_NS}>
 <office:font-face-decls/>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:margin-bottom="0.2cm"/>
   <style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="en" fo:country="IE"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
  <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
   <style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.21cm"/>
  </style:style>
  <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter">
   <style:paragraph-properties fo:text-align="center"/>
   <style:text-properties fo:font-size="20pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter">
   <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.5cm"/>
   <style:text-properties fo:font-size="14pt"/>
  </style:style>
  <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text">
   <style:paragraph-properties fo:margin-top="0.42cm" fo:margin-bottom="0.21cm" fo:keep-with-next="always"/>
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="1" style:list-style-name="" style:class="text">
   <style:text-properties fo:font-size="13pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="2" style:class="text">
   <style:text-properties fo:font-size="12pt" fo:font-style="italic"/>
  </style:style>
  <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:text-properties fo:font-size="9pt"/>
  </style:style>
  <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>
  <text:outline-style style:name="Outline">
   <text:outline-level-style text:level="1" style:num-prefix="Article " style:num-suffix=". " style:num-format="1">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="space" fo:text-indent="0cm" fo:margin-left="0cm"/>
    </style:list-level-properties>
   </text:outline-level-style>
   <text:outline-level-style text:level="2" style:num-format=""/>
  </text:outline-style>
  <text:list-style style:name="L1">
   <text:list-level-style-number text:level="1" style:num-prefix="(" style:num-suffix=")" style:num-format="a">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1cm" fo:text-indent="-0.75cm" fo:margin-left="1cm"/>
    </style:list-level-properties>
   </text:list-level-style-number>
  </text:list-style>
  <text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1"/>
 </office:master-styles>
</office:document-styles>
'''


def odt_inline(text, D, state):
    out = []
    for piece in re.split(r"(\[\[(?:FN|DEL|INS):[^\]]+\]\])", text):
        if not piece:
            continue
        m = re.match(r"\[\[(FN|DEL|INS):([^\]|]+)(?:\|([^\]]*))?\]\]$", piece)
        if not m:
            out.append(escape(piece))
        elif m.group(1) == "FN":
            state["fn"] += 1
            n = state["fn"]
            out.append(f'<text:note text:id="ftn{n}" text:note-class="footnote"><text:note-citation>{n}</text:note-citation>'
                       f'<text:note-body><text:p text:style-name="Footnote">{escape(D["notes"][m.group(2)])}</text:p></text:note-body></text:note>')
        elif m.group(1) == "DEL":
            out.append(f'<text:change text:change-id="{m.group(2)}"/>')
        else:
            out.append(f'<text:change-start text:change-id="{m.group(2)}"/>{escape(m.group(3))}<text:change-end text:change-id="{m.group(2)}"/>')
    return "".join(out)


def build_73(path):
    D = DOC73
    state = {"fn": 0}
    tc = ["<text:tracked-changes>"]
    for cid, (kind, who, when, deleted) in D["changes"].items():
        info = f"<office:change-info><dc:creator>{escape(who)}</dc:creator><dc:date>{when}</dc:date></office:change-info>"
        if kind == "del":
            tc.append(f'<text:changed-region text:id="{cid}"><text:deletion>{info}<text:p>{escape(deleted)}</text:p></text:deletion></text:changed-region>')
        else:
            tc.append(f'<text:changed-region text:id="{cid}"><text:insertion>{info}</text:insertion></text:changed-region>')
    tc.append("</text:tracked-changes>")

    body = ["".join(tc)]
    body.append(f'<text:p text:style-name="Title">{escape(D["title"])}</text:p>')
    body.append(f'<text:p text:style-name="Subtitle">{escape(D["subtitle"])}</text:p>')
    body.append('<text:h text:style-name="Heading_20_2" text:outline-level="2">Part 3 - Conditions of Contract</text:h>')
    for para in D["intro"]:
        body.append(f'<text:p text:style-name="Text_20_body">{escape(para)}</text:p>')
    for i, (title, items) in enumerate(D["articles"]):
        body.append(f'<text:h text:style-name="Heading_20_1" text:outline-level="1">{escape(title)}</text:h>')
        lst = []
        for it in items:
            if isinstance(it, tuple) and it[0] == "TABLE":
                if lst:
                    body.append('<text:list text:style-name="L1">' + "".join(lst) + "</text:list>")
                    lst = []
                body.append(odt_price_table())
            else:
                lst.append(f'<text:list-item><text:p text:style-name="Text_20_body">{odt_inline(it, D, state)}</text:p></text:list-item>')
        if lst:
            body.append('<text:list text:style-name="L1">' + "".join(lst) + "</text:list>")
    body.append('<text:h text:style-name="Heading_20_2" text:outline-level="2">Signature</text:h>')
    body.append('<text:p text:style-name="Text_20_body">Signed for KETB: ____________________  Signed for the Contractor: ____________________  Date: __________</text:p>')

    content = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document-content {ODF_NS}>
 <office:automatic-styles>
  <style:style style:name="Tbl1" style:family="table"><style:table-properties style:width="16.6cm" table:align="margins"/></style:style>
  <style:style style:name="Tbl1.A" style:family="table-column"><style:table-column-properties style:column-width="8cm"/></style:style>
  <style:style style:name="Tbl1.B" style:family="table-column"><style:table-column-properties style:column-width="4.3cm"/></style:style>
  <style:style style:name="Tbl1.cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
 </office:automatic-styles>
 <office:body>
  <office:text>
{chr(10).join(body)}
  </office:text>
 </office:body>
</office:document-content>
'''
    meta = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta {ODF_NS}><office:meta><meta:generator>build.py (blind set round 24)</meta:generator>
<dc:title>{escape(D["subtitle"])}</dc:title><dc:language>en-IE</dc:language></office:meta></office:document-meta>
'''
    manifest = '''<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
 <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
'''
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("styles.xml", ODT_STYLES, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("meta.xml", meta, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)


def odt_price_table():
    rows = [("Meal type", "Unit price (EUR, excl. VAT)", "Estimated meals per year"),
            ("Primary school meal (junior and senior classes)", "3.20", "185,000"),
            ("Post-primary and Youthreach meal", "3.85", "62,000"),
            ("Further education centre meal", "4.40", "18,500"),
            ("Special diet meal (any Centre)", "same as standard meal", "4,200")]
    x = ['<table:table table:name="PriceTable" table:style-name="Tbl1">',
         '<table:table-column table:style-name="Tbl1.A"/><table:table-column table:style-name="Tbl1.B" table:number-columns-repeated="2"/>',
         '<table:table-header-rows>']
    for r, row in enumerate(rows):
        x.append("<table:table-row>")
        for c in row:
            x.append(f'<table:table-cell table:style-name="Tbl1.cell" office:value-type="string"><text:p text:style-name="Table_20_Contents">{escape(c)}</text:p></table:table-cell>')
        x.append("</table:table-row>")
        if r == 0:
            x.append("</table:table-header-rows>")
    x.append("</table:table>")
    return "".join(x)


# ===========================================================================
# 74  HTML  -  absent (hard negative)  -  Scottish council procurement portal
# Decoys only: equal treatment of bidders, accessibility for users (age,
# disability), FRAND-style API access, algorithm fairness, social value hiring
# targets (in <details>), UK GDPR, service credits, health and safety.
# ===========================================================================
DOC74_ARTICLES = [
    ("Definitions", [
        "<strong>Council</strong> means Lothmuir Council, Municipal Buildings, 4 Burgh Square, Lothmuir LM2 7PB.",
        "<strong>Contractor</strong> means the supplier to whom the Contract is awarded.",
        "<strong>Platform</strong> means the hosted online booking system for leisure centres, sports pitches and community halls described in the Specification, including its mobile application and kiosk software.",
        "<strong>Users</strong> means members of the public, clubs and community groups who register on the Platform, and Council staff who administer it.",
    ]),
    ("Scope of the Contract", [
        "The Contractor shall provide the Platform as a hosted service, implement it for the Council's six leisure centres and twenty-two community halls, migrate existing bookings and memberships, and support it for the term of the Contract.",
        "The Council may add further venues at the unit prices in Article 4 without a change to the other terms.",
    ]),
    ("Duration", [
        "The Contract starts on the date of the Council's letter of acceptance and runs for four years from the go-live date.",
        "The Council may extend the Contract twice, each time for twelve months, by written notice given at least three months before expiry.",
    ]),
    ("Charges", [
        "The charges are those of the table below. They are fixed for the first two years and then reviewed annually in line with the Consumer Prices Index.",
        "TABLE",
        "Booking fees charged to Users shall be the same whatever payment method the User chooses; the Contractor shall not add card surcharges or apply different fees to different venues for the same type of booking.",
    ]),
    ("Invoicing and payment", [
        "The Contractor shall invoice the annual licence charge quarterly in advance and the implementation charge on acceptance of each milestone.",
        "The Council pays valid undisputed invoices within thirty days of receipt by electronic transfer.",
    ]),
    ("Implementation and acceptance", [
        "The Contractor shall deliver the implementation plan in its tender, including data migration, configuration, staff training and a two-week parallel run.",
        "Each milestone is accepted only when the Council has confirmed in writing that the acceptance tests for that milestone have been passed.",
    ]),
    ("Service levels and service credits", [
        "The Platform shall be available 99.5% of the time in each calendar month, excluding planned maintenance notified five Working Days in advance and carried out between 23:00 and 06:00.",
        "Where availability falls below the service level, the Contractor shall credit the Council with the percentage of the monthly charge set out in the Specification<sup><a href=\"#fn3\" id=\"ref3\">3</a></sup>.",
        "Critical incidents shall be responded to within thirty minutes and resolved within four hours, 365 days a year.",
    ]),
    ("Accessibility for Users", [
        "The Platform and every public-facing page shall meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA<sup><a href=\"#fn1\" id=\"ref1\">1</a></sup> and shall be tested with screen readers, voice control and keyboard-only navigation before go-live and after every major release.",
        "The Platform shall allow every resident to register and book on equal terms, whatever their age, disability or level of digital skills, including through a telephone booking route and staffed kiosks in each leisure centre<sup><a href=\"#fn2\" id=\"ref2\">2</a></sup>.",
        "The Contractor shall publish and keep up to date an accessibility statement for the Platform in the form required by the Council.",
    ]),
    ("Open interfaces and access for third parties", [
        "The Contractor shall provide a documented application programming interface through which sports clubs, schools and the national sports booking service can view availability and make bookings.",
        "Access to the interface shall be granted to any such third party on fair, reasonable and non-discriminatory terms, without exclusivity, and at no charge beyond the fees set out in Article 4.",
    ]),
    ("Allocation rules and automated decisions", [
        "Where demand for a pitch or hall exceeds supply, the Platform shall allocate slots by the published rules approved by the Council's Sport and Leisure Committee, and shall record the reasons for each allocation.",
        "The Contractor shall ensure that any automated ranking or waiting-list function is explainable, is tested for bias between groups of Users before it is switched on, and can be overridden by Council officers.",
    ]),
    ("Data protection", [
        "The Council is the controller and the Contractor the processor of personal data of Users. The Contractor shall process it only on the Council's documented instructions and in accordance with the UK GDPR and the Data Protection Act 2018.",
        "All personal data shall be hosted in the United Kingdom. The Contractor shall notify the Council of any personal data breach within 24 hours and support the Council in meeting its own notification duties.",
        "The categories of data, the purposes and the retention periods are set out in the data processing schedule attached to the Contract.",
    ]),
    ("Information security", [
        "The Contractor shall hold Cyber Essentials Plus certification throughout the Contract and shall have the Platform penetration tested annually by an independent tester approved by the Council.",
        "Card payments shall be processed only by a payment service provider that complies with the PCI DSS standard.",
    ]),
    ("Training and documentation", [
        "The Contractor shall train up to forty Council staff as administrators and front-desk users before go-live, and shall provide refresher sessions after each major release.",
        "The Contractor shall provide and keep current user guides for staff and for the public, in plain English, and an online help centre available at all times.",
        "Training materials become the property of the Council, which may adapt and reuse them for its own staff.",
    ]),
    ("Warranties and releases", [
        "The Contractor warrants that the Platform will perform substantially in accordance with the Specification and that each release will be tested in a staging environment before it is deployed.",
        "The Contractor shall give the Council at least fifteen Working Days' notice of any release that changes the way Users book or pay, with release notes describing the changes.",
        "No release may remove a function listed in the Specification without the Council's written agreement.",
    ]),
    ("Work on Council premises", [
        "Contractor personnel installing kiosks or training staff in leisure centres shall comply with the Council's site rules, health and safety procedures and fire precautions.",
        "Personnel working unsupervised in areas used by children shall be members of the Protecting Vulnerable Groups scheme.",
    ]),
    ("Subcontracting", [
        "The Contractor shall not subcontract the hosting of the Platform or the processing of personal data without the prior written consent of the Council.",
        "The Contractor remains responsible for all work carried out by its subcontractors as if it were its own.",
    ]),
    ("Insurance", [
        "The Contractor shall maintain professional indemnity insurance of at least £5,000,000, public liability insurance of at least £5,000,000 and cyber insurance of at least £2,000,000 for the duration of the Contract and for six years after it.",
    ]),
    ("Confidentiality and freedom of information", [
        "Each party shall keep confidential the other party's confidential information and use it only for the Contract.",
        "The Contractor acknowledges that the Council is subject to the Freedom of Information (Scotland) Act 2002 and shall assist it in responding to requests within the statutory time limits.",
    ]),
    ("Termination", [
        "The Council may terminate the Contract by written notice if the Contractor commits a material breach that is not remedied within thirty days of notice, if availability falls below 97% in any two months of a rolling six-month period, or if the Contractor becomes insolvent.",
        "On expiry or termination the Contractor shall provide an export of all Council data in an open format and support the transfer to a new provider for up to three months.",
    ]),
    ("Governing law", [
        "The Contract is governed by the law of Scotland and the parties submit to the exclusive jurisdiction of the Scottish courts.",
    ]),
]


def build_74(path):
    arts = []
    for i, (title, items) in enumerate(DOC74_ARTICLES):
        lis = []
        for it in items:
            if it == "TABLE":
                lis.append("</ol>\n" + HTML74_TABLE + "\n<ol>")
            else:
                lis.append(f"<li>{it}</li>")
        ol = "<ol>" + "\n".join(lis) + "</ol>"
        ol = ol.replace("<ol></ol>", "")
        arts.append(f'<section class="article" id="art{i + 1}">\n<h3>Article {i + 1}. {escape(title)}</h3>\n{ol}\n</section>')
    html = HTML74_TEMPLATE.replace("%%ARTICLES%%", "\n".join(arts))
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)


HTML74_TABLE = """<table class="charges">
<caption>Charges (GBP, excluding VAT)</caption>
<thead><tr><th scope="col">Item</th><th scope="col">Basis</th><th scope="col">Charge</th></tr></thead>
<tbody>
<tr><td>Implementation, configuration and data migration</td><td>one-off, paid by milestone</td><td>48,500</td></tr>
<tr><td>Platform licence and hosting (all venues)</td><td>per year</td><td>36,200</td></tr>
<tr><td>Additional venue</td><td>per venue per year</td><td>1,150</td></tr>
<tr><td>Kiosk hardware and support</td><td>per kiosk per year</td><td>640</td></tr>
<tr><td>Booking fee charged to Users</td><td>per online booking</td><td>0.00</td></tr>
</tbody>
</table>"""

HTML74_TEMPLATE = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>LC-DS-2025-042 Online Leisure and Room Booking Platform - Conditions of Contract | Lothmuir Public Contracts</title>
<link rel="stylesheet" href="/assets/portal.css">
<style>
 body { font-family: Arial, Helvetica, sans-serif; margin: 0; color: #1d1d1d; }
 .cookie-banner { background: #20262e; color: #fff; padding: 1em; }
 header.site { background: #004b6b; color: #fff; padding: .5em 1em; }
 nav.primary a { color: #fff; margin-right: 1.2em; }
 .layout { display: flex; gap: 2em; padding: 1em 2em; }
 main { flex: 3; } aside { flex: 1; border-left: 1px solid #ccc; padding-left: 1em; }
 table.charges { border-collapse: collapse; margin: 1em 0; }
 table.charges td, table.charges th { border: 1px solid #888; padding: .3em .6em; }
 .footnotes { font-size: .85em; border-top: 1px solid #999; margin-top: 2em; }
 footer.site { background: #eee; padding: 1em 2em; font-size: .85em; }
</style>
<script>
 window.dataLayer = window.dataLayer || [];
 function acceptCookies() { document.cookie = "lpc_consent=all; path=/; max-age=31536000"; document.getElementById("cookie-banner").hidden = true; }
</script>
</head>
<body>
<div class="cookie-banner" id="cookie-banner" role="region" aria-label="Cookie banner">
 <p>We use essential cookies to make this portal work and, with your consent, analytics cookies to understand how it is used. We treat every visitor the same whatever choice you make.</p>
 <button type="button" onclick="acceptCookies()">Accept all cookies</button>
 <button type="button" onclick="document.getElementById('cookie-banner').hidden=true">Essential cookies only</button>
 <a href="/cookies">Cookie settings</a>
</div>
<header class="site">
 <a class="logo" href="/">Lothmuir Public Contracts</a>
 <nav class="primary" aria-label="Main navigation">
  <a href="/">Home</a> <a href="/notices">Find contract notices</a> <a href="/buyers">For buyers</a>
  <a href="/suppliers">For suppliers</a> <a href="/register">Register</a> <a href="/help">Help</a>
 </nav>
 <form class="search" action="/search" method="get" role="search">
  <label for="q">Search notices</label>
  <input type="search" id="q" name="q" placeholder="Keyword, reference or CPV code">
  <button type="submit">Search</button>
 </form>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb">
 <ol class="crumbs">
  <li><a href="/">Home</a></li>
  <li><a href="/notices">Contract notices</a></li>
  <li><a href="/notices/LC-DS-2025-042">LC-DS-2025-042</a></li>
  <li aria-current="page">Conditions of contract</li>
 </ol>
</nav>
<div class="layout">
<main id="content">
<p class="notice-meta">Buyer: Lothmuir Council, Digital Services &middot; Procedure: open procedure &middot; Published: 14 April 2025 &middot; Deadline for tenders: 19 May 2025, 12:00</p>
<h1>Online Leisure and Room Booking Platform</h1>
<h2>Document 4 of 6: Conditions of Contract</h2>
<p>These conditions will form part of the contract between Lothmuir Council and the successful tenderer. They are published with the invitation to tender LC-DS-2025-042 and may not be amended by tenderers. Words beginning with a capital letter have the meaning given in Article 1.</p>
%%ARTICLES%%
<details id="schedule-social-value">
<summary>Schedule 1: Community benefits (click to expand)</summary>
<p>Under the Council's community benefits policy, the Contractor shall deliver the community benefits offered in its tender, which were scored at 5% of the quality evaluation. They include:</p>
<ol>
 <li>one modern apprenticeship or graduate placement in digital support, recruited through the Lothmuir employability partnership, during each year of the Contract;</li>
 <li>at least two of the five new posts created for the Contract to be filled by people who are long-term unemployed or care-experienced, referred by the employability partnership;</li>
 <li>ten free digital-skills sessions a year for older residents at Council libraries; and</li>
 <li>a report on the delivery of these benefits to each annual contract review, with evidence of the placements made.</li>
</ol>
<p>Community benefits are monitored at the annual review. Failure to deliver them is recorded in the Council's supplier performance system but does not give rise to service credits.</p>
</details>
<section class="footnotes" aria-label="Notes">
<h3>Notes</h3>
<ol>
 <li id="fn1">As required by the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018. <a href="#ref1">Back</a></li>
 <li id="fn2">The Council is itself subject to the public sector equality duty in section 149 of the Equality Act 2010 when it designs and provides leisure services; this Article is how the Council applies that duty to the booking of its venues by the public. <a href="#ref2">Back</a></li>
 <li id="fn3">Service credits are a price adjustment reflecting the reduced value of the service and are not an estimate of loss; they do not limit the Council's right to terminate under Article 17. <a href="#ref3">Back</a></li>
</ol>
</section>
</main>
<aside aria-label="Related notices">
 <h2>Related notices</h2>
 <ul>
  <li><a href="/notices/LC-DS-2025-039">LC-DS-2025-039 Library management system - support and maintenance</a> (closes 2 May 2025)</li>
  <li><a href="/notices/LC-FM-2025-011">LC-FM-2025-011 Grounds maintenance framework, lots 1-3</a> (closes 9 May 2025)</li>
  <li><a href="/notices/LC-CS-2025-006">LC-CS-2025-006 Home care services framework</a> (awarded)</li>
 </ul>
 <h2>About this procedure</h2>
 <p>All questions and answers are published to every registered bidder at the same time, so that there is equal treatment of all bidders. Bidders must not contact elected members or officers about this procedure.</p>
 <p><a href="/notices/LC-DS-2025-042/documents">All procurement documents (6)</a></p>
</aside>
</div>
<footer class="site">
 <p>Lothmuir Public Contracts gives free and non-discriminatory access to this portal and to all published opportunities for suppliers of every size and location.</p>
 <p><a href="/accessibility">Accessibility statement</a> | <a href="/privacy">Privacy notice</a> | <a href="/cookies">Cookies</a> | <a href="/terms">Terms of use</a> | <a href="/contact">Contact the procurement team</a></p>
 <p>Lothmuir Council is a Disability Confident employer and an accredited Living Wage employer. &copy; 2025 Lothmuir Council.</p>
</footer>
<script src="/assets/portal.js" defer></script>
<script>
 document.querySelectorAll("details").forEach(function (d) { d.addEventListener("toggle", function () { window.dataLayer.push({event: "details_toggle", id: d.id}); }); });
</script>
</body>
</html>
"""


# ===========================================================================
# 75  PDF A  -  weak (commitment without grounds; monitoring + remedies)  -  US county
# Two columns. Section 14 (fair employment, no protected ground) starts at the top
# of the left column; Section 15 (service to the public, names race, color,
# national origin, sex, age, religion, disability) starts at the top of the right
# column of the same page, so reading straight across puts the grounds beside the
# employment duty.
# ===========================================================================
DOC75 = dict(
    header="County of Alder Ridge  -  RFP ARC-2025-117 Custodial Services  -  General Terms and Conditions",
    cover=[
        ("T", "COUNTY OF ALDER RIDGE"),
        ("S", "Department of General Services, Purchasing Division"),
        ("S", "2200 Courthouse Plaza, Suite 410, Alder Ridge"),
        ("G", ""),
        ("T2", "Request for Proposals No. ARC-2025-117"),
        ("T2", "Custodial Services for County Administrative and Public Facilities"),
        ("G", ""),
        ("S", "Exhibit C: Contract General Terms and Conditions"),
        ("G", ""),
        ("P", "These General Terms and Conditions will be incorporated into the Contract between the County of Alder Ridge and the successful proposer. Proposers must state any exception in their proposal; exceptions not stated will be deemed waived. Capitalized terms have the meaning given in Section 1."),
        ("P", "Issue date: March 3, 2025. Pre-proposal site visit: March 18, 2025. Proposals due: April 10, 2025, 2:00 p.m. local time, through the County's e-procurement system."),
        ("P", "Contract administrator: Purchasing Division, Contract Compliance Office. All questions must be submitted in writing through the e-procurement system; answers are issued as addenda to all registered proposers."),
    ],
    certs=[
        "Non-collusion. The proposal has been prepared independently, without consultation, communication or agreement with any other proposer for the purpose of restricting competition, and the prices proposed have not been disclosed to any other proposer.",
        "Debarment. Neither the proposer nor any of its principals is presently debarred, suspended, proposed for debarment or declared ineligible for award of contracts by any federal, state or local government agency.",
        "Conflict of interest. No County officer or employee has a financial interest in the proposal or in the proposer, and the proposer has not offered any gift or gratuity to a County officer or employee in connection with this solicitation.",
        "Lobbying. The proposer has not contacted any member of the Board of Commissioners or the evaluation committee about this solicitation during the blackout period, other than the Purchasing Division contact named in the RFP.",
        "Drug-free workplace. The proposer maintains a drug-free workplace policy and will apply it to all personnel assigned to County Facilities.",
        "Addenda. The proposer acknowledges receipt of all addenda issued for this solicitation and has taken them into account in its proposal.",
        "Acceptance. The proposer has read Exhibit C and accepts the General Terms and Conditions without exception, except as stated in the exceptions form of its proposal.",
        "Public records. The proposer understands that its proposal becomes a public record after award, subject to the exemptions of the state public records law for trade secrets properly marked.",
    ],
    sections=[
        ("Definitions", [
            "\"County\" means the County of Alder Ridge, acting through its Department of General Services. \"Contractor\" means the proposer awarded the Contract, and includes its permitted successors. \"Facilities\" means the buildings listed in Exhibit A, including the Courthouse, the Administration Center, the three branch libraries and the Public Health Clinic.",
            "\"Services\" means the custodial, floor care, restroom, trash and recycling services described in the Scope of Work (Exhibit A), together with any additional services ordered by change order. \"Business day\" means a weekday other than a County holiday.",
        ]),
        ("Scope of Services", [
            "Contractor shall furnish all labor, supervision, equipment, supplies and transportation necessary to perform the Services at the Facilities, at the frequencies stated in the Scope of Work, during the hours set by the County's facility managers.",
            "The County may add or delete Facilities, or change the frequency of any task, by written change order. Compensation shall be adjusted using the unit rates in Contractor's price proposal.",
        ]),
        ("Term and Renewal", [
            "The initial term of the Contract is three years from the effective date stated in the notice to proceed. The County may renew the Contract for up to two additional one-year periods on the same terms, subject to annual appropriation of funds by the Board of Commissioners.",
            "If the Contract expires before a successor contract is in place, Contractor shall continue to perform for up to ninety days at the rates then in effect, if so requested by the County in writing.",
        ]),
        ("Compensation and Rates", [
            "The County shall pay Contractor the monthly lump sum for each Facility and the unit rates for additional services stated in the price proposal. These amounts constitute full compensation for the Services, including wages, benefits, taxes, supplies, equipment, overhead and profit.",
            "Rates are firm for the initial term. For each renewal, Contractor may request an adjustment not exceeding the change in the Consumer Price Index for All Urban Consumers for the preceding twelve months.",
        ]),
        ("Invoices and Payment", [
            "Contractor shall submit one invoice per month for each Facility, in arrears, itemizing the Services performed and any approved additional services. Invoices shall reference the purchase order number.",
            "The County shall pay properly submitted and undisputed invoices within thirty days of receipt. The County may withhold payment for Services not performed or performed unsatisfactorily until the deficiency is corrected.",
        ]),
        ("Independent Contractor", [
            "Contractor is an independent contractor. Contractor's employees are not employees of the County and are not entitled to any County benefits. Contractor is solely responsible for the wages, payroll taxes, withholding, unemployment insurance and workers' compensation coverage of its employees.",
        ]),
        ("Personnel and Background Checks", [
            "Contractor shall assign a full-time account manager with authority to act for Contractor and shall provide a working supervisor at each Facility on each shift. Contractor shall replace the account manager only with the County's prior approval.",
            "All personnel assigned to the Courthouse, the Public Health Clinic or any area holding records shall pass a criminal background check acceptable to the County Sheriff before starting work. The County may require the removal of any person whose conduct is inappropriate or who fails to follow Facility security rules.",
            "Contractor's personnel shall wear uniforms and photo identification badges at all times while on County premises.",
        ]),
        ("Performance Standards and Inspections", [
            "The Services shall be performed to the standards of the Scope of Work. The County's facility managers may inspect any Facility at any time and record deficiencies in the County's inspection system.",
            "Contractor shall correct each deficiency within the response time stated in the Scope of Work, and shall attend a monthly performance meeting with the County to review inspection scores, complaints and corrective actions.",
        ]),
        ("Supplies and Green Cleaning", [
            "Contractor shall use cleaning chemicals, paper products and trash liners that meet a recognized green cleaning standard, and shall submit a product list and safety data sheets for approval before the start of the Services.",
            "Contractor shall train its personnel in the correct dilution and use of each product and shall keep chemicals in locked storage.",
        ]),
        ("Safety", [
            "Contractor shall comply with all occupational safety and health standards applicable to the Services, shall provide its personnel with the personal protective equipment required by those standards, and shall report any injury on County premises to the facility manager on the same day.",
            "Wet floor signs shall be displayed whenever floors are wet, and equipment shall not be left unattended in public corridors.",
        ]),
        ("Insurance", [
            "Contractor shall maintain commercial general liability insurance of at least $2,000,000 per occurrence, automobile liability of at least $1,000,000, workers' compensation as required by state law, and a fidelity or crime bond of at least $100,000 covering theft by its employees.",
            "The County, its officers and employees shall be named as additional insureds on the general and automobile liability policies. Certificates shall be delivered before work begins.",
        ]),
        ("Indemnification", [
            "Contractor shall defend, indemnify and hold harmless the County, its officers, employees and agents from all claims, losses and expenses, including reasonable attorney fees, arising out of the negligent acts or omissions or willful misconduct of Contractor or its personnel in performing the Contract.",
        ]),
        ("Subcontracting", [
            "Contractor shall not subcontract any portion of the Services without the prior written consent of the County. Window washing and carpet extraction may be subcontracted to firms identified in the proposal.",
            "Contractor remains responsible for the performance of its subcontractors and for payment to them.",
        ]),
        ("Fair Employment Practices", [
            "In performing this Contract and in all its operations in the County, Contractor shall not discriminate against any employee or applicant for employment in hiring, compensation, training, promotion, transfer, layoff or discharge, and shall take reasonable steps to ensure that applicants are employed, and that employees are treated during employment, fairly and solely on the basis of their ability to do the job.",
            "Contractor shall post, in places available to its employees and applicants for employment, a notice supplied by the County stating that Contractor does not discriminate against employees or applicants and setting out the provisions of this Section, and shall state in all job advertisements for work under the Contract that it is a fair employment practices employer.",
            "Within ten business days of a written request, Contractor shall furnish the County's Contract Compliance Officer with its hiring, promotion, discipline and payroll records for the workforce assigned to the Contract, and any other information reasonably requested to verify compliance with this Section and the absence of discrimination in its employment practices, and shall permit the Officer to review records and interview employees on site.",
            "Noncompliance with this Section, including any act of discrimination against an employee or applicant, is a material breach of the Contract. In addition to its other remedies, the County may withhold payments until the breach is cured, terminate the Contract for default under Section 22, and declare Contractor ineligible to bid on County contracts for up to three years.",
        ]),
        ("Services to the Public and Accessibility", [
            "Contractor's personnel shall treat members of the public using the Facilities courteously, and shall not deny any person the use of, or access to, any Facility or service on account of race, color, national origin, sex, age, religion or disability, in accordance with Title VI of the Civil Rights Act of 1964 and Title II of the Americans with Disabilities Act as they apply to County programs.",
            "Contractor shall keep accessible routes, ramps, elevators, accessible restrooms and changing tables clean and free of obstruction, and shall not store carts or equipment in accessible parking spaces or along accessible routes.",
            "Complaints from members of the public about Contractor's personnel shall be forwarded to Contractor by the facility manager and answered in writing within five business days.",
        ]),
        ("Records, Audit and Public Records", [
            "Contractor shall keep complete and accurate books and records of the Services invoiced for three years after final payment. The County or its auditors may examine those records to verify amounts invoiced.",
            "Records submitted to the County may be subject to disclosure under the state public records law. Contractor shall mark any trade secret information, but the County decides whether an exemption applies.",
        ]),
        ("Confidentiality and Data Security", [
            "Contractor's personnel shall not read, copy, remove or disclose any document, file or information found in the Facilities, and shall report immediately any unsecured confidential material.",
            "Any personal information of County residents or employees that Contractor obtains shall be protected and used only to perform the Services.",
        ]),
        ("Liquidated Damages for Performance Failures", [
            "Because the damages caused by service failures are difficult to determine, the County may deduct as liquidated damages, and not as a penalty, $250 for each restroom not serviced on schedule, $500 for each Facility not opened or secured at the scheduled time, and $100 per day for each deficiency not corrected within its response time.",
            "Liquidated damages shall not exceed ten percent of the monthly invoice for the Facility concerned.",
        ]),
        ("Force Majeure", [
            "Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics, acts of government or civil disturbance, provided it gives prompt notice. Strikes or labor shortages affecting Contractor are not force majeure events.",
        ]),
        ("Suspension", [
            "The County may suspend the Services at any Facility, in whole or in part, by written notice. Compensation shall be reduced in proportion to the Services suspended.",
        ]),
        ("Termination for Convenience", [
            "The County may terminate the Contract in whole or in part for its convenience on sixty days' written notice. Contractor shall be paid for Services performed up to the termination date, but not for anticipated profit.",
        ]),
        ("Termination for Default", [
            "The County may terminate the Contract for default if Contractor fails to perform any material obligation, including those in Section 14, and does not cure the failure within ten days after written notice, or immediately if the failure endangers public health or safety.",
            "On termination for default, Contractor shall be liable for the excess cost to the County of procuring substitute services for the remainder of the term.",
        ]),
        ("Dispute Resolution", [
            "Disputes shall first be submitted to the Director of General Services, whose written decision is final unless Contractor appeals to the County Administrator within fifteen days. Contractor shall continue performance while a dispute is pending.",
        ]),
        ("Governing Law and Venue", [
            "The Contract is governed by the laws of the State in which the County is located. Venue for any action lies exclusively in the circuit court for the County.",
        ]),
        ("Entire Agreement, Amendments and Notices", [
            "The Contract, consisting of the signed agreement, these General Terms and Conditions, the Scope of Work, the addenda and Contractor's proposal, in that order of precedence, is the entire agreement of the parties. It may be amended only by a written amendment signed by both parties.",
            "Notices shall be in writing and delivered by hand, certified mail or e-mail with confirmation of receipt to the addresses stated in the signed agreement.",
        ]),
    ],
)


# ===========================================================================
# 76  PDF B  -  exemplary  -  English city council highways framework
# Paraphrased clause (no "discriminat*"). Contents page with dotted leaders,
# footnotes at page bottom, the flow-down sentence broken across a page break,
# the deductions table runs over a page break with rows D6/D7 on its second page.
# ===========================================================================
DOC76 = dict(
    header="Kingsmere City Council  -  Highways Maintenance and Minor Works Framework  -  KCC/HW/2025/06",
    title=["KINGSMERE CITY COUNCIL", "Highways Maintenance and Minor Works Framework Agreement",
           "Reference KCC/HW/2025/06  -  Framework Conditions (Volume 2 of the Invitation to Tender)"],
    footnotes={
        1: "The protected characteristics are those listed in sections 4 to 12 of the Equality Act 2010: age, disability, gender reassignment, marriage and civil partnership, pregnancy and maternity, race (including colour, nationality, ethnic and national origin), religion or belief, sex and sexual orientation.",
        2: "Situation testing means sending matched pairs of fictitious applications or enquiries that differ only in a protected characteristic and comparing the responses. Results are used for the purposes of Articles 13 and 14 only.",
        3: "The Equality and Human Rights Commission, which may also receive reports from workers or applicants directly.",
    },
    articles=[
        ("Definitions and interpretation", [
            "1.1 In this Framework Agreement: \"Council\" means Kingsmere City Council, Guildhall, Kingsmere KM1 1GH; \"Contractor\" means each contractor appointed to the framework; \"Call-Off Contract\" means a contract for Works awarded under Article 3; \"Works\" means highways maintenance, resurfacing, drainage, footway and minor improvement works; \"Equality Legislation\" means the Equality Act 2010 and regulations made under it; \"Protected Characteristics\" has the meaning given in that Act[[FN:1]].",
            "1.2 \"Supply Chain\" means the Contractor's subcontractors at every tier, its suppliers of labour and any employment business or agency supplying workers for the Works. \"Working Day\" means any day other than a Saturday, Sunday or bank holiday in England.",
        ]),
        ("Scope of the Framework Agreement", [
            "2.1 This Framework Agreement sets out the terms on which the Council may award Call-Off Contracts for Works on the adopted highway network of the City over a period of four years. The estimated total value of Call-Off Contracts is between £18 million and £26 million.",
            "2.2 The Council is not obliged to award any Call-Off Contract and the Contractor has no exclusivity. Each Call-Off Contract incorporates these conditions and the NEC4 Engineering and Construction Short Contract or Option A contract, as stated in the call-off documents.",
        ]),
        ("Award of Call-Off Contracts", [
            "3.1 Call-Off Contracts with an estimated value below £250,000 are awarded by direct award on a rotational basis; those of £250,000 or more are awarded by mini-competition among all Contractors in the relevant lot.",
            "3.2 In each mini-competition every Contractor in the lot is given the same information at the same time and an equal opportunity to submit a bid. Bids are evaluated only on the criteria and weightings stated in the invitation to bid.",
        ]),
        ("Duration", [
            "4.1 The Framework Agreement starts on 1 July 2025 and expires on 30 June 2029. Call-Off Contracts awarded before expiry continue until their own completion.",
        ]),
        ("Prices and rates", [
            "5.1 Call-Off Contracts are priced using the Contractor's schedule of rates, adjusted by its tendered percentage. Rates are fixed until 30 June 2026 and then adjusted annually using the BCIS road construction resource cost index.",
            "5.2 Dayworks are paid only where ordered in writing by the Council's supervisor, at the rates in the schedule.",
        ]),
        ("Payment", [
            "6.1 The Contractor submits an application for payment at the end of each month. The Council issues a payment notice within five days of the due date and pays the notified sum within thirty days of the due date, in accordance with the Housing Grants, Construction and Regeneration Act 1996.",
            "6.2 The Contractor shall pay its subcontractors within thirty days of receipt of a valid invoice and shall include an equivalent payment term in each subcontract.",
        ]),
        ("Performance, supervision and quality", [
            "7.1 The Contractor shall carry out the Works in accordance with the Specification for Highway Works, the Council's highway design guide and the instructions of the supervisor.",
            "7.2 The Contractor shall operate a quality management system certified to ISO 9001. The supervisor may test any materials and workmanship and may instruct the removal of defective work at the Contractor's cost.",
        ]),
        ("Health, safety and traffic management", [
            "8.1 The Contractor acts as principal contractor under the Construction (Design and Management) Regulations 2015 where so appointed, and shall provide a construction phase plan before starting any Works.",
            "8.2 Traffic management shall comply with Chapter 8 of the Traffic Signs Manual and the Safety at Street Works and Road Works code of practice, and shall keep safe routes for pedestrians, wheelchair users and cyclists at all times.",
        ]),
        ("Environmental requirements", [
            "9.1 The Contractor shall recycle at least 90% by weight of the construction and excavation waste from the Works, use warm-mix asphalt where the supervisor agrees, and report fuel use and emissions quarterly.",
        ]),
        ("Social value and local employment", [
            "10.1 The Contractor shall deliver the social value commitments in its tender, including one apprentice for every £1 million of Works awarded, work placements for residents referred by the Kingsmere Works employment service, and the local supply chain spend it offered.",
            "10.2 Delivery of social value is reported quarterly and reviewed at the annual framework review. It does not give rise to deductions under Article 18.",
        ]),
        ("Equality of opportunity and treatment", [
            "11.1 The Contractor shall secure equality of opportunity and treatment for all its workers and all applicants for work in recruitment, selection, terms of employment, pay, training, promotion and dismissal, and shall not treat any of them less favourably because of race, colour, ethnic or national origin, nationality, religion or belief, sex, sexual orientation, gender reassignment, age or disability, or any other of the Protected Characteristics.",
            "11.2 The Contractor shall not harass or victimise any worker or applicant, shall comply with the Equality Legislation, and shall give equivalent protection to workers supplied to it by an agency.",
            "11.3 The Contractor shall keep a written equality policy, approved at board level, that names the person responsible for it and is brought to the attention of all workers on the Works.",
            "11.4 Articles 11.1 to 11.3 and Article 12 apply to every Call-Off Contract. Articles 13 and 14 apply to each Call-Off Contract with a value of £100,000 or more or a duration of more than twelve months, where the Contractor employs eleven or more people.",
        ]),
        ("Subcontractors and agency workers", [
            "12.1 The Contractor shall include in every subcontract and in every contract with an employment business or agency for the supply of workers for the Works obligations equivalent to those of Article 11, shall require each member of its Supply Chain to pass those obligations on to any lower tier, and shall take appropriate action, up to and including the replacement of the subcontractor or agency concerned, where it becomes aware that a member of its Supply Chain does not respect them.",
            "12.2 On request the Contractor shall give the Council a list of the subcontractors and agencies engaged on each Call-Off Contract.",
        ]),
        ("Equality monitoring", [
            "13.1 Within thirty days of the award of a Call-Off Contract to which this Article applies, the Contractor shall complete the Council's equality self-assessment questionnaire and send it to the Council with the supporting evidence requested, including its equality policy, its recruitment procedure and anonymised data on the composition of its workforce.",
            "13.2 The Council may at any time request further information or documents, carry out an audit of the Contractor's recruitment and employment records, and commission situation testing[[FN:2]] of the Contractor's recruitment by an independent body.",
            "13.3 The Council may report suspected breaches of Article 11 to the Equality and Human Rights Commission[[FN:3]] and may take into account any finding of an employment tribunal against the Contractor.",
        ]),
        ("Equality action plan and support", [
            "14.1 Where the questionnaire, an audit or a situation test shows that the Contractor falls short of Article 11, the Contractor shall, within sixty days of the Council's notice, submit an equality action plan setting out the measures it will take, the persons responsible and the dates by which each measure will be completed.",
            "14.2 The Council's Equality and Inclusion Team will offer the Contractor guidance and coaching in preparing and carrying out the plan, including model policies and training for recruiting managers, at no charge.",
            "14.3 The Council and the Contractor shall review progress against the plan six months after its approval. The Council applies the measures in Articles 18 and 20 only where the Contractor does not submit or does not carry out the plan after this support has been offered.",
        ]),
        ("Insurance", [
            "15.1 The Contractor shall maintain employer's liability insurance of at least £10 million, public liability insurance of at least £10 million and contractor's all risks insurance for the full value of the Works under each Call-Off Contract.",
        ]),
        ("Data protection", [
            "16.1 Where the Contractor processes personal data on behalf of the Council, including data about residents who report highway defects, it does so as processor and in accordance with the UK GDPR and the Data Protection Act 2018. Workforce data supplied under Article 13 shall be anonymised before it is sent.",
        ]),
        ("Confidentiality and freedom of information", [
            "17.1 Each party shall keep confidential the other party's confidential information. The Contractor acknowledges that the Council is subject to the Freedom of Information Act 2000 and may publish this Framework Agreement with commercially sensitive information redacted.",
        ]),
        ("Deductions", [
            "18.1 Without prejudice to its other rights, the Council may deduct from sums due to the Contractor the amounts set out in the following table for each failure listed. The parties agree that these amounts are a genuine pre-estimate of the Council's loss and are proportionate to its legitimate interest in the proper performance of the Works.",
            ("TABLE", None),
            "18.2 Deductions are notified to the Contractor in the payment notice with the reasons. The total of deductions under items D6 and D7 shall not exceed 2% of the value of the Call-Off Contract concerned.",
        ]),
        ("Suspension", [
            "19.1 The Council may suspend the award of further Call-Off Contracts to a Contractor whose performance score falls below the threshold in the framework management schedule for two consecutive quarters, until its score has recovered.",
        ]),
        ("Termination and exclusion", [
            "20.1 The Council may terminate the Framework Agreement or any Call-Off Contract by notice if the Contractor commits a material breach that it does not remedy within twenty Working Days of notice, or becomes insolvent.",
            "20.2 A persistent failure to comply with Article 11 or Article 12, where the Contractor has not submitted or has not carried out an equality action plan under Article 14 after support has been offered, is a material breach. In that case the Council may terminate the Framework Agreement, remove the Contractor from the framework and, to the extent permitted by law, take the breach into account when deciding whether to exclude the Contractor from its future procurements.",
        ]),
        ("Disputes", [
            "21.1 Either party may refer a dispute to adjudication at any time under the Scheme for Construction Contracts. Disputes not resolved by adjudication are referred to the courts of England and Wales.",
        ]),
        ("Governing law", [
            "22.1 This Framework Agreement and each Call-Off Contract are governed by the law of England and Wales.",
        ]),
    ],
    table=[
        ("Item", "Failure", "Deduction"),
        ("D1", "Emergency call-out not attended within two hours of instruction", "£250 for each hour or part of an hour of delay"),
        ("D2", "Category 1 defect not made safe within 24 hours", "£500 per defect per day"),
        ("D3", "Traffic management not in accordance with Chapter 8 of the Traffic Signs Manual", "£1,000 per occurrence"),
        ("D4", "Reinstatement failing the core test of the Specification", "Cost of re-excavation plus £300"),
        ("D5", "As-built records or inspection data submitted late", "£100 per Working Day"),
        ("D6", "Equality questionnaire, evidence or information requested under Article 13 not provided within the time set", "£250 per week of delay"),
        ("D7", "Equality action plan under Article 14 not submitted or not carried out after the Council's support has been offered", "£500 per week until the plan is submitted or the measure is completed"),
        ("D8", "Social value output under Article 10 not delivered", "No deduction; recorded in the annual framework review"),
    ],
)


# ---------------------------------------------------------------------------
# PDF layout engine (fpdf2, core Helvetica, Latin-1): own line breaking with
# hyphenation and justification, columns, footnotes, tables, forced breaks.
# ---------------------------------------------------------------------------
from fpdf import FPDF

LATIN = {"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'", "\u2013": "-", "\u2014": "-", "\u00a0": " "}


def latin(s):
    for a, b in LATIN.items():
        s = s.replace(a, b)
    s.encode("latin-1")
    return s


HYPH = {
    "discriminate": [3, 8], "discrimination": [3, 8, 10], "employment": [2, 6], "employees": [2, 6],
    "employee": [2, 6], "applicants": [2, 5], "applicant": [2, 5], "compliance": [3, 6],
    "noncompliance": [3, 6, 9], "compensation": [3, 6, 8], "promotion": [3, 5], "opportunity": [2, 5, 7],
    "information": [2, 5, 7], "requested": [2, 5], "Contractor": [3, 7], "Contractor's": [3, 7],
    "Facilities": [3, 5, 7], "advertisements": [2, 6, 9], "accessible": [2, 5], "performance": [3, 6],
    "responsible": [2, 6, 8], "equivalent": [2, 5, 7], "recruitment": [2, 7], "subcontractor": [3, 6, 10],
    "subcontractors": [3, 6, 10], "protection": [3, 6], "characteristics": [4, 7, 10, 12],
    "writing": [4], "Contract": [3], "contracts": [3], "material": [3, 5], "Services": [3],
}
VOW = set("aeiouyAEIOUY")


def hyph_points(core):
    if core in HYPH:
        return HYPH[core]
    if core.lower() in HYPH:
        return HYPH[core.lower()]
    if len(core) < 7 or not core.isalpha():
        return []
    pts = []
    for i in range(3, len(core) - 2):
        a, b, c = core[i - 1], core[i], core[i + 1]
        if a in VOW and b not in VOW and c in VOW:
            pts.append(i)
        elif (a not in VOW and b not in VOW and core[i - 2] in VOW and c in VOW
              and (a + b).lower() not in ("th", "ch", "sh", "ph", "ck", "ng", "qu", "wh", "gh")):
            pts.append(i)
    return pts


def split_token(tok):
    m = re.match(r"^([\"'(]*)([A-Za-z']+?)([\"'),.;:]*)$", tok)
    if not m:
        return None
    return m.groups()


class Flow:
    def __init__(self, ncols=1, gutter=8.0, left=20.0, right=20.0, top=24.0, bottom=22.0,
                 size=10.0, lh=5.0, fn_size=7.5, fn_lh=3.5, hyphenate=True):
        self.m = FPDF(unit="mm", format="A4")
        self.W, self.H = 210.0, 297.0
        self.ncols_default, self.gutter = ncols, gutter
        self.left, self.right, self.top, self.bottom = left, right, top, bottom
        self.size, self.lh, self.fn_size, self.fn_lh = size, lh, fn_size, fn_lh
        self.hyphenate = hyphenate
        self.pages, self.headings, self.placed = [], [], []
        self.tag = None
        self.new_page()

    # geometry --------------------------------------------------------------
    def textw(self):
        return self.W - self.left - self.right

    def colw(self):
        n = self.page["ncols"]
        return (self.textw() - (n - 1) * self.gutter) / n

    def colx(self):
        return self.left + self.col * (self.colw() + self.gutter)

    def limit(self):
        return self.H - self.bottom - self.page["fnh"]

    def new_page(self, ncols=None):
        self.page = {"ops": [], "fns": [], "fnh": 0.0, "ncols": ncols or self.ncols_default}
        self.pages.append(self.page)
        self.col, self.y = 0, self.top

    def advance(self):
        if self.col < self.page["ncols"] - 1:
            self.col += 1
            self.y = self.col_top
        else:
            self.new_page()
            self.col_top = self.top

    col_top = 24.0

    def width(self, s, style="", size=None):
        self.m.set_font("Helvetica", style, size or self.size)
        return self.m.get_string_width(s)

    # measuring tokens with footnote markers (\x01N) -----------------------------
    def tok_w(self, t, style, size):
        if "\x01" in t:
            base, n = t.split("\x01")
            return self.width(base, style, size) + self.width(n, "", size * 0.65)
        return self.width(t, style, size)

    def break_lines(self, text, width, style="", size=None, hyph=True):
        size = size or self.size
        text = re.sub(r"\[\[FN:(\d+)\]\]([.,;:)]*)", lambda m: m.group(2) + "\x01" + m.group(1), latin(text))
        queue = text.split()
        sp = self.width(" ", style, size)
        lines, cur, curw = [], [], 0.0
        while queue:
            t = queue.pop(0)
            tw = self.tok_w(t, style, size)
            need = tw + (sp if cur else 0)
            if curw + need <= width + 0.01:
                cur.append(t)
                curw += need
                continue
            done = False
            parts = split_token(t) if (hyph and self.hyphenate and "\x01" not in t) else None
            if parts:
                pre, core, post = parts
                avail = width - curw - (sp if cur else 0)
                for p in reversed(hyph_points(core)):
                    head = pre + core[:p] + "-"
                    if self.width(head, style, size) <= avail:
                        cur.append(head)
                        queue.insert(0, core[p:] + post)
                        done = True
                        break
            if not done:
                if not cur:
                    cur.append(t)
                else:
                    queue.insert(0, t)
            lines.append(cur)
            cur, curw = [], 0.0
        if cur:
            lines.append(cur)
        return lines

    # drawing ---------------------------------------------------------------
    def draw_line_words(self, words, x, y, width, style, size, justify, last):
        ws = [self.tok_w(w, style, size) for w in words]
        sp = self.width(" ", style, size)
        gap = sp
        if justify and not last and len(words) > 1:
            gap = (width - sum(ws)) / (len(words) - 1)
        cx = x
        for w, wd in zip(words, ws):
            if "\x01" in w:
                base, n = w.split("\x01")
                self.page["ops"].append(("t", cx, y, base, style, size))
                bw = self.width(base, style, size)
                self.page["ops"].append(("t", cx + bw, y - size * 0.12, n, "", size * 0.65))
            else:
                self.page["ops"].append(("t", cx, y, w, style, size))
            cx += wd + gap

    def heading(self, text, size=None, key=None, gap_before=2.5):
        size = size or self.size + 1
        lines = self.break_lines(text, self.colw(), "B", size, hyph=False)
        if self.y > self.col_top + 0.1:
            self.y += gap_before
        if self.y + self.lh * (len(lines) + 2) > self.limit():
            self.advance()
        if key is not None:
            self.headings.append((key, text, len(self.pages)))
        for ln in lines:
            self.draw_line_words(ln, self.colx(), self.y + self.lh * 0.78, self.colw(), "B", size, False, True)
            self.y += self.lh * 1.05
        self.y += 0.8

    def para(self, text, style="", size=None, justify=True, break_after=None, fn_texts=None, space_after=1.8, indent=0.0):
        size = size or self.size
        lines = self.break_lines(text, self.colw() - indent, style, size)
        for i, ln in enumerate(lines):
            marks = [w.split("\x01")[1] for w in ln if "\x01" in w]
            extra = sum(self.fn_height(fn_texts[int(n)], first=not self.page["fns"]) for n in marks) if marks else 0.0
            if self.y + self.lh > self.limit() - extra:
                self.advance()
                extra = sum(self.fn_height(fn_texts[int(n)], first=not self.page["fns"]) for n in marks) if marks else 0.0
            self.draw_line_words(ln, self.colx() + indent, self.y + self.lh * 0.78, self.colw() - indent, style, size,
                                 justify, i == len(lines) - 1)
            self.placed.append((self.tag, len(self.pages), self.col, " ".join(ln)))
            for n in marks:
                self.page["fnh"] += self.fn_height(fn_texts[int(n)], first=not self.page["fns"])
                self.page["fns"].append((n, fn_texts[int(n)]))
            self.y += self.lh
            if break_after is not None and i + 1 == break_after:
                self.new_page()
        self.y += space_after

    def fn_height(self, text, first):
        lines = self.break_lines("0 " + text, self.textw() - 4, "", self.fn_size, hyph=False)
        return len(lines) * self.fn_lh + 1.2 + (4.0 if first else 0.0)

    def table(self, rows, widths, size=8.5, force_break_before=None):
        lh = self.lh * 0.85
        start_page = len(self.pages)

        def row_h(row, style):
            return max(len(self.break_lines(c, w - 3, style, size, hyph=False)) for c, w in zip(row, widths)) * lh + 2.4

        def draw_row(row, style):
            h = row_h(row, style)
            x = self.left
            for c, w in zip(row, widths):
                self.page["ops"].append(("r", x, self.y, w, h))
                yy = self.y + 1.2 + lh * 0.78
                for ln in self.break_lines(c, w - 3, style, size, hyph=False):
                    self.draw_line_words(ln, x + 1.5, yy, w - 3, style, size, False, True)
                    yy += lh
                x += w
            self.y += h

        draw_row(rows[0], "B")
        for i, row in enumerate(rows[1:], start=1):
            forced = (force_break_before == i and len(self.pages) == start_page)
            if forced or self.y + row_h(row, "") > self.limit():
                self.new_page()
                draw_row(rows[0], "B")
            self.tag_row = (i, len(self.pages))
            self.placed.append(("table", len(self.pages), 0, " ".join(row)))
            draw_row(row, "")
        self.y += 3

    # output ----------------------------------------------------------------
    def render(self, path, header, title_meta, footer_fmt="Page {i} of {n}", first_page_header=True):
        pdf = FPDF(unit="mm", format="A4")
        pdf.set_auto_page_break(False)
        pdf.set_title(title_meta)
        pdf.set_author("Fictitious buyer - blind test set")
        n = len(self.pages)
        for i, pg in enumerate(self.pages, start=1):
            pdf.add_page()
            if first_page_header or i > 1:
                pdf.set_font("Helvetica", "I", 7.5)
                pdf.text(self.left, 13, latin(header))
                pdf.set_line_width(0.2)
                pdf.line(self.left, 15, self.W - self.right, 15)
            for op in pg["ops"]:
                if op[0] == "t":
                    _, x, y, s, st, sz = op
                    pdf.set_font("Helvetica", st, sz)
                    pdf.text(x, y, s)
                elif op[0] == "r":
                    _, x, y, w, h = op
                    pdf.set_line_width(0.2)
                    pdf.rect(x, y, w, h)
                elif op[0] == "l":
                    _, x1, y1, x2, y2 = op
                    pdf.line(x1, y1, x2, y2)
            if pg["fns"]:
                y = self.H - self.bottom - pg["fnh"] + 2.0
                pdf.set_line_width(0.2)
                pdf.line(self.left, y, self.left + 45, y)
                y += 2.0
                for num, txt in pg["fns"]:
                    lines = self.break_lines(txt, self.textw() - 4, "", self.fn_size, hyph=False)
                    pdf.set_font("Helvetica", "", self.fn_size * 0.8)
                    pdf.text(self.left, y + self.fn_lh * 0.6, num)
                    for ln in lines:
                        y += self.fn_lh
                        pdf.set_font("Helvetica", "", self.fn_size)
                        pdf.text(self.left + 3, y, " ".join(ln))
                    y += 1.2
            pdf.set_font("Helvetica", "", 8)
            foot = footer_fmt.format(i=i, n=n)
            pdf.text((self.W - pdf.get_string_width(foot)) / 2, self.H - 10, foot)
        pdf.output(path)
        return n


def layout_75(gutter, size=10.5, margin=20.0):
    D = DOC75
    F = Flow(ncols=2, gutter=gutter, left=margin, right=margin, top=22, bottom=20, size=size, lh=size * 0.53)
    F.page["ncols"] = 1
    F.y = 45
    for kind, text in D["cover"]:
        if kind == "G":
            F.y += 8
        elif kind == "T":
            F.heading(text, size=20)
        elif kind == "T2":
            F.heading(text, size=14)
        elif kind == "S":
            F.para(text, size=11, justify=False, space_after=1)
        else:
            F.para(text, size=10.5)
    F.new_page()
    F.col_top = F.top
    for i, (title, paras) in enumerate(D["sections"], start=1):
        if i == 14 and not (F.col == 0 and F.y <= F.col_top + 0.1):
            F.new_page()
        if i == 15 and F.col == 0:
            F.col, F.y = 1, F.col_top
        F.tag = i
        F.heading(f"Section {i}. {title}", key=i)
        for j, p in enumerate(paras, start=1):
            F.para(f"{i}.{j} {p}")
    F.new_page(ncols=1)
    F.col_top = F.top
    F.tag = "cert"
    F.heading("Exhibit C-1. Proposer Certifications and Acknowledgment", size=12)
    F.para("The proposer shall complete and sign this Exhibit and upload it with its proposal. A proposal without a signed Exhibit C-1 will be considered non-responsive.")
    for k, txt in enumerate(DOC75["certs"], start=1):
        F.para(f"C-1.{k} {txt}", indent=0.0)
    F.y += 6
    F.para("Name of proposer: ________________________________   Federal tax ID: ____________________", justify=False)
    F.para("Authorized signature: ____________________________   Title: _____________   Date: __________", justify=False)
    return F


def joined_breaks(lines):
    """Words split by a hyphen at a line end, rejoined: [(head, whole word)]."""
    out = []
    for a, b in zip(lines, lines[1:]):
        if a.endswith("-") and b:
            head = a.split()[-1]
            out.append((head, head[:-1] + b.split()[0]))
    return out


def build_75(path):
    chosen = None
    combos = [(s, g, m) for m in (20.0, 21.0, 19.0, 22.0, 20.5, 21.5, 19.5, 18.0, 23.0)
              for s in (10.5, 10.4, 10.6, 10.3, 10.7) for g in (8.0, 7.0, 9.0, 10.0)]
    for strict, size, gutter, margin in [(p,) + c for p in (0, 1) for c in combos]:
        if True:
            F = layout_75(gutter, size, margin)
            l14 = [t for tag, pg, col, t in F.placed if tag == 14]
            breaks = joined_breaks(l14)
            hy_dis = [b for b in breaks if b[1].lower().startswith("discrimin") and (len(b[0]) > 4 or strict == 1)]
            pg14 = {pg for tag, pg, col, t in F.placed if tag == 14}
            pg15 = {pg for tag, pg, col, t in F.placed if tag == 15}
            cols14 = {col for tag, pg, col, t in F.placed if tag == 14}
            if hy_dis and len(pg14) == 1 and pg14 & pg15 and cols14 == {0} and len(F.pages) >= 6:
                chosen = (size, gutter, breaks, margin)
                break
        if chosen:
            break
    assert chosen, "no layout hyphenates the clause key word"
    n = F.render(path, DOC75["header"], "RFP ARC-2025-117 General Terms and Conditions")
    return dict(size=chosen[0], gutter=chosen[1], margin=chosen[3], hyphenated_in_s14=chosen[2], pages=n)


def layout_76(lh, size, margin=22.0):
    D = DOC76
    F = Flow(ncols=1, left=margin, right=margin, top=24, bottom=22, size=size, lh=lh, fn_size=7.5, fn_lh=3.4)
    F.new_page()                       # page 1 is the contents page, filled in afterwards
    F.y = 32
    F.heading(D["title"][0], size=18)
    F.heading(D["title"][1], size=14)
    F.para(D["title"][2], size=10, justify=False)
    F.y += 4
    for i, (title, paras) in enumerate(D["articles"], start=1):
        F.tag = i
        F.heading(f"Article {i}  {title}", key=i)
        for j, p in enumerate(paras, start=1):
            if isinstance(p, tuple) and p[0] == "TABLE":
                widths = [14, F.textw() - 74, 60]
                F.tag = "table"
                F.table(D["table"], widths, force_break_before=6)
                F.tag = i
            else:
                F.tag = (i, j)
                F.para(p, fn_texts=D["footnotes"])
    F.tag = "sig"
    F.heading("Signatures")
    F.para("Signed for Kingsmere City Council by its authorised officer: ______________________   Date: ___________")
    F.para("Signed for the Contractor by its authorised representative: ______________________   Date: ___________")
    return F


def build_76(path):
    D = DOC76
    F = None
    found = None
    combos = [(s_, m, l) for m in (22.0, 21.0, 23.0, 20.0, 24.0, 21.5, 22.5, 23.5, 20.5)
              for s_ in (10.5, 10.4, 10.6, 10.3, 10.7) for l in (5.3, 5.2, 5.4)]
    for target in [(11, 2), (12, 1), (11, 1)]:     # one sentence of the clause across a page break
        for size, margin, lh in combos:
            F = layout_76(lh, size, margin)
            pages_t = {pg for tag, pg, col, t in F.placed if tag == target}
            rows = {t.split()[0]: pg for tag, pg, col, t in F.placed if tag == "table"}
            if len(pages_t) == 2 and rows["D7"] > rows["D1"] and rows["D6"] > rows["D1"] and len(F.pages) >= 6:
                found = target
                break
        if found:
            break
    assert found, "no clause sentence crosses a page break"

    # contents page with dotted leaders
    cp = F.pages[0]
    ops = cp["ops"]
    y = 34
    ops.append(("t", F.left, y, "CONTENTS", "B", 14))
    y += 12
    right = F.W - F.right
    for key, text, pg in F.headings:
        num = str(pg)
        label = latin(text)
        wl = F.width(label, "", 10)
        wn = F.width(num, "", 10)
        dotw = F.width(".", "", 10)
        ndots = int((right - F.left - wl - wn - 4) / dotw)
        ops.append(("t", F.left, y, label, "", 10))
        ops.append(("t", F.left + wl + 2, y, "." * ndots, "", 10))
        ops.append(("t", right - wn, y, num, "", 10))
        y += 7.2
    n = F.render(path, D["header"], "KCC/HW/2025/06 Framework Conditions")
    split = [(t, pg) for tag, pg, col, t in F.placed if tag == found]
    rows = [(t.split()[0], pg) for tag, pg, col, t in F.placed if tag == "table"]
    return dict(pages=n, size=size, lh=lh, margin=margin, split_para=found, split_lines=split, table_rows=rows, headings=[(k, p) for k, _, p in F.headings])


BUILDERS = [
    ("en_71_ashcombe_cleaning_conditions.docx", build_71),
    ("en_72_eacmo_facility_fwc_revised.docx", build_72),
    ("en_73_kilbrannagh_etb_school_meals.odt", build_73),
    ("en_74_lothmuir_booking_platform.html", build_74),
    ("en_75_alder_ridge_custodial_terms.pdf", build_75),
    ("en_76_kingsmere_highways_framework.pdf", build_76),
]

if __name__ == "__main__":
    for name, fn in BUILDERS:
        info = fn(os.path.join(HERE, name))
        print(name, "->", info if info else "written")
