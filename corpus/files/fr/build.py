#!/usr/bin/env python
"""Build the round-24 French blind set (six whole documents + labels.yaml).

Run with the system python:  python build.py
Every buyer, address, reference and person below is fictitious.
"""
import os
import re
import zipfile
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.shared import Pt, Cm
from fpdf import FPDF

OUT = os.path.dirname(os.path.abspath(__file__))
WNS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
FONT_DIR = "/usr/share/fonts/truetype/liberation/"
DATE = "2025-03-14T10:12:00Z"


def x(s):
    """XML-escape text for w:t / text:p content."""
    return escape(s)


def wr(text, rpr=""):
    """One WordprocessingML run with preserved spaces."""
    return (f'<w:r {WNS}>' + (f"<w:rPr>{rpr}</w:rPr>" if rpr else "")
            + f'<w:t xml:space="preserve">{x(text)}</w:t></w:r>')


def field_runs(instr, cached, rpr=""):
    """Complex field (begin / instr / separate / cached result / end) as run XML list."""
    rp = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return [
        f'<w:r {WNS}>{rp}<w:fldChar w:fldCharType="begin"/></w:r>',
        f'<w:r {WNS}>{rp}<w:instrText xml:space="preserve"> {x(instr)} </w:instrText></w:r>',
        f'<w:r {WNS}>{rp}<w:fldChar w:fldCharType="separate"/></w:r>',
        f'<w:r {WNS}>{rp}<w:t xml:space="preserve">{x(cached)}</w:t></w:r>',
        f'<w:r {WNS}>{rp}<w:fldChar w:fldCharType="end"/></w:r>',
    ]


# =====================================================================================
# 1. DOCX A  -  fr_71: Brussels cleaning specification (automatic numbering, footnotes,
#    REF cross-references, header + footer PAGE field, merged-cell table).  Level: strong
# =====================================================================================

DOCX_A_ARTICLES = [
    ("Définitions", None, [
        ("p", ["Pour l'application du présent cahier spécial des charges, on entend par :"]),
        ("sub", ["« pouvoir adjudicateur » : la Commune de Boisfort-Saint-Lambert, représentée par son "
                 "Collège des bourgmestre et échevins, place Communale 1, 1172 Boisfort-Saint-Lambert ;"], None),
        ("sub", ["« adjudicataire » : le soumissionnaire auquel le marché est attribué ;"], None),
        ("sub", ["« travailleurs affectés » : les membres du personnel de l'adjudicataire, quel que soit "
                 "leur statut, qui exécutent tout ou partie des prestations dans les bâtiments communaux, "
                 "ainsi que les candidats que l'adjudicataire recrute en vue de cette exécution ;"], None),
        ("sub", ["« bâtiments » : les immeubles et locaux énumérés à l'annexe 1 ;"], None),
        ("sub", ["« fonctionnaire dirigeant » : l'agent du service Bâtiments désigné pour diriger et "
                 "contrôler l'exécution du marché."], None),
    ]),
    ("Objet du marché", None, [
        ("p", ["Le marché a pour objet le nettoyage régulier et le nettoyage périodique des bâtiments "
               "communaux, y compris la fourniture des produits, du petit matériel et des consommables "
               "sanitaires, selon les fréquences et les standards de qualité décrits à l'annexe 2."]),
        ("p", ["Le marché comporte un lot unique. Les variantes libres sont interdites. Une option "
               "relative au nettoyage des vitres extérieures en hauteur est prévue ; le pouvoir "
               "adjudicateur décide librement de la lever ou non."]),
    ]),
    ("Réglementation applicable", None, [
        ("p", ["Le marché est régi par la loi du 17 juin 2016 relative aux marchés publics, par "
               "l'arrêté royal du 18 avril 2017 relatif à la passation des marchés publics dans les "
               "secteurs classiques et par l'arrêté royal du 14 janvier 2013 établissant les règles "
               "générales d'exécution des marchés publics (ci-après « RGE »)."]),
        ("p", ["Les dispositions du présent cahier spécial des charges dérogent aux articles 25 à 33 "
               "du RGE en ce qui concerne le cautionnement, pour les motifs exposés à l'article ",
               ("ref", "_RefArtCaution", "12"), "."]),
    ]),
    ("Mode de passation et principes de l'attribution", None, [
        ("p", ["Le marché est passé par procédure ouverte. Le pouvoir adjudicateur traite les "
               "soumissionnaires sur un pied d'égalité et de manière non discriminatoire, et agit avec "
               "transparence et proportionnalité. Toute information complémentaire communiquée à un "
               "soumissionnaire est publiée simultanément pour l'ensemble des soumissionnaires."]),
        ("p", ["Le marché est attribué à l'offre économiquement la plus avantageuse, appréciée sur la "
               "base du prix (60 points), de la méthodologie de nettoyage (25 points) et de la "
               "performance environnementale des produits (15 points)."]),
    ]),
    ("Durée du marché", None, [
        ("p", ["Le marché prend cours le premier jour du mois qui suit la notification de la "
               "conclusion et est conclu pour une durée de trente-six mois. Il peut être reconduit "
               "une seule fois pour une période de douze mois, par décision notifiée à l'adjudicataire "
               "au moins trois mois avant l'échéance."]),
    ]),
    ("Lieux, fréquences et quantités", None, [
        ("p", ["Les prestations sont exécutées dans les bâtiments repris au tableau ci-dessous. Les "
               "surfaces sont données à titre indicatif et ne constituent pas un engagement du "
               "pouvoir adjudicateur."]),
        ("table", "sites"),
        ("p", ["Les prestations sont réalisées en dehors des heures d'ouverture au public, sauf accord "
               "écrit du fonctionnaire dirigeant."]),
    ]),
    ("Prix et révision des prix", None, [
        ("sub", ["Le marché est un marché à prix unitaires. Les prix comprennent toutes les charges "
                 "sociales, le matériel, les produits, les déplacements et les frais d'encadrement."], None),
        ("sub", ["Les prix sont révisés annuellement à la date anniversaire du marché selon la formule "
                 "p = P × (0,80 × s/S + 0,20), où s et S représentent le salaire horaire de référence de "
                 "la commission paritaire 121 à la date de révision et à la date d'ouverture des offres."],
         None),
    ]),
    ("Facturation et paiement", None, [
        ("p", ["L'adjudicataire établit une facture mensuelle électronique, transmise via la plateforme "
               "Mercurius, qui mentionne la référence CSC/2025/NET-14 et le détail des prestations par "
               "bâtiment. Le paiement intervient dans les trente jours de la réception de la facture "
               "régulièrement établie, après vérification des prestations conformément à l'article 95 "
               "du RGE."]),
    ]),
    ("Personnel de l'adjudicataire", "_RefArtPersonnel", [
        ("sub", ["L'adjudicataire s'engage, pendant toute l'exécution du marché, à n'opérer aucune "
                 "discrimination à l'égard des travailleurs affectés, que ce soit lors du recrutement, de "
                 "la sélection, de la fixation de la rémunération, de l'organisation des conditions de "
                 "travail, de la promotion ou du licenciement",
                 ("fn", "Au sens de la loi du 30 juillet 1981 tendant à réprimer certains actes inspirés "
                        "par le racisme ou la xénophobie, de la loi du 10 mai 2007 tendant à lutter contre "
                        "certaines formes de discrimination et de l'ordonnance de la Région de "
                        "Bruxelles-Capitale du 4 septembre 2008 relative à la lutte contre la "
                        "discrimination et à l'égalité de traitement en matière d'emploi. Sont notamment "
                        "visés la nationalité, une prétendue race, la couleur de peau, l'ascendance, "
                        "l'origine nationale ou ethnique, l'âge, l'orientation sexuelle, le sexe, le "
                        "handicap et la conviction religieuse ou philosophique."),
                 "."], "_RefSubEngagement"),
        ("sub", ["L'adjudicataire communique au fonctionnaire dirigeant, avant le début des prestations, "
                 "la liste nominative des travailleurs affectés et l'informe de toute modification dans "
                 "les huit jours. Chaque travailleur porte un badge d'identification fourni par "
                 "l'adjudicataire."], None),
        ("sub", ["L'adjudicataire respecte les règles relatives au bien-être des travailleurs lors de "
                 "l'exécution de leur travail ; il fournit les équipements de protection individuelle et "
                 "les fiches de données de sécurité des produits utilisés."], None),
    ]),
    ("Sous-traitance", None, [
        ("p", ["L'adjudicataire peut confier une partie des prestations à des sous-traitants pour autant "
               "qu'il en communique l'identité au pouvoir adjudicateur au plus tard au moment où ceux-ci "
               "interviennent. Le recours à la sous-traitance ne dégage pas l'adjudicataire de sa "
               "responsabilité envers le pouvoir adjudicateur, qui ne reconnaît aucun lien contractuel "
               "avec les sous-traitants."]),
    ]),
    ("Assurances", None, [
        ("p", ["L'adjudicataire souscrit une assurance responsabilité civile d'exploitation couvrant les "
               "dommages causés aux personnes et aux biens à concurrence d'au moins 2 500 000 euros par "
               "sinistre, ainsi qu'une assurance contre les accidents du travail. Il en produit la preuve "
               "dans les trente jours de la conclusion du marché."]),
    ]),
    ("Cautionnement", "_RefArtCaution", [
        ("p", ["Le cautionnement est fixé à 5 % du montant initial du marché hors TVA, arrondi à la "
               "dizaine d'euros supérieure. Il est constitué dans les trente jours de la conclusion du "
               "marché et libéré en une fois après la réception définitive."]),
    ]),
    ("Confidentialité", None, [
        ("p", ["L'adjudicataire et les travailleurs affectés sont tenus au secret à l'égard des "
               "documents et informations dont ils prennent connaissance dans les bâtiments. Ils ne "
               "peuvent en aucun cas consulter, copier ou déplacer les dossiers des services communaux."]),
    ]),
    ("Protection des données à caractère personnel", None, [
        ("p", ["Dans la mesure où l'exécution du marché implique un traitement de données à caractère "
               "personnel (notamment les registres d'accès aux bâtiments), l'adjudicataire agit en "
               "qualité de sous-traitant au sens du règlement (UE) 2016/679. Il traite les données "
               "uniquement sur instruction documentée du pouvoir adjudicateur, garantit leur "
               "confidentialité, met en œuvre les mesures techniques et organisationnelles appropriées "
               "et notifie toute violation de données dans les quarante-huit heures."]),
    ]),
    ("Contrôle de l'exécution", "_RefArtControle", [
        ("sub", ["Le fonctionnaire dirigeant contrôle la qualité des prestations au moyen d'audits "
                 "mensuels contradictoires réalisés selon la méthode décrite à l'annexe 2. Un taux de "
                 "conformité inférieur à 85 % donne lieu à un procès-verbal de constat."], None),
        ("sub", ["Afin de vérifier le respect des obligations de l'article ",
                 ("ref", "_RefArtPersonnel", "9"),
                 ", le pouvoir adjudicateur peut à tout moment demander à l'adjudicataire la production "
                 "de son règlement de travail, de la description de ses procédures de recrutement et de "
                 "sélection ainsi que de tout autre document utile, à fournir dans les quinze jours. "
                 "Il peut en outre transmettre tout indice de manquement à Unia ou à la Direction "
                 "générale Contrôle des lois sociales."], None),
    ]),
    ("Pénalités pour retard et pour mauvaise exécution", None, [
        ("p", ["Sans préjudice de l'article 154 du RGE, les manquements suivants donnent lieu de plein "
               "droit aux pénalités forfaitaires reprises dans le tableau ci-dessous :"]),
        ("table", "penalties"),
    ]),
    ("Réception des prestations", None, [
        ("p", ["Les prestations font l'objet d'une réception mensuelle, tacite à défaut de remarque "
               "écrite du fonctionnaire dirigeant dans les quinze jours de la fin du mois. La réception "
               "définitive intervient à l'expiration du marché."]),
    ]),
    ("Responsabilité", None, [
        ("p", ["L'adjudicataire est responsable de tout dommage causé par ses travailleurs aux "
               "bâtiments, au mobilier et aux équipements. Il garantit le pouvoir adjudicateur contre "
               "toute action de tiers fondée sur un tel dommage."]),
    ]),
    ("Manquements aux clauses du marché et mesures d'office", "_RefArtMesures", [
        ("sub", ["Tout manquement aux clauses du marché est constaté par procès-verbal notifié à "
                 "l'adjudicataire, qui dispose de quinze jours pour faire valoir ses moyens de défense "
                 "conformément à l'article 44 du RGE."], None),
        ("sub", ["Le non-respect des obligations visées à l'article ",
                 ("ref", "_RefArtPersonnel", "9"),
                 " ou le défaut de fournir les documents demandés en application du point ",
                 ("ref", "_RefSubVerif", "15.2"),
                 " donne lieu à une pénalité spéciale de 500 euros par manquement constaté. En cas de "
                 "manquement répété ou grave, le pouvoir adjudicateur peut appliquer les mesures d'office "
                 "prévues à l'article 47 du RGE, y compris la résiliation unilatérale du marché aux torts "
                 "de l'adjudicataire."], None),
    ]),
    ("Développement durable", None, [
        ("p", ["Les produits de nettoyage utilisés sont porteurs de l'écolabel européen ou d'un label "
               "équivalent, à l'exception des produits de désinfection prescrits pour les sanitaires des "
               "écoles. Les dosages sont réalisés au moyen de centrales de dilution ; l'usage d'aérosols "
               "est interdit."]),
        ("p", ["L'adjudicataire privilégie les textiles microfibres réutilisables, assure le tri des "
               "déchets qu'il produit selon les consignes de l'Agence Bruxelles-Propreté et communique "
               "chaque année un relevé des quantités de produits consommées par bâtiment."]),
    ]),
    ("Modifications du marché", None, [
        ("p", ["Conformément à l'article 38 du RGE, le pouvoir adjudicateur peut, en cours "
               "d'exécution, ajouter ou retirer des bâtiments ou des surfaces dans la limite de 15 % du "
               "montant initial du marché. Les prestations ajoutées sont rémunérées aux prix unitaires "
               "de l'offre ; les retraits n'ouvrent droit à aucune indemnité."]),
        ("p", ["Toute autre modification fait l'objet d'un avenant écrit. Les horaires d'intervention "
               "peuvent être adaptés d'un commun accord, sans incidence sur les prix, pour tenir compte "
               "de l'organisation des services communaux."]),
    ]),
    ("Litiges", None, [
        ("p", ["Tout litige relatif à l'exécution du marché relève de la compétence exclusive des "
               "tribunaux de l'arrondissement judiciaire de Bruxelles, la procédure se déroulant en "
               "français."]),
    ]),
]


def _docx_a_numbering(doc):
    numbering = doc.part.numbering_part.element
    absnum = parse_xml(
        f'<w:abstractNum {WNS} w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="Article %1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1.%2."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
        '</w:abstractNum>')
    num = parse_xml(f'<w:num {WNS} w:numId="90"><w:abstractNumId w:val="90"/></w:num>')
    first_num = numbering.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num')
    if first_num is not None:
        first_num.addprevious(absnum)
    else:
        numbering.append(absnum)
    numbering.append(num)


def _numpr(ilvl):
    return parse_xml(f'<w:numPr {WNS}><w:ilvl w:val="{ilvl}"/><w:numId w:val="90"/></w:numPr>')


class _Footnotes:
    def __init__(self):
        self.notes = []

    def add(self, text):
        self.notes.append(text)
        return len(self.notes)

    def xml(self):
        body = ''.join(
            f'<w:footnote w:id="{i}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {x(t)}</w:t></w:r></w:p></w:footnote>'
            for i, t in enumerate(self.notes, 1))
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                f'<w:footnotes {WNS}>'
                '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                '<w:r><w:separator/></w:r></w:p></w:footnote>'
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                '<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
                + body + '</w:footnotes>')


def _append_segments(p, segs, fns):
    for s in segs:
        if isinstance(s, str):
            p._p.append(parse_xml(wr(s)))
        elif s[0] == "fn":
            nid = fns.add(s[1])
            p._p.append(parse_xml(
                f'<w:r {WNS}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                f'<w:footnoteReference w:id="{nid}"/></w:r>'))
        elif s[0] == "ref":
            for r in field_runs(f"REF {s[1]} \\r \\t \\h", s[2]):
                p._p.append(parse_xml(r))


_BM = [100]


def _bookmark(p, name):
    _BM[0] += 1
    bid = _BM[0]
    ppr = p._p.pPr
    start = parse_xml(f'<w:bookmarkStart {WNS} w:id="{bid}" w:name="{name}"/>')
    if ppr is not None:
        ppr.addnext(start)
    else:
        p._p.insert(0, start)
    p._p.append(parse_xml(f'<w:bookmarkEnd {WNS} w:id="{bid}"/>'))


def _docx_a_table(doc, kind):
    if kind == "sites":
        rows = [
            ("Bâtiment", "Adresse", "Surface (m²)", "Fréquence"),
            ("Maison communale", "Place Communale 1", "3 200", "quotidienne"),
            ("Centre administratif", "Rue des Trois Tilleuls 14", "2 450", "quotidienne"),
            ("Bibliothèque", "Avenue du Parc 8", "900", "trois fois par semaine"),
            ("Écoles fondamentales (4 sites)", "voir annexe 1", "6 800", "quotidienne, hors congés"),
            ("Total indicatif", "", "13 350", ""),
        ]
    else:
        rows = [
            ("Manquement", "Pénalité", "", "Observations"),
            ("", "Montant", "Unité", ""),
            ("Prestation non exécutée à la date prévue", "150 €", "par bâtiment et par jour",
             "après avertissement"),
            ("Taux de conformité inférieur à 85 %", "250 €", "par audit", "constat contradictoire"),
            ("Absence de remplacement d'un travailleur absent", "75 €", "par jour", ""),
            ("Retard dans la remise du rapport mensuel", "50 €", "par jour calendrier", "max. 1 000 €"),
        ]
    t = doc.add_table(rows=len(rows), cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            t.cell(i, j).text = val
    if kind == "sites":
        t.cell(5, 0).merge(t.cell(5, 1))          # "Total indicatif" spans two columns
        t.cell(5, 0).text = "Total indicatif"
    else:
        t.cell(0, 1).merge(t.cell(0, 2))          # "Pénalité" header spans Montant + Unité
        t.cell(0, 1).text = "Pénalité"
        t.cell(0, 0).merge(t.cell(1, 0))          # vertical merges of the first and last header
        t.cell(0, 0).text = "Manquement"
        t.cell(0, 3).merge(t.cell(1, 3))
        t.cell(0, 3).text = "Observations"
    doc.add_paragraph()


def build_docx_a(path):
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    _docx_a_numbering(doc)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = ("Commune de Boisfort-Saint-Lambert – Cahier spécial des charges CSC/2025/NET-14 – "
               "Nettoyage des bâtiments communaux")
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp._p.append(parse_xml(wr("Page ")))
    for r in field_runs("PAGE", "1"):
        fp._p.append(parse_xml(r))
    fp._p.append(parse_xml(wr(" / ")))
    for r in field_runs("NUMPAGES", "6"):
        fp._p.append(parse_xml(r))

    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = t.add_run("COMMUNE DE BOISFORT-SAINT-LAMBERT\nRégion de Bruxelles-Capitale")
    rr.bold = True
    t2 = doc.add_paragraph()
    t2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t2.add_run("CAHIER SPÉCIAL DES CHARGES n° CSC/2025/NET-14\n"
               "Marché public de services – Nettoyage des bâtiments communaux\n"
               "Procédure ouverte – Clauses administratives et contractuelles").bold = True
    doc.add_paragraph("Le présent cahier spécial des charges a été approuvé par le Collège des "
                      "bourgmestre et échevins en séance du 4 février 2025. Les articles sont numérotés "
                      "automatiquement ; les renvois internes visent la numérotation affichée.")
    fns = _Footnotes()
    for title, bm, items in DOCX_A_ARTICLES:
        h = doc.add_paragraph(style="Heading 1")
        h._p.get_or_add_pPr().append(_numpr(0))
        h.add_run(title)
        if bm:
            _bookmark(h, bm)
        for it in items:
            if it[0] == "p":
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                _append_segments(p, it[1], fns)
            elif it[0] == "sub":
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                p._p.get_or_add_pPr().append(_numpr(1))
                _append_segments(p, it[1], fns)
                if it[2]:
                    _bookmark(p, it[2])
            elif it[0] == "table":
                _docx_a_table(doc, it[1])
    # the verification sub-clause 15.2 gets its bookmark (referred to from article 19)
    for p in doc.paragraphs:
        if p.text.startswith("Afin de vérifier le respect"):
            _bookmark(p, "_RefSubVerif")
    doc.add_paragraph("Fait à Boisfort-Saint-Lambert, le 4 février 2025.\nPar le Collège : "
                      "le Directeur général, M. Lenoir – le Bourgmestre, A. Vandersmissen.")
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                fns.xml().encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)
    doc.save(path)


# =====================================================================================
# 2. DOCX B  -  fr_72: French CCAP, school catering (tracked changes w:ins / w:del, a Word
#    comment beside the clause, soft hyphen + non-breaking space in key words, TOC field
#    with cached result).  Level with all changes accepted: moderate.
# =====================================================================================

AUTH_INS = 'w:author="Service juridique SIRS" w:date="2025-02-11T09:30:00Z"'
AUTH_DEL = 'w:author="Service juridique SIRS" w:date="2025-02-11T09:41:00Z"'

# Each article: (number, title, [paragraph specs]); paragraph spec = list of segments, or
# ("ins_par", text) for a paragraph wholly inserted, ("del_par", text) for a paragraph wholly
# deleted, ("clause", ...) for the commented social clause.
DOCX_B_ARTICLES = [
    ("1", "Objet du marché", [
        ["1.1 Le présent cahier des clauses administratives particulières (CCAP) concerne la "
         "fourniture et la livraison en liaison froide de repas destinés aux restaurants scolaires "
         "des onze communes membres du Syndicat intercommunal de restauration scolaire du "
         "Val-de-Brenne (SIRS), ainsi que la fourniture de goûters pour les accueils périscolaires."],
        ["1.2 Le marché est un accord-cadre à bons de commande passé selon la procédure d'appel "
         "d'offres ouvert en application des articles L. 2124-2, R. 2124-2 et R. 2162-2 du Code de la "
         "commande publique. Il est conclu avec un seul opérateur économique."],
        ["1.3 Le montant maximum des commandes est fixé à 1 900 000 euros hors taxes pour la durée "
         "totale de l'accord-cadre."],
    ]),
    ("2", "Pièces constitutives du marché", [
        ["Les pièces constitutives du marché sont, par ordre de priorité décroissante : l'acte "
         "d'engagement et ses annexes ; le présent CCAP ; le cahier des clauses techniques "
         "particulières (CCTP) et ses annexes nutritionnelles ; le cahier des clauses administratives "
         "générales applicables aux marchés publics de fournitures courantes et de services "
         "(CCAG-FCS) approuvé par l'arrêté du 30 mars 2021 ; le bordereau des prix unitaires ; "
         "l'offre technique du titulaire."],
    ]),
    ("3", "Durée et reconduction", [
        ["3.1 L'accord-cadre est conclu pour une période initiale d'un an à compter du "
         "1er septembre 2025. Il est reconductible tacitement trois fois par période d'un an, sans que "
         "sa durée totale puisse excéder quatre ans."],
        ["3.2 Le pouvoir adjudicateur peut refuser la reconduction par lettre recommandée adressée "
         "au titulaire au moins quatre mois avant la date anniversaire ; le titulaire ne peut prétendre "
         "à aucune indemnité de ce fait."],
    ]),
    ("4", "Prix", [
        ["4.1 Les prix sont unitaires et exprimés hors taxes. Ils comprennent la fabrication, le "
         "conditionnement, le transport en véhicules réfrigérés, la reprise des contenants et toutes "
         "les charges fiscales, parafiscales et sociales."],
        ["4.2 Les prix sont révisables annuellement par application de la formule figurant à "
         "l'acte d'engagement, fondée sur l'indice des prix à la consommation « Restauration "
         "collective » publié par l'INSEE et sur l'indice du coût horaire du travail."],
    ]),
    ("5", "Modalités de paiement", [
        ["5.1 Les factures sont déposées sur le portail Chorus Pro. Elles mentionnent le numéro "
         "de l'accord-cadre, le numéro du bon de commande, la commune destinataire et le nombre de "
         "repas livrés par catégorie."],
        ["5.2 Le délai global de paiement est de trente jours. Le dépassement de ce délai ouvre "
         "de plein droit le bénéfice d'intérêts moratoires et d'une indemnité forfaitaire de 40 euros "
         "pour frais de recouvrement."],
        ["5.3 Une avance de 5 % est versée au titulaire, sauf renonciation expresse de sa part "
         "dans l'acte d'engagement."],
    ]),
    ("6", "Qualité et approvisionnement", [
        ["6.1 Au moins 50 % des produits servis en valeur sont des produits durables et de "
         "qualité, dont au moins 20 % issus de l'agriculture biologique, conformément à l'article "
         "L. 230-5-1 du Code rural et de la pêche maritime."],
        ["6.2 Le titulaire propose au moins une fois par semaine un menu végétarien et adapte "
         "les repas aux régimes prescrits par un projet d'accueil individualisé (PAI). Tous les "
         "élèves inscrits ont accès au service de restauration dans les mêmes conditions, sans "
         "distinction liée à leur situation familiale."],
    ]),
    ("7", "Livraisons et sécurité sanitaire", [
        ["7.1 Les repas sont livrés chaque jour de classe entre 8 h 00 et 10 h 30 dans les "
         "offices de réchauffage désignés au CCTP. La température des denrées est contrôlée à "
         "réception et consignée sur la fiche de livraison."],
        ["7.2 Le titulaire applique le plan de maîtrise sanitaire de sa cuisine centrale et "
         "conserve les plats témoins pendant cinq jours. Toute non-conformité est signalée sans délai "
         "au référent de la commune concernée."],
    ]),
    ("8", "Obligations sociales du titulaire", [
        ("clause",),
        ["8.2 Le titulaire respecte les règles d'hygiène, de santé et de sécurité au travail "
         "applicables à sa cuisine centrale et aux livreurs ; il tient à la disposition du pouvoir "
         "adjudicateur son document unique d'évaluation des risques professionnels."],
        ("ins_par", "8.3 Le pouvoir adjudicateur peut, à tout moment de l'exécution, demander au "
                    "titulaire de justifier du respect de l'article 8.1 par la production, dans un "
                    "délai de quinze jours, de tout document utile, notamment l'extrait du registre "
                    "unique du personnel, la description des procédures de recrutement et l'index de "
                    "l'égalité professionnelle entre les femmes et les hommes."),
    ]),
    ("9", "Clause d'insertion par l'activité économique", [
        ["9.1 En application de l'article L. 2112-2 du Code de la commande publique, le titulaire "
         "réserve à des personnes éloignées de l'emploi un volume minimal de 600 heures de travail "
         "par année d'exécution, par embauche directe, mise à disposition par une structure "
         "d'insertion ou recours à un groupement d'employeurs pour l'insertion et la qualification."],
        ["9.2 Le facilitateur de la Maison de l'emploi du Val-de-Brenne accompagne le titulaire "
         "dans la mise en œuvre de cette clause ; un bilan des heures réalisées lui est transmis "
         "chaque trimestre."],
    ]),
    ("10", "Sous-traitance", [
        ["Le titulaire peut sous-traiter l'exécution de certaines parties du marché, notamment "
         "le transport, sous réserve de l'acceptation de chaque sous-traitant et de l'agrément de ses "
         "conditions de paiement par le pouvoir adjudicateur, conformément aux articles L. 2193-1 et "
         "suivants du Code de la commande publique. Le sous-traitant direct est payé directement "
         "lorsque le montant de sa prestation est égal ou supérieur à 600 euros TTC."],
    ]),
    ("11", "Confidentialité", [
        ["Le titulaire et son personnel sont tenus à la discrétion sur les informations relatives "
         "aux élèves, notamment les informations médicales contenues dans les PAI, dont ils ont "
         "connaissance à l'occasion de l'exécution du marché."],
    ]),
    ("12", "Protection des données personnelles", [
        ["12.1 Pour la gestion des commandes de repas et des régimes particuliers, le titulaire "
         "agit en qualité de sous-traitant au sens de l'article 28 du règlement (UE) 2016/679. Il ne "
         "traite les données que pour les finalités définies par le SIRS, les héberge dans l'Union "
         "européenne et les détruit au terme du marché."],
        ["12.2 Le titulaire désigne un interlocuteur chargé de la protection des données et "
         "notifie toute violation de données au SIRS dans un délai maximal de quarante-huit heures."],
    ]),
    ("13", "Assurances", [
        ["Le titulaire justifie, dans les quinze jours de la notification et avant tout "
         "commencement d'exécution, d'une assurance couvrant sa responsabilité civile professionnelle "
         "et les risques d'intoxication alimentaire, pour un montant minimal de 5 000 000 euros par "
         "sinistre."],
    ]),
    ("14", "Pénalités", [
        ["14.1 Par dérogation à l'article 14 du CCAG-FCS, tout retard de livraison supérieur à "
         "trente minutes donne lieu à une pénalité de 150 euros par office de réchauffage concerné, "
         "sans mise en demeure préalable."],
        ["14.2 Toute livraison non conforme au CCTP (grammage, température, composition) "
         "entraîne une pénalité de 100 euros par non-conformité constatée, ainsi que le remplacement "
         "des repas aux frais du titulaire."],
        ("del_par", "14.3 En cas de manquement aux obligations de l'article 8.1, le titulaire "
                    "encourt une pénalité de 500 euros par manquement constaté ; au troisième "
                    "manquement, le marché peut être résilié pour faute dans les conditions de "
                    "l'article 15."),
        ["14.4 Le montant cumulé des pénalités n'est pas plafonné. Les pénalités sont déduites "
         "des sommes dues au titulaire."],
    ]),
    ("15", "Résiliation", [
        ["15.1 Le marché peut être résilié dans les conditions prévues aux articles 36 à 42 du "
         "CCAG-FCS. La résiliation pour faute est prononcée après mise en demeure restée sans effet "
         "pendant quinze jours."],
        ["15.2 En cas de résiliation pour motif d'intérêt général, le titulaire a droit à une "
         "indemnité égale à 5 % du montant minimum restant à exécuter."],
    ]),
    ("16", "Règlement des différends", [
        ["Les parties s'efforcent de régler à l'amiable tout différend. À défaut, le litige est "
         "porté devant le tribunal administratif de Lyon, sans préjudice de la saisine du comité "
         "consultatif interrégional de règlement amiable des différends."],
    ]),
    ("17", "Modifications du marché", [
        ["17.1 Le pouvoir adjudicateur peut modifier le marché dans les conditions des articles "
         "R. 2194-1 à R. 2194-9 du Code de la commande publique, notamment pour intégrer une commune "
         "adhérant au syndicat en cours d'exécution ou pour adapter les grammages à l'évolution des "
         "recommandations nutritionnelles."],
        ["17.2 Toute modification est formalisée par un avenant ou une décision de poursuivre. Les "
         "modifications de faible montant, inférieures à 10 % du montant initial, ne donnent pas lieu "
         "à une nouvelle mise en concurrence."],
    ]),
    ("18", "Lutte contre le gaspillage et gestion des déchets", [
        ["18.1 Le titulaire met en place, avec chaque commune, un suivi mensuel des quantités servies "
         "et des restes, afin d'ajuster les grammages et de réduire le gaspillage alimentaire. Les "
         "denrées non servies et consommables sont proposées à une association d'aide alimentaire "
         "lorsque les règles sanitaires le permettent."],
        ["18.2 Les contenants sont réutilisables et repris à chaque livraison. L'usage de "
         "contenants de cuisson, de réchauffe et de service en matière plastique est proscrit."],
    ]),
    ("19", "Dérogations au CCAG-FCS", [
        ["L'article 14.1 du présent CCAP déroge à l'article 14 du CCAG-FCS."],
    ]),
]

_REV = [200]


def _rev_id():
    _REV[0] += 1
    return _REV[0]


def _b_heading(doc, num, title):
    h = doc.add_paragraph(style="Heading 1")
    h.add_run(f"Article {num} – {title}")
    return h


def _b_clause(doc):
    """8.1: the commitment with grounds; soft hyphen inside 'discrimi|natoire', NBSP in
    'L. 1132-1'; a Word comment is anchored on the grounds sentence."""
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p._p.append(parse_xml(wr(
        "8.1 Le titulaire s'engage, pour l'ensemble du personnel qu'il affecte à l'exécution du "
        "marché comme pour les candidats qu'il recrute à cette fin, à ne prendre aucune mesure ")))
    p._p.append(parse_xml(
        f'<w:r {WNS}><w:t>discrimi</w:t><w:softHyphen/><w:t xml:space="preserve">natoire en '
        "matière de recrutement, de rémunération, de formation, d'affectation, de promotion "
        'professionnelle ou de licenciement. </w:t></w:r>'))
    run = p.add_run(
        "Il respecte à cet égard les articles L.\u00a01132-1 et suivants du Code du travail, qui "
        "interdisent notamment toute distinction fondée sur l'origine, le sexe, l'âge, la situation "
        "de famille, l'orientation sexuelle, l'identité de genre, l'appartenance vraie ou supposée à "
        "une ethnie, une nation ou une prétendue race, les convictions religieuses ou le handicap.")
    doc.add_comment(
        runs=[run],
        text=("Le titulaire qui méconnaît l'article 8.1 encourt une pénalité de 500 euros par "
              "manquement constaté. – Direction juridique : faut-il maintenir cette pénalité à "
              "l'article 14 ? Proposition : la supprimer et garder seulement un droit de contrôle."),
        author="C. Morel (Direction juridique)", initials="CM")


def _b_ins_par(doc, text):
    rid = _rev_id()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:rPr {WNS}><w:ins w:id="{rid}" {AUTH_INS}/></w:rPr>'))
    p._p.append(parse_xml(
        f'<w:ins {WNS} w:id="{_rev_id()}" {AUTH_INS}><w:r><w:t xml:space="preserve">{x(text)}</w:t>'
        '</w:r></w:ins>'))


def _b_del_par(doc, text):
    rid = _rev_id()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:rPr {WNS}><w:del w:id="{rid}" {AUTH_DEL}/></w:rPr>'))
    p._p.append(parse_xml(
        f'<w:del {WNS} w:id="{_rev_id()}" {AUTH_DEL}><w:r><w:delText xml:space="preserve">{x(text)}'
        '</w:delText></w:r></w:del>'))


def _b_toc(doc, entries):
    """TOC field whose cached result lists the articles with dotted leaders."""
    doc.add_paragraph("SOMMAIRE").runs[0].bold = True
    n = len(entries)
    for i, (label, page) in enumerate(entries):
        p = doc.add_paragraph()
        p._p.get_or_add_pPr().append(parse_xml(
            f'<w:tabs {WNS}><w:tab w:val="right" w:leader="dot" w:pos="9000"/></w:tabs>'))
        if i == 0:
            runs = field_runs('TOC \\o "1-1" \\h \\z \\u', "")[:3]
            for r in runs:
                p._p.append(parse_xml(r))
        p._p.append(parse_xml(wr(label)))
        p._p.append(parse_xml(f'<w:r {WNS}><w:tab/></w:r>'))
        p._p.append(parse_xml(wr(str(page))))
        if i == n - 1:
            p._p.append(parse_xml(f'<w:r {WNS}><w:fldChar w:fldCharType="end"/></w:r>'))


def build_docx_b(path):
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "SIRS du Val-de-Brenne – AC 2025-RS-03 – CCAP (version révisée)"
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.add_run("SYNDICAT INTERCOMMUNAL DE RESTAURATION SCOLAIRE DU VAL-DE-BRENNE\n"
              "12, rue de la Mairie – 69870 Saint-Aubin-sur-Brenne").bold = True
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.add_run("ACCORD-CADRE DE FOURNITURE DE REPAS EN LIAISON FROIDE\n"
              "n° AC 2025-RS-03\n"
              "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES (CCAP)").bold = True
    doc.add_paragraph("Pouvoir adjudicateur : le Syndicat intercommunal de restauration scolaire du "
                      "Val-de-Brenne, représenté par son président. Date limite de réception des "
                      "offres : 12 mai 2025 à 12 h 00.")
    pages = [2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 5, 5, 5, 5, 6, 6, 6, 7, 7]
    _b_toc(doc, [(f"Article {n} – {tt}", pg) for (n, tt, _), pg in zip(DOCX_B_ARTICLES, pages)])
    doc.add_page_break()
    for num, title, paras in DOCX_B_ARTICLES:
        _b_heading(doc, num, title)
        for spec in paras:
            if isinstance(spec, list):
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                for s in spec:
                    p._p.append(parse_xml(wr(s)))
            elif spec[0] == "clause":
                _b_clause(doc)
            elif spec[0] == "ins_par":
                _b_ins_par(doc, spec[1])
            elif spec[0] == "del_par":
                _b_del_par(doc, spec[1])
        if num == "3":
            # a small tracked insertion/deletion pair outside the social clause
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p._p.append(parse_xml(wr("3.3 Les périodes de vacances scolaires ")))
            p._p.append(parse_xml(
                f'<w:del {WNS} w:id="{_rev_id()}" {AUTH_DEL}><w:r><w:delText xml:space="preserve">'
                'ne donnent lieu à aucune commande.</w:delText></w:r></w:del>'))
            p._p.append(parse_xml(
                f'<w:ins {WNS} w:id="{_rev_id()}" {AUTH_INS}><w:r><w:t xml:space="preserve">'
                'peuvent donner lieu à des commandes pour les centres de loisirs, dans la limite de '
                '15 % du volume annuel.</w:t></w:r></w:ins>'))
    doc.add_paragraph("Lu et accepté par le titulaire, à ………………, le ……………… (signature et cachet).")
    doc.save(path)


# =====================================================================================
# 3. ODT  -  fr_73: Walloon intercommunal green-space maintenance specification, written by
#    hand as a zip (headings with outline levels, text:list numbering, text:note footnote,
#    table, tracked insertion + tracked deletion).  The clause avoids the word family
#    "discrimin-" entirely.  Level with the tracked insertion accepted: exemplary.
# =====================================================================================

ODT_BODY = [
    ("h", 1, "Partie I – Dispositions administratives"),
    ("h", 2, "Article 1 – Pouvoir adjudicateur et objet du marché"),
    ("p", ["Le pouvoir adjudicateur est l'Intercommunale de gestion des espaces collectifs de "
           "Hesbaye-Condroz (IGEC), rue du Tige 12, 4577 Héroval. Le marché a pour objet l'entretien "
           "des espaces verts, des parcs, des cimetières paysagers et des abords des bâtiments des "
           "communes associées. Le montant du marché est estimé à 420 000 euros hors TVA pour sa "
           "durée totale."]),
    ("h", 2, "Article 2 – Réglementation applicable"),
    ("p", ["Le marché est soumis à la loi du 17 juin 2016 relative aux marchés publics, à l'arrêté "
           "royal du 18 avril 2017 relatif à la passation des marchés publics dans les secteurs "
           "classiques et à l'arrêté royal du 14 janvier 2013 établissant les règles générales "
           "d'exécution des marchés publics (RGE), ainsi qu'à leurs modifications ultérieures."]),
    ("h", 2, "Article 3 – Procédure de passation et attribution"),
    ("p", ["Le marché est passé par procédure ouverte. L'IGEC garantit l'égalité de traitement des "
           "soumissionnaires ; les questions posées par les soumissionnaires et les réponses "
           "apportées sont publiées sur la plateforme e-Procurement pour tous. Les critères "
           "d'attribution sont :"]),
    ("list", [["le prix (55 points) ;"],
              ["la méthodologie et le planning d'intervention (30 points) ;"],
              ["la gestion différenciée et la réduction des intrants (15 points)."]]),
    ("h", 2, "Article 4 – Durée"),
    ("p", ["Le marché est conclu pour une durée de quatre ans à compter du 1er mars 2026. Il peut "
           "être résilié par l'IGEC à la fin de chaque année d'exécution moyennant un préavis de "
           "trois mois, sans indemnité."]),
    ("h", 2, "Article 5 – Prix et révision"),
    ("p", ["Le marché est à bordereau de prix. Les prix unitaires sont révisés annuellement selon "
           "la formule de l'annexe 2, basée sur les salaires de la commission paritaire 145.04. ",
           ("del", "ct2", "Aucune révision n'intervient pendant la première année d'exécution."),
           "Les postes principaux du bordereau sont les suivants :"]),
    ("table", [("Poste", "Description", "Unité", "Quantité présumée"),
               ("A.1", "Tonte des pelouses d'agrément", "are", "3 400"),
               ("A.2", "Fauchage tardif des prairies fleuries", "are", "1 250"),
               ("B.1", "Taille des haies (deux faces)", "m", "8 600"),
               ("B.2", "Désherbage mécanique des allées", "m²", "12 000"),
               ("C.1", "Ramassage des feuilles et évacuation", "m³", "540")]),
    ("h", 2, "Article 6 – Facturation et paiement"),
    ("p", ["Le prestataire établit une facture mensuelle par commune, accompagnée de l'état des "
           "prestations visé par le responsable communal. Le paiement est effectué dans les trente "
           "jours de la fin de la vérification, conformément aux articles 95 et 160 du RGE."]),
    ("h", 2, "Article 7 – Cautionnement"),
    ("p", ["Le cautionnement est fixé à 5 % du montant initial du marché hors TVA. Il est libéré "
           "après la réception définitive, sur demande du prestataire."]),
    ("h", 2, "Article 8 – Assurances"),
    ("p", ["Le prestataire couvre sa responsabilité civile, y compris pour les dommages causés "
           "aux tiers par les projections de pierres lors de la tonte, à concurrence de "
           "1 250 000 euros par sinistre pour les dommages corporels et matériels confondus."]),
    ("h", 2, "Article 9 – Sous-traitance"),
    ("p", ["Le prestataire communique à l'IGEC, avant le début de leur intervention, le nom, les "
           "coordonnées et les représentants légaux des sous-traitants auxquels il fait appel. "
           "Il reste seul responsable de la bonne exécution du marché à l'égard de l'IGEC."]),
    ("h", 2, "Article 10 – Confidentialité et protection des données"),
    ("p", ["Le prestataire traite les données personnelles dont il a connaissance (registres "
           "d'accès aux cimetières, coordonnées des concessionnaires) conformément au règlement "
           "(UE) 2016/679, en qualité de sous-traitant de l'IGEC, et uniquement aux fins du marché. "
           "Il les restitue ou les efface au terme du marché."]),
    ("h", 1, "Partie II – Dispositions techniques"),
    ("h", 2, "Article 11 – Description des prestations"),
    ("p", ["Les prestations comprennent :"]),
    ("list", [["la tonte et le fauchage selon le plan de gestion différenciée de chaque site ;"],
              ["la taille des haies, arbustes et massifs, et l'élagage des arbres jusqu'à six mètres ;"],
              ["le désherbage sans produits phytopharmaceutiques des allées et des cimetières ;"],
              ["le ramassage des feuilles, des déchets verts et des détritus ;"],
              ["la tenue d'un journal des interventions accessible en ligne à l'IGEC."]]),
    ("h", 2, "Article 12 – Sécurité des chantiers"),
    ("p", ["Le prestataire signale ses chantiers conformément au code de la route, fournit à ses "
           "travailleurs les équipements de protection individuelle adaptés (protections auditives, "
           "lunettes, chaussures de sécurité) et respecte le plan de sécurité et de santé établi par "
           "le coordinateur désigné par l'IGEC."]),
    ("h", 2, "Article 13 – Accès des usagers"),
    ("p", ["Pendant les interventions, le prestataire maintient un cheminement praticable pour "
           "tous les usagers des parcs, y compris les personnes à mobilité réduite, et n'interdit "
           "l'accès à une zone que le temps strictement nécessaire."]),
    ("h", 1, "Partie III – Égalité des chances et de traitement dans l'emploi"),
    ("h", 2, "Article 14 – Engagement du prestataire"),
    ("p", ["Pendant toute la durée du marché, le prestataire garantit l'égalité des chances et de "
           "traitement aux membres de son personnel et aux personnes qui postulent auprès de lui. "
           "Il s'engage en particulier à :"]),
    ("list", [
        ["ne faire aucune distinction et n'accorder aucune préférence, lors du recrutement, de la "
         "sélection, de la fixation des salaires, de l'organisation du travail, de la formation, de "
         "la promotion ou du licenciement, sur la base de la nationalité, d'une prétendue race, de la "
         "couleur de peau, de l'ascendance, de l'origine nationale ou ethnique, de l'âge, du sexe, "
         "de l'orientation sexuelle, de l'état civil, de la conviction religieuse ou philosophique, "
         "d'un handicap, de l'état de santé ou de tout autre critère protégé par les lois du "
         "30 juillet 1981 et du 10 mai 2007",
         ("note", "Ainsi que par le décret de la Région wallonne du 6 novembre 2008 et le décret de la "
                  "Communauté française du 12 décembre 2008. Le texte coordonné de ces normes peut être "
                  "consulté sur le site d'Unia."),
         " ;"],
        ["prévenir le harcèlement et les comportements sexuels non désirés au travail et traiter "
         "avec diligence toute plainte d'un travailleur ou d'un candidat ;"],
        [("ins", "ct1",
          "imposer les obligations du présent article à ses sous-traitants de tout rang ainsi qu'aux "
          "entreprises de travail intérimaire auxquelles il recourt pour l'exécution du marché, et "
          "en répondre à l'égard de l'IGEC.")],
    ]),
    ("h", 2, "Article 15 – Champ d'application et vérifications"),
    ("p", ["Les articles 15 à 17 s'appliquent aux marchés dont le montant estimé dépasse "
           "140 000 euros hors TVA ; tel est le cas du présent marché. L'IGEC vérifie le respect de "
           "l'article 14 selon les modalités suivantes :"]),
    ("list", [
        ["dans les trente jours de la notification de la conclusion du marché, le prestataire "
         "remplit le questionnaire d'auto-évaluation figurant à l'annexe 4 et y joint les pièces "
         "justificatives demandées ;"],
        ["l'IGEC peut à tout moment demander la communication de documents relatifs aux procédures "
         "de recrutement et de gestion du personnel affecté au marché ;"],
        ["l'IGEC peut faire réaliser par un organisme indépendant des tests de situation portant "
         "sur les offres d'emploi diffusées par le prestataire ;"],
        ["tout indice sérieux de manquement peut être communiqué à Unia ou à l'inspection du "
         "Contrôle des lois sociales."],
    ]),
    ("h", 2, "Article 16 – Plan d'action et accompagnement"),
    ("p", ["Lorsque le questionnaire, un contrôle ou un test révèle que le prestataire ne satisfait "
           "pas à ses obligations en matière d'égalité de traitement, il établit, dans les soixante "
           "jours de la notification du constat, un plan d'action en faveur de l'égalité des chances "
           "et de la diversité. Le service Diversité de l'IGEC l'accompagne gratuitement dans "
           "l'élaboration et la mise en œuvre de ce plan :"]),
    ("list", [["une première réunion d'accompagnement se tient dans les quinze jours du constat ;"],
              ["le plan fixe des actions concrètes, un responsable et un calendrier ;"],
              ["l'état d'avancement du plan est évalué tous les six mois jusqu'à la fin du marché."]]),
    ("h", 2, "Article 17 – Sanctions"),
    ("p", ["Si le prestataire refuse d'établir le plan d'action, ne le met pas en œuvre dans les "
           "délais convenus ou commet un manquement grave à l'article 14, l'IGEC, après procès-verbal "
           "notifié conformément à l'article 44 du RGE, peut appliquer une pénalité spéciale de "
           "1 000 euros par manquement et les mesures d'office prévues à l'article 47 du RGE, "
           "notamment la résiliation unilatérale du marché. Un tel manquement peut en outre être "
           "retenu comme faute professionnelle grave au sens de l'article 68 de la loi du 17 juin "
           "2016 dans les procédures ultérieures de l'IGEC."]),
    ("h", 1, "Partie IV – Dispositions finales"),
    ("h", 2, "Article 18 – Pénalités pour retard"),
    ("p", ["Toute intervention non réalisée dans le délai fixé par le planning donne lieu à une "
           "pénalité de 0,07 % du montant de la commande mensuelle par jour de retard, sans que le "
           "total puisse dépasser 5 % de ce montant."]),
    ("h", 2, "Article 19 – Réception"),
    ("p", ["Les prestations de chaque mois font l'objet d'une réception mensuelle. La réception "
           "définitive a lieu à la fin du marché, après un dernier constat contradictoire de l'état "
           "des sites."]),
    ("h", 2, "Article 20 – Gestion des déchets verts"),
    ("p", ["Les déchets verts issus des prestations sont évacués le jour même vers la plateforme de "
           "compostage de l'IGEC, qui les accepte gratuitement, ou broyés sur place et utilisés en "
           "paillage lorsque le plan de gestion du site le prévoit. Le prestataire tient un registre des "
           "quantités évacuées par site et le transmet chaque trimestre. Le brûlage des déchets verts "
           "est interdit."]),
    ("h", 2, "Article 21 – Litiges"),
    ("p", ["Les litiges relatifs au marché relèvent de la compétence des cours et tribunaux de "
           "Liège, division Huy. La langue de la procédure est le français."]),
]

_ODT_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3"')


def _odt_inline(segs, state):
    out = []
    for s in segs:
        if isinstance(s, str):
            out.append(x(s))
        elif s[0] == "note":
            state["note"] += 1
            n = state["note"]
            out.append(f'<text:note text:id="ftn{n}" text:note-class="footnote">'
                       f'<text:note-citation>{n}</text:note-citation><text:note-body>'
                       f'<text:p text:style-name="Footnote">{x(s[1])}</text:p></text:note-body></text:note>')
        elif s[0] == "ins":
            state["changes"].append(
                f'<text:changed-region text:id="{s[1]}"><text:insertion><office:change-info>'
                f'<dc:creator>Cellule marchés IGEC</dc:creator><dc:date>2025-10-02T14:05:00</dc:date>'
                f'</office:change-info></text:insertion></text:changed-region>')
            out.append(f'<text:change-start text:change-id="{s[1]}"/>{x(s[2])}'
                       f'<text:change-end text:change-id="{s[1]}"/>')
        elif s[0] == "del":
            state["changes"].append(
                f'<text:changed-region text:id="{s[1]}"><text:deletion><office:change-info>'
                f'<dc:creator>Cellule marchés IGEC</dc:creator><dc:date>2025-10-02T14:11:00</dc:date>'
                f'</office:change-info><text:p>{x(s[2])}</text:p></text:deletion></text:changed-region>')
            out.append(f'<text:change text:change-id="{s[1]}"/>')
    return "".join(out)


def build_odt(path):
    state = {"note": 0, "changes": []}
    body = [
        '<text:p text:style-name="Title">INTERCOMMUNALE DE GESTION DES ESPACES COLLECTIFS DE '
        'HESBAYE-CONDROZ (IGEC)</text:p>',
        '<text:p text:style-name="Subtitle">Cahier spécial des charges n° IGEC/EV/2025-07 – '
        'Entretien des espaces verts des communes associées</text:p>',
        '<text:p text:style-name="Text_20_body">Version soumise au conseil d\'administration du '
        '9 octobre 2025. Les modifications apportées depuis la version du comité de direction '
        'sont enregistrées en mode suivi des modifications.</text:p>',
    ]
    for item in ODT_BODY:
        kind = item[0]
        if kind == "h":
            body.append(f'<text:h text:style-name="Heading_20_{item[1]}" text:outline-level="{item[1]}">'
                        f'{x(item[2])}</text:h>')
        elif kind == "p":
            body.append(f'<text:p text:style-name="Text_20_body">{_odt_inline(item[1], state)}</text:p>')
        elif kind == "list":
            lis = "".join(f'<text:list-item><text:p text:style-name="List_20_Body">'
                          f'{_odt_inline(segs, state)}</text:p></text:list-item>' for segs in item[1])
            body.append(f'<text:list text:style-name="L1">{lis}</text:list>')
        elif kind == "table":
            rows = item[1]
            cols = '<table:table-column table:style-name="Tbl.A" table:number-columns-repeated="4"/>'
            trs = []
            for i, row in enumerate(rows):
                cells = "".join(
                    f'<table:table-cell table:style-name="Tbl.C" office:value-type="string">'
                    f'<text:p text:style-name="{"Table_20_Heading" if i == 0 else "Table_20_Contents"}">'
                    f'{x(c)}</text:p></table:table-cell>' for c in row)
                trs.append(f'<table:table-row>{cells}</table:table-row>')
            body.append(f'<table:table table:name="Bordereau" table:style-name="Tbl">{cols}'
                        f'<table:table-header-rows>{trs[0]}</table:table-header-rows>{"".join(trs[1:])}'
                        '</table:table>')
    body.append('<text:p text:style-name="Text_20_body">Annexes : 1. Liste des sites – 2. Formule '
                'de révision – 3. Bordereau complet – 4. Questionnaire d\'auto-évaluation.</text:p>')
    tracked = ('<text:tracked-changes text:track-changes="true">' + "".join(state["changes"])
               + '</text:tracked-changes>')
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<office:document-content {_ODT_NS}>'
        '<office:automatic-styles>'
        '<text:list-style style:name="L1">'
        '<text:list-level-style-number text:level="1" style:num-suffix="°" style:num-format="1">'
        '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
        '<style:list-level-label-alignment text:label-followed-by="listtab" '
        'text:list-tab-stop-position="1cm" fo:text-indent="-0.6cm" fo:margin-left="1cm"/>'
        '</style:list-level-properties></text:list-level-style-number>'
        '</text:list-style>'
        '<style:style style:name="Tbl" style:family="table"><style:table-properties '
        'style:width="16cm" table:align="margins"/></style:style>'
        '<style:style style:name="Tbl.A" style:family="table-column"><style:table-column-properties '
        'style:column-width="4cm"/></style:style>'
        '<style:style style:name="Tbl.C" style:family="table-cell"><style:table-cell-properties '
        'fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>'
        '</office:automatic-styles>'
        f'<office:body><office:text>{tracked}{"".join(body)}</office:text></office:body>'
        '</office:document-content>')
    styles = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<office:document-styles {_ODT_NS}>'
        '<office:font-face-decls/>'
        '<office:styles>'
        '<style:default-style style:family="paragraph"><style:text-properties '
        'style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="fr" fo:country="BE"/>'
        '</style:default-style>'
        '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
        '<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" '
        'style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.2cm" '
        'fo:text-align="justify"/></style:style>'
        '<style:style style:name="List_20_Body" style:display-name="List Body" style:family="paragraph" '
        'style:parent-style-name="Text_20_body"/>'
        '<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="16pt" '
        'fo:font-weight="bold"/></style:style>'
        '<style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="13pt"/>'
        '</style:style>'
        '<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:margin-top="0.42cm" fo:margin-bottom="0.21cm" '
        'fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"/></style:style>'
        '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" '
        'style:parent-style-name="Heading" style:default-outline-level="1" style:class="text">'
        '<style:text-properties fo:font-size="14pt"/></style:style>'
        '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" '
        'style:parent-style-name="Heading" style:default-outline-level="2" style:class="text">'
        '<style:text-properties fo:font-size="12pt"/></style:style>'
        '<style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" '
        'style:class="extra"><style:text-properties fo:font-size="9pt"/></style:style>'
        '<style:style style:name="Table_20_Contents" style:display-name="Table Contents" '
        'style:family="paragraph" style:parent-style-name="Standard"/>'
        '<style:style style:name="Table_20_Heading" style:display-name="Table Heading" '
        'style:family="paragraph" style:parent-style-name="Table_20_Contents"><style:text-properties '
        'fo:font-weight="bold"/></style:style>'
        '<text:outline-style style:name="Outline">'
        '<text:outline-level-style text:level="1" style:num-format=""/>'
        '<text:outline-level-style text:level="2" style:num-format=""/>'
        '</text:outline-style>'
        '<text:notes-configuration text:note-class="footnote" style:num-format="1" '
        'text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>'
        '</office:styles>'
        '<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties '
        'fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" '
        'fo:margin-left="2.2cm" fo:margin-right="2.2cm"/></style:page-layout></office:automatic-styles>'
        '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/>'
        '</office:master-styles>'
        '</office:document-styles>')
    meta = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<office:document-meta {_ODT_NS}><office:meta>'
        '<dc:title>IGEC/EV/2025-07 – Cahier spécial des charges</dc:title>'
        '<meta:generator>build.py (blind set round 24)</meta:generator>'
        '<dc:language>fr-BE</dc:language></office:meta></office:document-meta>')
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
        'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
        '</manifest:manifest>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text",
                   compress_type=zipfile.ZIP_STORED)
        for name, data in (("content.xml", content), ("styles.xml", styles), ("meta.xml", meta),
                           ("META-INF/manifest.xml", manifest)):
            z.writestr(name, data.encode("utf-8"), compress_type=zipfile.ZIP_DEFLATED)


# =====================================================================================
# 4. HTML  -  fr_74: Swiss municipal procurement portal page publishing the special contract
#    conditions for winter road service (nav, cookie banner, breadcrumb, search form, sidebar,
#    scripts, styles, footer; <ol> lists, a table, footnotes, a <details> block).
#    Level: absent (hard negative: decoys only).
# =====================================================================================

HTML_ARTICLES = [
    ("Art. 1 Objet", [
        ("p", "Les présentes conditions particulières régissent le service hivernal (déneigement et "
              "salage) de la voirie communale, des trottoirs et des arrêts de transports publics de la "
              "Ville de Val-Sorens pour les hivers 2025-2026 à 2027-2028, secteurs Nord, Centre et Lac."),
        ("p", "Elles complètent l'offre du prestataire et priment sur ses conditions générales, qui "
              "sont expressément exclues."),
    ]),
    ("Art. 2 Bases juridiques", [
        ("p", "Le marché est soumis à l'Accord intercantonal sur les marchés publics du 15 novembre "
              "2019<sup><a href=\"#fn1\" id=\"r1\">1</a></sup>, à la loi cantonale d'adhésion et à son "
              "règlement d'application, ainsi qu'au Code des obligations pour ce qui n'est pas réglé "
              "ici."),
    ]),
    ("Art. 3 Principes de la procédure", [
        ("p", "La Ville de Val-Sorens conduit la procédure ouverte de manière transparente et traite "
              "tous les soumissionnaires de manière égale et non discriminatoire. Les critères "
              "d'adjudication et leur pondération sont :"),
        ("ol", ["le prix (50 %) ;",
                "le parc d'engins et les délais d'intervention garantis (30 %) ;",
                "la formation d'apprentis dans l'entreprise (10 %) ;",
                "l'impact environnemental des fondants et des véhicules (10 %)."]),
    ]),
    ("Art. 4 Durée", [
        ("p", "Le contrat couvre trois saisons hivernales, du 15 novembre au 31 mars de chaque année. "
              "La Ville peut le prolonger d'une saison par avis écrit donné avant le 30 juin 2028."),
    ]),
    ("Art. 5 Prestations et délais d'intervention", [
        ("p", "Le prestataire assure, sur appel du service de piquet de la voirie :"),
        ("ol", ["le salage préventif des axes prioritaires dans un délai de 45 minutes ;",
                "le déneigement des axes prioritaires dès 5 cm de neige, dans un délai d'une heure ;",
                "le déneigement des dessertes de quartier et des trottoirs au plus tard quatre heures "
                "après les axes prioritaires ;",
                "le dégagement des arrêts de bus et des places réservées aux personnes à mobilité "
                "réduite en même temps que les axes prioritaires."]),
        ("p", "L'ordre d'intervention suit exclusivement le plan hivernal communal ; aucun quartier "
              "ni aucun usager ne peut être favorisé ou traité de manière discriminatoire dans l'accès "
              "au service."),
    ]),
    ("Art. 6 Engins et tarifs", [
        ("p", "Les engins mis à disposition et les tarifs horaires, valables pour toute la durée du "
              "contrat, sont les suivants :"),
        ("table", [("Engin", "Secteur", "Tarif de piquet (CHF/jour)", "Tarif d'intervention (CHF/h)"),
                   ("Camion 4x4 avec lame et saleuse", "Nord", "180.00", "245.00"),
                   ("Camion 4x4 avec lame et saleuse", "Centre", "180.00", "245.00"),
                   ("Tracteur compact avec fraise", "Lac", "95.00", "160.00"),
                   ("Petit véhicule trottoirs", "tous", "70.00", "125.00")]),
        ("p", "Les tarifs sont identiques pour tous les secteurs. Le fondant est facturé au prix "
              "coûtant majoré de 8 % au maximum, sur présentation des bulletins de livraison."),
    ]),
    ("Art. 7 Planification des tournées", [
        ("p", "Le prestataire peut utiliser un logiciel de planification automatique des tournées. "
              "L'algorithme doit respecter les priorités du plan hivernal et ne doit pas défavoriser "
              "systématiquement certains secteurs ; ses paramètres sont communiqués à la Ville sur "
              "demande."),
    ]),
    ("Art. 8 Géolocalisation et protection des données", [
        ("p", "Les engins sont équipés d'un traceur GPS. Les données de position sont traitées "
              "conformément à la loi fédérale sur la protection des données<sup><a href=\"#fn2\" "
              "id=\"r2\">2</a></sup>, uniquement pour le contrôle des interventions et la facturation, "
              "et sont effacées après douze mois."),
        ("ol", ["Le prestataire informe les conducteurs de l'existence du traceur ;",
                "les données ne sont pas utilisées pour évaluer individuellement les conducteurs ;",
                "la Ville n'accède qu'aux données des heures d'intervention facturées."]),
    ]),
    ("Art. 9 Sécurité", [
        ("p", "Le prestataire veille à ce que ses conducteurs soient titulaires des permis requis, "
              "disposent de vêtements de signalisation de classe 3 et respectent les règles de "
              "prévention des accidents édictées par la SUVA. Les engins sont contrôlés avant chaque "
              "saison ; le procès-verbal de contrôle est remis à la Ville."),
    ]),
    ("Art. 10 Sous-traitance", [
        ("p", "La sous-traitance n'est admise qu'avec l'accord écrit préalable de la Ville. Le "
              "prestataire reste responsable de l'exécution intégrale du contrat et communique la liste "
              "des engins des sous-traitants avec leur secteur d'intervention."),
    ]),
    ("Art. 11 Assurances et responsabilité", [
        ("p", "Le prestataire répond des dommages causés aux biens publics et privés, notamment aux "
              "bordures, candélabres et clôtures. Il dispose d'une assurance responsabilité civile "
              "d'au moins CHF 10 000 000 par sinistre."),
    ]),
    ("Art. 12 Facturation et paiement", "details"),
    ("Art. 13 Peines conventionnelles", [
        ("p", "En cas de dépassement des délais d'intervention de l'art. 5, le prestataire doit une "
              "peine conventionnelle de CHF 200 par heure de retard et par secteur, plafonnée à "
              "CHF 5 000 par saison. Le paiement de la peine ne libère pas le prestataire de "
              "l'exécution<sup><a href=\"#fn3\" id=\"r3\">3</a></sup>."),
    ]),
    ("Art. 14 Résiliation", [
        ("p", "Chaque partie peut résilier le contrat pour de justes motifs avec effet immédiat, "
              "notamment en cas de retards répétés malgré deux avertissements écrits. La Ville peut en "
              "outre résilier le contrat pour la fin d'une saison, moyennant un préavis de trois mois."),
    ]),
    ("Art. 15 Confidentialité", [
        ("p", "Le prestataire traite de manière confidentielle les informations sur le réseau, les "
              "accès aux bâtiments communaux et les codes des barrières dont il a connaissance."),
    ]),
    ("Art. 16 Garantie de bonne exécution", [
        ("p", "Dans les trente jours suivant la conclusion du contrat, le prestataire remet à la Ville une "
              "garantie bancaire ou un cautionnement solidaire d'une banque ou d'une assurance établie en "
              "Suisse, à hauteur de 10 % du montant annuel estimé du contrat. La garantie est libérée trois "
              "mois après la fin de la dernière saison, pour autant qu'aucune prétention ne soit pendante."),
    ]),
    ("Art. 17 Protection de l'environnement", [
        ("p", "Le prestataire limite l'usage de sel au strict nécessaire, conformément au plan hivernal qui "
              "définit les tronçons traités au sel, ceux traités au gravillon et ceux qui ne sont pas "
              "traités. Il utilise des saleuses à dosage automatique étalonnées avant chaque saison."),
        ("ol", ["Les engins diesel répondent au moins à la norme Euro 6 ou à la phase V pour les engins "
                "non routiers ;",
                "les huiles hydrauliques sont biodégradables ;",
                "tout déversement accidentel d'hydrocarbures est annoncé immédiatement au service de "
                "piquet de la voirie et au service cantonal compétent."]),
    ]),
    ("Art. 18 Documents à remettre avant le début des prestations", [
        ("p", "Au plus tard le 31 octobre précédant chaque saison, le prestataire remet à la Ville :"),
        ("ol", ["la liste des engins avec leur numéro de plaque et leur affectation par secteur ;",
                "la liste des conducteurs de piquet avec un numéro d'appel joignable en permanence ;",
                "les attestations d'assurance en cours de validité ;",
                "le procès-verbal de contrôle des engins prévu à l'art. 9."]),
        ("p", "Faute de remise complète de ces documents, la Ville peut, après un rappel resté sans "
              "effet, faire appel à une autre entreprise pour les secteurs concernés, aux frais du "
              "prestataire, jusqu'à la remise des documents manquants."),
    ]),
    ("Art. 19 Modifications du contrat", [
        ("p", "La Ville peut modifier l'étendue des secteurs ou ajouter des tronçons dans une mesure "
              "raisonnable, notamment lors de la mise en service de nouvelles routes ou de nouveaux "
              "trottoirs. Les prestations supplémentaires sont rémunérées aux tarifs de l'art. 6. Toute "
              "autre modification requiert la forme écrite et la signature des deux parties."),
    ]),
    ("Art. 20 Interlocuteurs et alarme", [
        ("p", "Le service de piquet de la voirie déclenche les interventions par appel téléphonique, "
              "confirmé par message écrit. Le prestataire désigne un responsable joignable jour et nuit "
              "pendant toute la saison, ainsi qu'un suppléant. Il confirme la prise en charge de chaque "
              "alarme dans les dix minutes et annonce la fin de l'intervention par secteur."),
        ("p", "En cas de chutes de neige exceptionnelles, la Ville peut fixer d'autres priorités que "
              "celles du plan hivernal ; le prestataire s'y conforme sans délai."),
    ]),
    ("Art. 21 Contrôle des prestations", [
        ("p", "La Ville contrôle les prestations au moyen des relevés GPS, de contrôles sur le terrain et "
              "des annonces de la population reçues par le guichet communal. Les défauts constatés sont "
              "communiqués au prestataire, qui y remédie dans le délai fixé par la Ville. Un bilan de "
              "chaque saison est dressé en commun au mois d'avril ; il porte notamment sur les délais "
              "d'intervention, les quantités de fondant utilisées et les dommages signalés."),
    ]),
    ("Art. 22 For et droit applicable", [
        ("p", "Le droit suisse est applicable. Le for est au siège de la Ville de Val-Sorens, sous "
              "réserve des voies de recours de droit public contre les décisions d'adjudication."),
    ]),
]

HTML_DETAILS = (
    "<details id=\"art12\"><summary><h2>Art. 12 Facturation et paiement</h2> "
    "<span class=\"hint\">(afficher le détail)</span></summary>"
    "<ol><li>Le prestataire facture à la fin de chaque mois les journées de piquet et les heures "
    "d'intervention, ventilées par secteur et par engin, avec les relevés GPS correspondants.</li>"
    "<li>Les factures sont transmises au format QR-facture au service des finances.</li>"
    "<li>Le paiement intervient à 30 jours net dès réception d'une facture conforme.</li>"
    "<li>Aucun acompte n'est versé en début de saison.</li></ol></details>")

HTML_NOTES = [
    "Accord intercantonal sur les marchés publics (AIMP 2019), entré en vigueur dans le canton le "
    "1er janvier 2023 ; art. 2 (buts) et art. 11 (principes de procédure).",
    "Loi fédérale du 25 septembre 2020 sur la protection des données (LPD).",
    "Art. 160 et suivants du Code des obligations.",
]


def build_html(path):
    arts = []
    for title, content in HTML_ARTICLES:
        if content == "details":
            arts.append(f"<section class=\"article\">{HTML_DETAILS}</section>")
            continue
        parts = [f"<section class=\"article\"><h2>{x(title)}</h2>"]
        for kind, val in content:
            if kind == "p":
                parts.append(f"<p>{val}</p>")
            elif kind == "ol":
                parts.append("<ol>" + "".join(f"<li>{x(li)}</li>" for li in val) + "</ol>")
            elif kind == "table":
                head = "".join(f"<th scope=\"col\">{x(c)}</th>" for c in val[0])
                rows = "".join("<tr>" + "".join(f"<td>{x(c)}</td>" for c in r) + "</tr>" for r in val[1:])
                parts.append(f"<table class=\"tarifs\"><caption>Tarifs des engins</caption>"
                             f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
        parts.append("</section>")
        arts.append("".join(parts))
    notes = "".join(f"<li id=\"fn{i}\">{x(n)} <a href=\"#r{i}\">↩</a></li>"
                    for i, n in enumerate(HTML_NOTES, 1))
    html = f"""<!DOCTYPE html>
<html lang="fr-CH">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Conditions particulières – Service hivernal 2025-2028 – Marchés publics de Val-Sorens</title>
<style>
 body {{ font-family: Arial, sans-serif; margin: 0; color: #222; }}
 header.site {{ background: #7a0019; color: #fff; padding: .6em 1.2em; }}
 nav.main a {{ color: #fff; margin-right: 1.2em; }}
 #cookie-banner {{ position: fixed; bottom: 0; width: 100%; background: #333; color: #eee; padding: 1em; }}
 .layout {{ display: flex; gap: 2em; padding: 1em 1.2em; }}
 main {{ flex: 3; }} aside {{ flex: 1; border-left: 1px solid #ccc; padding-left: 1em; }}
 table.tarifs td, table.tarifs th {{ border: 1px solid #999; padding: .3em .6em; }}
 footer.site {{ background: #eee; padding: 1em 1.2em; font-size: .85em; }}
</style>
<script>
 window.dataLayer = window.dataLayer || [];
 function acceptCookies() {{ document.getElementById('cookie-banner').style.display = 'none';
   document.cookie = 'consent=1; path=/; max-age=31536000'; }}
</script>
</head>
<body>
<div id="cookie-banner" role="dialog" aria-label="Cookies">
 <p>Ce portail utilise des cookies techniques et, avec votre accord, des cookies de mesure d'audience.
 Vos choix sont enregistrés pour douze mois.</p>
 <button onclick="acceptCookies()">Tout accepter</button> <button onclick="acceptCookies()">Refuser</button>
 <a href="/cookies">Paramétrer</a>
</div>
<header class="site">
 <div class="brand">Ville de Val-Sorens – Portail des marchés publics</div>
 <nav class="main" aria-label="Navigation principale">
  <a href="/">Accueil</a><a href="/avis">Avis en cours</a><a href="/attributions">Attributions</a>
  <a href="/documents">Documents types</a><a href="/aide">Aide aux soumissionnaires</a><a href="/contact">Contact</a>
 </nav>
 <form class="search" action="/recherche" method="get" role="search">
  <label for="q">Rechercher un avis</label> <input id="q" name="q" type="search" placeholder="Mot-clé, n° d'avis…">
  <button type="submit">Rechercher</button>
 </form>
</header>
<nav class="breadcrumb" aria-label="Fil d'Ariane">
 <a href="/">Accueil</a> › <a href="/avis">Avis en cours</a> › <a href="/avis/VS-2025-041">VS-2025-041 Service hivernal</a> › Conditions particulières
</nav>
<div class="layout">
<main id="contenu">
 <p class="notice-info">Avis n° VS-2025-041 – Procédure ouverte – Publié le 3 septembre 2025 – Délai de
 remise des offres : 6 octobre 2025, 11 h 00. Ce portail garantit à tous les soumissionnaires un accès non
 discriminatoire et gratuit aux documents d'appel d'offres.</p>
 <h1>Service hivernal de la voirie communale 2025-2028 : conditions contractuelles particulières</h1>
 <p>Adjudicateur : Ville de Val-Sorens, Direction des travaux et de l'environnement, rue du Bourg 21,
 1099 Val-Sorens. Les conditions ci-dessous font partie intégrante du contrat à conclure avec le
 prestataire retenu.</p>
 {''.join(arts)}
 <p>Val-Sorens, le 1er septembre 2025. Pour la Municipalité : le syndic, P.-A. Rochat ; la secrétaire
 municipale, L. Nicolet.</p>
 <section class="footnotes" aria-label="Notes">
  <h2>Notes</h2>
  <ol>{notes}</ol>
 </section>
</main>
<aside aria-label="Avis liés">
 <h2>Avis liés</h2>
 <ul>
  <li><a href="/avis/VS-2025-038">VS-2025-038 – Entretien des fontaines publiques</a> (délai : 22.09.2025)</li>
  <li><a href="/avis/VS-2025-035">VS-2025-035 – Fourniture de sel de déneigement</a> – adjugé</li>
  <li><a href="/avis/VS-2025-029">VS-2025-029 – Nettoyage des vestiaires sportifs</a> – adjugé</li>
 </ul>
 <h2>Rappel</h2>
 <p>Égalité de traitement de tous les soumissionnaires : les questions sont posées uniquement via le forum
 de l'avis et les réponses sont publiées pour tous.</p>
</aside>
</div>
<footer class="site">
 <p>© 2025 Ville de Val-Sorens · <a href="/mentions">Mentions légales</a> · <a href="/accessibilite">Accessibilité</a> ·
 <a href="/protection-donnees">Protection des données</a> · <a href="/cookies">Cookies</a></p>
 <p>Le portail est conçu pour être accessible à toutes et à tous, sans discrimination, conformément aux
 règles d'accessibilité numérique (WCAG 2.1 AA).</p>
</footer>
<script src="/assets/portal.min.js" defer></script>
</body>
</html>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)


# =====================================================================================
# Shared PDF helpers
# =====================================================================================

_INSEP = {"bl", "br", "ch", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "gn", "ph", "pl", "pr",
          "qu", "th", "tr", "vr", "gu"}
_V = "aeiouyéèêëàâîïôûù"


def hyphenate_word(w):
    """Very small French syllabifier: put soft hyphens at V-CV and VC-CV boundaries."""
    if len(w) < 7:
        return w
    low = w.lower()
    cuts = []
    for i in range(2, len(w) - 2):
        a, b = low[i - 1], low[i]
        if a in _V and b not in _V and i + 1 < len(w) and low[i + 1] in _V:
            cuts.append(i)                           # V-CV : ri|mi
        elif (a not in _V and b not in _V and i >= 2 and low[i - 2] in _V
              and i + 1 < len(w) and low[i + 1] in _V and a + b not in _INSEP and a != "'"):
            cuts.append(i)                           # VC-CV : dis|cri
    cuts = [c for c in cuts if 3 <= c <= len(w) - 3]
    out, prev = [], 0
    for c in cuts:
        out.append(w[prev:c])
        prev = c
    out.append(w[prev:])
    return "\u00ad".join(out)


def hyphenate(text):
    return re.sub(r"[A-Za-zÀ-ÿ]+", lambda m: hyphenate_word(m.group(0)), text)


def _pdf_fonts(pdf):
    pdf.add_font("LS", "", FONT_DIR + "LiberationSans-Regular.ttf")
    pdf.add_font("LS", "B", FONT_DIR + "LiberationSans-Bold.ttf")
    pdf.add_font("LS", "I", FONT_DIR + "LiberationSans-Italic.ttf")
    pdf.add_font("LSe", "", FONT_DIR + "LiberationSerif-Regular.ttf")
    pdf.add_font("LSe", "B", FONT_DIR + "LiberationSerif-Bold.ttf")


# =====================================================================================
# 5. PDF A  -  fr_75: French département, security guarding CCP in two justified columns,
#    hyphenated at line ends (also inside "discrimi-natoire"), running header, "Page x sur y".
#    Level: weak (a commitment with no ground or law named, even though checks and penalties
#    are attached to it).
# =====================================================================================

PDF_A_ARTICLES = [
    ("Article 1 – Objet et forme du marché", [
        "Le présent cahier des clauses particulières (CCP) a pour objet la surveillance humaine, le "
        "gardiennage, les rondes d'ouverture et de fermeture et l'accueil de sécurité des bâtiments "
        "du Conseil départemental de Montaigle : hôtel du Département, maisons départementales des "
        "solidarités, archives départementales et centres routiers.",
        "Le marché est un accord-cadre mono-attributaire à bons de commande, passé selon la "
        "procédure d'appel d'offres ouvert en application des articles L. 2124-2 et R. 2161-2 à "
        "R. 2161-5 du Code de la commande publique. Il comporte une partie forfaitaire (postes "
        "permanents) et une partie à bons de commande (renforts ponctuels, manifestations).",
    ]),
    ("Article 2 – Documents contractuels", [
        "Les documents contractuels sont, par ordre de priorité : l'acte d'engagement ; le présent "
        "CCP ; le cahier des clauses techniques particulières et ses consignes de poste ; le CCAG "
        "applicable aux marchés publics de fournitures courantes et de services ; la décomposition "
        "du prix global et forfaitaire ; le bordereau des prix unitaires ; le mémoire technique du "
        "titulaire. En cas de contradiction, le document de rang supérieur prévaut.",
    ]),
    ("Article 3 – Égalité de traitement des candidats", [
        "Le pouvoir adjudicateur garantit l'égalité de traitement des candidats et la transparence de "
        "la procédure. Toute visite des sites est organisée dans des conditions identiques pour "
        "tous ; les réponses aux questions sont communiquées à l'ensemble des candidats ayant retiré "
        "le dossier de consultation sur le profil d'acheteur, au plus tard six jours avant la date "
        "limite de remise des offres.",
    ]),
    ("Article 4 – Durée", [
        "L'accord-cadre est conclu pour une durée d'un an à compter du 1er janvier 2026. Il est "
        "reconductible trois fois par période d'un an. La non-reconduction est notifiée au titulaire "
        "au moins trois mois avant l'échéance ; elle n'ouvre droit à aucune indemnité.",
    ]),
    ("Article 5 – Prix", [
        "Les prix sont fermes pour la première année puis révisables annuellement selon l'indice du "
        "coût horaire du travail révisé des activités de sécurité privée et l'indice des frais et "
        "services divers. Ils comprennent l'ensemble des frais d'encadrement, de formation, de "
        "tenue, d'équipement, de transport et de contrôle qualité.",
        "Les heures effectuées de nuit, le dimanche et les jours fériés sont rémunérées selon les "
        "coefficients de majoration indiqués au bordereau ; aucun autre supplément ne peut être "
        "facturé.",
    ]),
    ("Article 6 – Facturation et paiement", [
        "Les factures mensuelles sont déposées sur Chorus Pro avec l'état des heures réalisées par "
        "site, visé par le responsable de site. Le délai global de paiement est de trente jours à "
        "compter de la réception de la facture ; son dépassement fait courir des intérêts moratoires "
        "au taux légal majoré.",
    ]),
    ("Article 7 – Autorisations d'exercer", [
        "Le titulaire justifie, avant tout commencement d'exécution, de l'autorisation d'exercer "
        "délivrée par le Conseil national des activités privées de sécurité (CNAPS). Chaque agent "
        "affecté au marché détient une carte professionnelle en cours de validité et le certificat "
        "de qualification requis pour les fonctions exercées, dont une copie est remise au "
        "pouvoir adjudicateur.",
    ]),
    ("Article 8 – Consignes de poste et prise de service", [
        "Les consignes générales et particulières de chaque poste sont établies contradictoirement "
        "lors de la réunion de démarrage. Le titulaire organise une formation de prise de poste "
        "d'au moins quatre heures sur chaque site, sans facturation, pour tout nouvel agent.",
        "Le titulaire tient à jour une main courante électronique consultable par le pouvoir "
        "adjudicateur, dans laquelle sont consignés les rondes, les incidents, les appels aux "
        "services de secours et les remises de clés.",
    ]),
    ("Article 9 – Personnel affecté au marché", [
        "9.1 Le titulaire affecte au marché un personnel en nombre suffisant, qualifié et encadré "
        "par un chef d'équipe joignable à tout moment. Il assure le remplacement de tout agent absent "
        "dans un délai de deux heures.",
        "9.2 Dans le recrutement, l'affectation, la rémunération, la formation et l'évolution "
        "professionnelle des agents affectés au marché, le titulaire s'interdit, de quelque manière "
        "que ce soit, toute pratique discriminatoire et veille à ce que son encadrement de proximité en fasse de même. Il "
        "informe ses agents de cet engagement lors de la formation de prise de poste.",
        "9.3 Le pouvoir adjudicateur peut demander le remplacement d'un agent dont le comportement "
        "est incompatible avec la sécurité ou le bon fonctionnement du service. Sa demande est "
        "motivée et ne peut reposer que sur des faits constatés dans l'exercice des fonctions.",
    ]),
    ("Article 10 – Sécurité des agents", [
        "Le titulaire équipe les agents travaillant seuls d'un dispositif de protection du travailleur "
        "isolé relié à son centre de télésurveillance. Il établit, avec le pouvoir adjudicateur, le "
        "plan de prévention prévu par le code du travail pour les interventions d'une entreprise "
        "extérieure.",
    ]),
    ("Article 11 – Accueil du public", [
        "Les agents affectés à l'accueil de sécurité reçoivent tous les usagers avec courtoisie et "
        "sans distinction. Ils orientent les personnes à mobilité réduite vers les accès adaptés et "
        "appliquent les procédures d'évacuation spécifiques prévues pour elles.",
    ]),
    ("Article 12 – Vidéoprotection et données personnelles", [
        "Les agents peuvent être amenés à visionner les images des systèmes de vidéoprotection. Le "
        "titulaire agit alors en qualité de sous-traitant au sens du règlement (UE) 2016/679 ; il "
        "limite l'accès aux images aux agents habilités, n'en extrait aucune copie sans réquisition "
        "et notifie sans délai toute violation de données au délégué à la protection des données du "
        "Département.",
    ]),
    ("Article 13 – Sous-traitance", [
        "La sous-traitance est autorisée dans les conditions prévues aux articles L. 2193-1 et "
        "suivants du Code de la commande publique et aux dispositions particulières du code de la "
        "sécurité intérieure applicables aux activités privées de sécurité. Le sous-traitant justifie "
        "de sa propre autorisation d'exercer.",
    ]),
    ("Article 14 – Contrôles", [
        "14.1 Le pouvoir adjudicateur contrôle la présence et la qualification des agents par des "
        "visites inopinées de jour comme de nuit. Chaque visite donne lieu à une fiche de contrôle "
        "contresignée par le chef de poste.",
        "14.2 Le pouvoir adjudicateur peut en outre demander au titulaire, à tout moment, de "
        "justifier du respect de l'engagement prévu à l'article 9.2, par la communication de ses "
        "procédures de recrutement, des offres d'emploi publiées pour le marché et de tout autre "
        "document utile, dans un délai de quinze jours.",
        "14.3 Une réunion trimestrielle de suivi examine les indicateurs de qualité : taux de "
        "présence, délais de remplacement, incidents, réclamations des usagers.",
    ]),
    ("Article 15 – Assurances", [
        "Le titulaire souscrit une assurance responsabilité civile professionnelle couvrant les "
        "dommages corporels, matériels et immatériels causés aux tiers et au pouvoir adjudicateur, "
        "ainsi que les conséquences des fautes de ses agents dans la garde des clés et des badges, "
        "pour un montant minimal de 6 000 000 euros par sinistre.",
    ]),
    ("Article 16 – Confidentialité", [
        "Le titulaire et ses agents sont tenus à une stricte confidentialité sur les plans, codes "
        "d'accès, consignes de sécurité et informations relatives aux personnes dont ils ont "
        "connaissance. Cette obligation survit cinq ans à l'expiration du marché.",
    ]),
    ("Article 17 – Réversibilité", [
        "En fin de marché, le titulaire remet au pouvoir adjudicateur l'ensemble des consignes mises à "
        "jour, la main courante et les clés, et collabore de bonne foi avec le nouveau titulaire "
        "pendant une période de transition de quinze jours.",
    ]),
    ("Article 18 – Tenue et équipement des agents", [
        "Les agents portent une tenue distincte de celles des forces de l'ordre, conforme au code de "
        "la sécurité intérieure, avec l'indication de la raison sociale du titulaire. Le titulaire "
        "fournit à chaque agent une lampe, un émetteur-récepteur relié au poste central et, pour les "
        "rondes extérieures, un vêtement de haute visibilité.",
        "Le titulaire assure le renouvellement des tenues et des équipements à ses frais. Toute "
        "tenue dégradée est remplacée dans un délai de huit jours.",
    ]),
    ("Article 19 – Gestion des clés et des badges", [
        "Les clés, badges et moyens d'accès remis au titulaire font l'objet d'un inventaire "
        "contradictoire lors de la prise de service. Ils sont conservés dans une armoire à clés "
        "sécurisée et ne quittent jamais le site. Toute perte est déclarée dans l'heure au "
        "responsable de site ; le remplacement des serrures et des badges est alors facturé au "
        "titulaire au prix coûtant.",
        "Le titulaire tient un registre des remises et des retours de clés, consultable à tout moment "
        "par le pouvoir adjudicateur.",
    ]),
    ("Article 20 – Indicateurs de qualité et réunions de suivi", [
        "Le titulaire remet chaque mois un rapport d'activité comprenant : le nombre d'heures "
        "réalisées par site, les absences et leurs délais de remplacement, les incidents et les "
        "interventions des services de secours, les réclamations reçues et les suites qui leur ont "
        "été données.",
        "Une réunion de suivi réunit chaque trimestre le responsable du contrat désigné par le "
        "titulaire et le service des moyens généraux. Le compte rendu est établi par le titulaire et "
        "validé par le pouvoir adjudicateur dans les quinze jours.",
        "Une enquête de satisfaction est menée chaque année auprès des responsables de site ; ses "
        "résultats sont présentés lors de la réunion de suivi du premier trimestre.",
    ]),
    ("Article 21 – Développement durable", [
        "Le titulaire privilégie, pour les rondes motorisées, des véhicules à faibles émissions et "
        "communique chaque année le kilométrage parcouru pour le marché. Les documents de suivi sont "
        "transmis sous forme dématérialisée ; les impressions sont limitées aux documents dont la "
        "conservation sur papier est imposée par la réglementation.",
    ]),
    ("Article 22 – Continuité du service", [
        "En cas de mouvement social, d'intempéries ou de tout autre événement affectant son "
        "organisation, le titulaire met en œuvre le plan de continuité présenté dans son offre et "
        "assure en priorité les postes de l'hôtel du Département et des archives départementales. "
        "La force majeure ne peut être invoquée qu'en cas d'événement imprévisible, irrésistible et "
        "extérieur au titulaire, notifié par écrit dans les quarante-huit heures.",
    ]),
    ("Article 23 – Pénalités", [
        "23.1 Par dérogation au CCAG, les pénalités sont appliquées sans mise en demeure préalable. "
        "Une absence de poste non remplacée dans le délai de deux heures donne lieu à une pénalité "
        "de 80 euros par heure d'absence ; un agent dépourvu de carte professionnelle valide, à une "
        "pénalité de 500 euros par constat.",
        "23.2 Le défaut de tenue de la main courante ou l'absence de rapport d'incident donne lieu à "
        "une pénalité de 150 euros par manquement.",
        "23.3 Tout manquement à l'engagement de l'article 9.2, ou le défaut de produire dans le délai "
        "imparti les justificatifs demandés en application de l'article 14.2, donne lieu à une "
        "pénalité de 1 000 euros par manquement constaté.",
    ]),
    ("Article 24 – Résiliation", [
        "Le pouvoir adjudicateur peut résilier le marché dans les conditions du CCAG. Constituent "
        "notamment des fautes d'une gravité particulière justifiant la résiliation aux torts du "
        "titulaire : le retrait de son autorisation d'exercer, l'affectation répétée d'agents non "
        "qualifiés et la répétition, après une première pénalité, des manquements visés à l'article "
        "23.3.",
    ]),
    ("Article 25 – Règlement des litiges", [
        "Les litiges sont portés devant le tribunal administratif territorialement compétent, après "
        "une tentative de règlement amiable d'une durée de deux mois au plus.",
    ]),
]


PDF_A_ANNEX = [
    "Site 1 – Hôtel du Département, 2, cours de la Préfecture : poste d'accueil de sécurité du lundi "
    "au vendredi de 7 h 30 à 19 h 00 ; ronde de fermeture et surveillance de nuit de 19 h 00 à 7 h 30 ; "
    "volume annuel estimé : 6 100 heures.",
    "Site 2 – Archives départementales, rue des Tanneurs : surveillance de la salle de lecture aux "
    "heures d'ouverture et rondes de nuit deux fois par semaine ; volume annuel estimé : 2 300 heures.",
    "Site 3 – Maison départementale des solidarités de Montaigle-Nord : agent d'accueil de sécurité "
    "aux heures d'ouverture au public ; volume annuel estimé : 1 850 heures.",
    "Site 4 – Maison départementale des solidarités du Val-d'Orge : agent d'accueil de sécurité les "
    "jours de permanence sociale ; volume annuel estimé : 1 200 heures.",
    "Sites 5 à 9 – Centres routiers départementaux : rondes motorisées de nuit et interventions sur "
    "alarme, avec levée de doute dans un délai de trente minutes ; volume annuel estimé : 900 heures.",
    "Renforts ponctuels (sessions de l'assemblée départementale, journées du patrimoine, salons) : "
    "commandés par bons de commande, volume annuel estimé : 600 heures.",
    "Les volumes sont indicatifs ; ils n'engagent le pouvoir adjudicateur que dans la limite du "
    "montant maximum de l'accord-cadre fixé dans l'acte d'engagement.",
]


class _PdfA(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_y(10)
        self.set_font("LS", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "Conseil départemental de Montaigle – Accord-cadre 2025-DSG-12 – Gardiennage "
                        "et surveillance des sites – CCP", align="C")
        self.line(self.l_margin, 16, self.w - self.r_margin, 16)
        self.set_text_color(0, 0, 0)
        self.set_y(self.t_margin)

    def footer(self):
        self.set_y(-13)
        self.set_font("LS", "", 8)
        self.cell(0, 5, f"Page {self.page_no()} sur {{nb}}", align="C")


def build_pdf_a(path):
    pdf = _PdfA(format="A4")
    _pdf_fonts(pdf)
    pdf.set_margins(22, 22, 22)
    pdf.set_auto_page_break(True, 24)
    pdf.add_page()
    pdf.set_font("LS", "B", 16)
    pdf.ln(40)
    pdf.multi_cell(0, 9, "CONSEIL DÉPARTEMENTAL DE MONTAIGLE", align="C")
    pdf.ln(6)
    pdf.set_font("LS", "", 13)
    pdf.multi_cell(0, 7, "Direction des services généraux\n2, cours de la Préfecture – 27990 Montaigle",
                   align="C")
    pdf.ln(20)
    pdf.set_font("LS", "B", 15)
    pdf.multi_cell(0, 8, "ACCORD-CADRE DE SERVICES n° 2025-DSG-12\nGardiennage, surveillance et accueil "
                         "de sécurité des sites départementaux", align="C")
    pdf.ln(8)
    pdf.set_font("LS", "", 13)
    pdf.multi_cell(0, 7, "CAHIER DES CLAUSES PARTICULIÈRES (CCP)\nProcédure : appel d'offres ouvert",
                   align="C")
    pdf.ln(30)
    pdf.set_font("LS", "", 10)
    pdf.multi_cell(0, 5.5, "Date limite de remise des offres : 14 novembre 2025 à 12 h 00.\nLe présent "
                           "document est composé en deux colonnes ; il se lit colonne par colonne.",
                   align="C")
    pdf.add_page()
    with pdf.text_columns(text_align="J", ncols=2, gutter=9, line_height=1.5) as cols:
        for title, paras in PDF_A_ARTICLES:
            with cols.paragraph(text_align="L", top_margin=3, bottom_margin=1.5) as par:
                pdf.set_font("LS", "B", 11)
                par.write(text=title, )
            pdf.set_font("LSe", "", 12)
            for ptxt in paras:
                with cols.paragraph(text_align="J", bottom_margin=1.8) as par:
                    par.write(text=hyphenate(ptxt))
        with cols.paragraph(text_align="L", top_margin=5, bottom_margin=1.5) as par:
            pdf.set_font("LS", "B", 11)
            par.write(text="Annexe 1 – Sites et volumes horaires prévisionnels")
        pdf.set_font("LSe", "", 12)
        for line in PDF_A_ANNEX:
            with cols.paragraph(text_align="L", bottom_margin=1.2) as par:
                par.write(text=hyphenate(line))
        with cols.paragraph(text_align="L", top_margin=6) as par:
            pdf.set_font("LS", "I", 10)
            par.write(text="Fait à Montaigle, le 2 octobre 2025. Le Président du Conseil départemental.")
    pdf.output(path)


# =====================================================================================
# 6. PDF B  -  fr_76: Luxembourg municipal school-transport specification, single column:
#    contents page with dotted leaders, footnotes at page bottom in a smaller font, a sentence
#    of the clause broken across a page break, a penalty table running over a page break with
#    the row that matters on its second page.  The clause avoids "discrimin-".  Level: strong.
# =====================================================================================

PDF_B_ARTICLES = [
    ("Article 1 – Objet du marché", [
        ["Le marché a pour objet le transport scolaire des élèves de l'enseignement fondamental de "
         "la commune de Wiltzange entre leur lieu de ramassage et les écoles de Wiltzange-Centre, "
         "Hollerbach et Kaesfurt, ainsi que les trajets vers le hall sportif et la piscine "
         "intercommunale, selon les quatorze circuits décrits à l'annexe A."],
        ["Le marché comprend la mise à disposition des véhicules, des chauffeurs et, pour les "
         "circuits désignés, des accompagnateurs, ainsi que l'organisation des remplacements."],
    ]),
    ("Article 2 – Base légale et documents applicables", [
        ["Le marché est régi par la loi du 8 avril 2018 sur les marchés publics",
         ("fn", "Loi du 8 avril 2018 sur les marchés publics et règlement grand-ducal du 8 avril 2018 "
                "portant exécution de cette loi, tels que modifiés."),
         " et son règlement d'exécution, par le présent cahier spécial des charges, par le bordereau "
         "des prix et par l'offre du prestataire, dans cet ordre de priorité."],
    ]),
    ("Article 3 – Procédure et égalité de traitement des soumissionnaires", [
        ["Le marché est passé par procédure ouverte. Le pouvoir adjudicateur assure l'égalité de "
         "traitement des soumissionnaires et la transparence de la procédure ; les renseignements "
         "complémentaires sont publiés sur le Portail des marchés publics pour tous les opérateurs "
         "économiques intéressés. Le marché est attribué à l'offre économiquement la plus avantageuse "
         "selon le prix (60 %), la qualité du parc de véhicules (25 %) et les émissions des "
         "véhicules (15 %)."],
    ]),
    ("Article 4 – Durée", [
        ["Le marché est conclu pour les années scolaires 2026-2027 à 2029-2030. Il prend cours le "
         "jour de la rentrée scolaire de septembre 2026 et prend fin le dernier jour de l'année "
         "scolaire 2029-2030, sans reconduction."],
    ]),
    ("Article 5 – Véhicules", [
        ["Les véhicules ont moins de huit ans à la date de mise en service et répondent au minimum à "
         "la norme Euro VI ; à partir de la troisième année, au moins quatre circuits sont assurés "
         "par des véhicules électriques. Chaque véhicule dispose de ceintures de sécurité à toutes les "
         "places, d'un éthylotest antidémarrage et d'un système de géolocalisation."],
        ["Un véhicule de réserve est disponible en permanence dans un rayon de quinze kilomètres."],
    ]),
    ("Article 6 – Chauffeurs et accompagnateurs", [
        ["Les chauffeurs sont titulaires du permis de conduire de la catégorie D, du certificat "
         "d'aptitude professionnelle et d'un extrait du casier judiciaire sans inscription "
         "incompatible avec la prise en charge de mineurs. Les accompagnateurs ont suivi une formation "
         "aux premiers secours datant de moins de trois ans."],
        ["Dans la mesure du possible, un même chauffeur est affecté à un même circuit pendant toute "
         "l'année scolaire, afin que les enfants disposent d'un interlocuteur connu."],
    ]),
    ("Article 7 – Prix et adaptation des prix", [
        ["Les prix sont établis par circuit et par jour de service. Ils sont adaptés selon la "
         "formule de l'annexe B, dont la part salariale suit l'échelle mobile des salaires et dont la "
         "part carburant suit le prix officiel maximum du gazole publié par le ministère compétent."],
    ]),
    ("Article 8 – Facturation et paiement", [
        ["Le prestataire adresse à l'administration communale une facture mensuelle par voie "
         "électronique, au format structuré, indiquant le nombre de jours de service par circuit et "
         "les trajets supplémentaires commandés. Le paiement intervient dans un délai de trente jours "
         "à compter de la réception de la facture."],
    ]),
    ("Article 9 – Sécurité des élèves", [
        ["Le chauffeur vérifie le port de la ceinture avant le départ, ne laisse descendre les élèves "
         "qu'aux arrêts prévus et ne les confie, pour les élèves du cycle 1, qu'à une personne "
         "autorisée figurant sur la liste transmise par l'école. Tout incident est signalé le jour "
         "même au service scolaire."],
    ]),
    ("Article 10 – Élèves à besoins spécifiques", [
        ["Le prestataire adapte le service aux élèves à besoins éducatifs spécifiques et aux élèves "
         "en fauteuil roulant : véhicule équipé d'une rampe ou d'un élévateur, accompagnement "
         "renforcé et prise en charge au domicile lorsque l'annexe A le prévoit. Aucun élève ne peut "
         "se voir refuser le transport en raison de son handicap."],
    ]),
    ("Article 11 – Égalité de traitement du personnel", [
        ["11.1 Pendant toute l'exécution du marché, le prestataire assure aux chauffeurs et "
         "accompagnateurs qu'il emploie, ainsi qu'aux personnes qui postulent à ces fonctions, une "
         "égalité de traitement effective dans l'accès à l'emploi, la sélection, la rémunération, "
         "les conditions de travail, la formation, la promotion et le licenciement, sans aucune "
         "distinction fondée sur la religion ou les convictions, le handicap, l'âge, l'orientation "
         "sexuelle, l'appartenance ou la non-appartenance, vraie ou supposée, à une race ou une "
         "ethnie, la nationalité ou le sexe",
         ("fn", "Articles L. 241-1 et L. 251-1 du Code du travail ; loi du 28 novembre 2006 "
                "transposant les directives 2000/43/CE et 2000/78/CE."),
         ", et il prend les mesures nécessaires pour que ses chefs d'équipe et responsables de "
         "planning respectent le même principe dans l'attribution des circuits et des horaires."],
        ["11.2 Les offres d'emploi publiées pour l'exécution du marché indiquent le niveau de langue "
         "requis pour la fonction (par exemple B1 en luxembourgeois ou en français) et non une "
         "exigence de langue maternelle."],
    ]),
    ("Article 12 – Vérifications", [
        ["12.1 Le pouvoir adjudicateur peut à tout moment demander au prestataire les documents "
         "établissant le respect de l'article 11, notamment les offres d'emploi publiées, la "
         "description des procédures de sélection et la grille des salaires appliquée au personnel "
         "affecté au marché. Ces documents sont fournis dans un délai de quinze jours."],
        ["12.2 Le pouvoir adjudicateur peut porter tout indice de manquement à la connaissance de "
         "l'Inspection du travail et des mines ou du Centre pour l'égalité de traitement."],
    ]),
    ("Article 13 – Sous-traitance", [
        ["La sous-traitance d'un circuit n'est admise qu'avec l'accord écrit préalable du collège des "
         "bourgmestre et échevins. Le prestataire demeure seul responsable à l'égard du pouvoir "
         "adjudicateur de l'exécution de l'ensemble des circuits."],
    ]),
    ("Article 14 – Protection des données", [
        ["Les listes d'élèves, les adresses de ramassage et les informations médicales utiles au "
         "transport sont traitées par le prestataire en qualité de sous-traitant au sens du règlement "
         "(UE) 2016/679, pour la seule exécution du marché. Elles sont conservées sous clé dans les "
         "véhicules, sont détruites à la fin de chaque année scolaire et ne sont jamais communiquées à "
         "des tiers."],
    ]),
    ("Article 15 – Assurances", [
        ["Le prestataire justifie d'une assurance de responsabilité civile automobile couvrant les "
         "passagers sans limitation de montant pour les dommages corporels, et d'une assurance de "
         "responsabilité civile d'exploitation de 2 500 000 euros au moins par sinistre."],
    ]),
    ("Article 16 – Confidentialité", [
        ["Le prestataire et son personnel sont tenus à la discrétion quant aux informations relatives "
         "aux élèves et à leurs familles. Aucune photographie ni vidéo des élèves ne peut être prise ou "
         "diffusée."],
    ]),
    ("Article 17 – Horaires et modifications des circuits", [
        ["Les horaires de passage aux arrêts sont fixés chaque année par le service scolaire en "
         "concertation avec les écoles et communiqués au prestataire au plus tard le 15 juillet. Le "
         "prestataire dispose de dix jours pour signaler toute impossibilité technique."],
        ["Le pouvoir adjudicateur peut modifier un circuit en cours d'année, notamment pour tenir "
         "compte d'un déménagement ou de l'ouverture d'une nouvelle classe. Une modification qui "
         "n'allonge pas le circuit de plus de cinq kilomètres par jour n'ouvre droit à aucun "
         "supplément de prix ; au-delà, le supplément est calculé sur la base du bordereau."],
        ["Les trajets supplémentaires (sorties scolaires, manifestations sportives) sont commandés au "
         "moins quarante-huit heures à l'avance et facturés selon les prix unitaires du bordereau."],
    ]),
    ("Article 18 – Communication avec les écoles et les parents", [
        ["Le prestataire désigne un responsable d'exploitation joignable de 6 h 30 à 18 h 30 les jours "
         "de classe. Il informe sans délai le service scolaire et les écoles de tout retard de plus de "
         "dix minutes, de toute panne et de toute modification ponctuelle d'un circuit."],
        ["Les chauffeurs ne communiquent pas directement avec les parents au sujet de l'organisation du "
         "service ; ils renvoient toute demande au service scolaire. Les réclamations des parents sont "
         "transmises au prestataire, qui y répond par écrit dans un délai de cinq jours ouvrables."],
    ]),
    ("Article 19 – Formation continue du personnel", [
        ["Le prestataire organise chaque année, avant la rentrée, une journée de formation de son "
         "personnel affecté au marché portant sur la sécurité des enfants, la gestion des conflits à "
         "bord, la prise en charge des élèves à besoins spécifiques et les procédures d'urgence. Le "
         "programme et la liste de présence sont transmis au service scolaire."],
    ]),
    ("Article 20 – Qualité du service", [
        ["Le service scolaire procède à des contrôles inopinés à bord des véhicules et aux arrêts. "
         "Une réunion d'évaluation se tient à la fin de chaque trimestre scolaire ; elle examine les "
         "retards constatés, les incidents, les réclamations et l'état des véhicules."],
        ["Une enquête de satisfaction est menée chaque année auprès des parents et des équipes "
         "pédagogiques ; ses résultats sont communiqués au prestataire, qui présente les mesures "
         "d'amélioration qu'il entend prendre."],
    ]),
    ("Article 21 – Développement durable", [
        ["Le prestataire forme ses chauffeurs à l'écoconduite dans les six mois du début du marché et "
         "communique chaque année la consommation d'énergie et les émissions de gaz à effet de serre "
         "des véhicules affectés au marché. Le ralenti moteur à l'arrêt devant les écoles est interdit."],
    ]),
    ("Article 22 – Pénalités", [
        ["Les manquements constatés par le service scolaire et notifiés par écrit au prestataire "
         "donnent lieu aux pénalités du barème ci-après",
         ("fn", "Montants hors TVA. Les pénalités sont cumulables et déduites d'office de la "
                "facture du mois suivant le constat."),
         ", sans préjudice du droit du pouvoir adjudicateur de réclamer la réparation du dommage "
         "subi."],
        ("table",),
    ]),
    ("Article 23 – Résiliation", [
        ["Le pouvoir adjudicateur peut résilier le marché aux torts du prestataire, après mise en "
         "demeure restée sans effet pendant huit jours, en cas de manquement grave ou répété à ses "
         "obligations contractuelles, ou immédiatement en cas de mise en danger de la sécurité des "
         "élèves. Les surcoûts d'un marché de remplacement sont à charge du prestataire défaillant."],
    ]),
    ("Article 24 – Litiges", [
        ["Le droit luxembourgeois est applicable. Tout litige relève de la compétence des "
         "juridictions de l'arrondissement judiciaire de Diekirch."],
    ]),
]

PDF_B_PENALTIES = [
    ("Manquement", "Pénalité", "Observations"),
    ("Retard de plus de 10 minutes à un arrêt", "50 € par circuit et par jour", "constat du service scolaire"),
    ("Circuit non assuré", "400 € par circuit et par jour", "en sus des frais de remplacement"),
    ("Véhicule non conforme à l'article 5", "250 € par jour", "jusqu'à mise en conformité"),
    ("Absence d'accompagnateur sur un circuit désigné", "300 € par trajet", ""),
    ("Chauffeur sans certificat d'aptitude professionnelle valide", "500 € par constat", "retrait immédiat du chauffeur"),
    ("Élève déposé hors d'un arrêt prévu", "200 € par constat", "signalement aux parents"),
    ("Incident non signalé le jour même", "150 € par incident", ""),
    ("Défaut de géolocalisation d'un véhicule", "75 € par jour", ""),
    ("Non-respect des consignes de l'article 9", "250 € par constat", ""),
    ("Documents de l'article 12 non fournis dans le délai", "100 € par jour de retard", "plafond : 3 000 €"),
    ("Manquement à l'égalité de traitement du personnel prévue à l'article 11",
     "750 € par manquement constaté", "au troisième manquement : résiliation aux torts du prestataire"),
    ("Violation de la confidentialité (article 16)", "1 000 € par constat", ""),
]


class _PdfB(FPDF):
    def __init__(self):
        super().__init__(format="A4")
        self.page_notes = {}

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("LS", "", 8)
        self.cell(0, 5, "Administration communale de Wiltzange – Cahier spécial des charges "
                        "TS-2026/01 – Transport scolaire", align="L")
        self.ln(9)

    def footer(self):
        notes = self.page_notes.get(self.page_no(), [])
        if notes:
            self.set_font("LS", "", 7.5)
            width = self.w - self.l_margin - self.r_margin
            self.set_x(self.l_margin)
            nlines = sum(len(self.multi_cell(width, 3.6, f"{n}  {t}", dry_run=True, output="LINES"))
                         for n, t in notes)
            self.set_y(-14 - 3.6 * nlines - 3)
            self.line(self.l_margin, self.get_y(), self.l_margin + 50, self.get_y())
            self.ln(1.5)
            self.set_font("LS", "", 7.5)
            for n, t in notes:
                self.set_x(self.l_margin)
                self.multi_cell(width, 3.6, f"{n}  {t}", new_x="LMARGIN", new_y="NEXT")
        self.set_y(-12)
        self.set_font("LS", "", 8)
        self.cell(0, 5, f"{self.page_no()} / {{nb}}", align="R")


def _render_toc(pdf, outline):
    pdf.set_x(pdf.l_margin)
    pdf.set_font("LS", "B", 14)
    pdf.cell(0, 10, "Table des matières", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("LS", "", 10.5)
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for sec in outline:
        name, num = sec.name, str(sec.page_number)
        wn, wp = pdf.get_string_width(name), pdf.get_string_width(num)
        dots = "." * max(3, int((width - wn - wp - 8) / pdf.get_string_width(".")))
        pdf.cell(width, 7.2, f"{name} {dots} {num}", link=pdf.add_link(page=sec.page_number),
                 new_x="LMARGIN", new_y="NEXT")


def _pdf_b_write(pdf, segs, note_counter):
    pdf.set_font("LSe", "", 11)
    for s in segs:
        if isinstance(s, str):
            pdf.write(5.6, s)
        else:
            note_counter[0] += 1
            n = note_counter[0]
            pdf.char_vpos = "SUP"
            pdf.write(5.6, str(n))
            pdf.char_vpos = "LINE"
            pdf.page_notes.setdefault(pdf.page_no(), []).append((n, s[1]))
    pdf.ln(8)


def build_pdf_b(path, fill_before_clause=True):
    pdf = _PdfB()
    _pdf_fonts(pdf)
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, 42)
    pdf.add_page()
    pdf.set_font("LS", "B", 13)
    pdf.multi_cell(0, 7, "ADMINISTRATION COMMUNALE DE WILTZANGE\nGrand-Duché de Luxembourg", align="C")
    pdf.ln(4)
    pdf.set_font("LS", "", 11)
    pdf.multi_cell(0, 6, "Cahier spécial des charges n° TS-2026/01\nMarché public de services – "
                         "Transport scolaire 2026-2030\nProcédure ouverte", align="C")
    pdf.ln(6)
    pdf.insert_toc_placeholder(_render_toc, pages=1)
    notes = [0]
    for title, paras in PDF_B_ARTICLES:
        pdf.start_section(title)
        if title.startswith("Article 11") and fill_before_clause:
            # place the heading so that the first sentence of 11.1 runs over the page break
            room = pdf.page_break_trigger - pdf.get_y()
            need = 8 + 3 * 5.6
            if room > need:
                pdf.set_y(pdf.page_break_trigger - need)
            else:
                pdf.add_page()
                pdf.set_y(pdf.page_break_trigger - need)
        pdf.set_font("LS", "B", 11.5)
        pdf.multi_cell(0, 6.5, title, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
        for segs in paras:
            if isinstance(segs, tuple) and segs[0] == "table":
                _pdf_b_table(pdf)
            else:
                _pdf_b_write(pdf, segs, notes)
    pdf.ln(4)
    pdf.set_font("LS", "I", 10)
    pdf.multi_cell(0, 5.5, "Arrêté par le collège des bourgmestre et échevins de la commune de "
                           "Wiltzange en sa séance du 17 novembre 2025.")
    pdf.output(path)


def _pdf_b_table(pdf):
    # start the table low on the page so that it runs over the page break and the
    # article 11 row lands on the table's second page
    if pdf.get_y() < pdf.page_break_trigger - 95:
        pdf.set_y(pdf.page_break_trigger - 95)
    pdf.set_font("LS", "", 9)
    with pdf.table(col_widths=(80, 45, 41), text_align="LEFT", line_height=4.6,
                   repeat_headings=1, first_row_as_headings=True) as table:
        for row in PDF_B_PENALTIES:
            r = table.row()
            for c in row:
                r.cell(c)
    pdf.ln(6)


# =====================================================================================
# Labels and main
# =====================================================================================

FILES = {
    "a": "fr_71_csc_nettoyage_batiments_bruxelles.docx",
    "b": "fr_72_ccap_restauration_scolaire_revise.docx",
    "odt": "fr_73_csc_espaces_verts_intercommunale_wallonne.odt",
    "html": "fr_74_portail_conditions_service_hivernal.html",
    "pdfa": "fr_75_ccp_gardiennage_deux_colonnes.pdf",
    "pdfb": "fr_76_csc_transport_scolaire_luxembourg.pdf",
}

LABELS = f"""documents:
  - file: {FILES['a']}
    language: fr
    level: strong
    elements: [commitment, grounds, monitoring, remedies]
    articles:
      commitment: ["9"]
      grounds: ["9"]
      monitoring: ["15"]
      remedies: ["19"]
    features: [auto_numbering, cross_references, footnotes, header_footer, page_field, merged_cells_table]
    note: >-
      Brussels cleaning CSC. Article numbers exist only through numbering.xml ("Article %1." /
      "%1.%2."); articles 15 and 19 refer back to "article 9" and "point 15.2" through REF fields
      whose cached results are the displayed numbers. The commitment (9.1) names no ground in the
      body; the grounds and the laws of 30 July 1981 / 10 May 2007 are only in footnote 1 attached
      to 9.1, so grounds count for article 9. Monitoring = 15.2 (documents, Unia, Contrôle des lois
      sociales); remedies = 19.2 (pénalité spéciale, mesures d'office, résiliation). No flowdown
      (article 10 keeps the contractor liable but does not extend the duty) and no action plan.
      Decoys: equal treatment of tenderers (4), well-being at work (9.3), GDPR (14), quality audits
      (15.1), lateness penalties table with merged cells (16).
  - file: {FILES['b']}
    language: fr
    level: moderate
    elements: [commitment, grounds, monitoring]
    articles:
      commitment: ["8"]
      grounds: ["8"]
      monitoring: ["8"]
    features: [tracked_changes, comments, soft_hyphen, non_breaking_space, toc_field]
    note: >-
      French CCAP read with every tracked change accepted. 8.1 commits the titulaire not to take
      "discrimi<softHyphen/>natoire" measures and cites Code du travail art. L.<NBSP>1132-1 with
      grounds (origin, sex, age, ...). Inserted paragraph 8.3 (w:ins) adds a documents check, so
      monitoring is in force. Paragraph 14.3 (pénalité de 500 euros for breaching 8.1, termination
      on the third breach) is a tracked deletion (w:del), so there is no remedy: moderate, not
      strong. A Word comment on 8.1 repeats the penalty sentence; comments are not contract text.
      Generic termination for fault (15) is not tied to the clause. Decoys: insertion clause (9),
      users' equal access (6.2), health and safety (8.2), GDPR (12), lateness penalties (14.1).
  - file: {FILES['odt']}
    language: fr
    level: exemplary
    elements: [commitment, grounds, flowdown, monitoring, action_plan, remedies, applicability]
    articles:
      commitment: ["14"]
      grounds: ["14"]
      flowdown: ["14"]
      monitoring: ["15"]
      action_plan: ["16"]
      remedies: ["17"]
      applicability: ["15"]
    features: [headings_outline_levels, list_numbering, footnotes, table, tracked_changes]
    note: >-
      Walloon intercommunal CSC with no word of the "discrimin-" family: the duty is a paraphrase
      ("garantit l'égalité des chances et de traitement ... ne faire aucune distinction et n'accorder
      aucune préférence ... sur la base de la nationalité, ...", laws of 30 July 1981 / 10 May 2007,
      Walloon decree in a text:note). The flowdown point 3° of article 14 (subcontractors and
      temporary-work agencies) exists only as a tracked insertion (text:insertion); accepted it
      is in force, making the clause exemplary (strong without it). Article 15: value threshold
      met by this contract (applicability) + self-evaluation questionnaire, documents, situation
      tests, Unia (monitoring); 16 action plan with coaching within 60 days; 17 penalty, mesures
      d'office, résiliation, exclusion. Sub-point numbers come from the L1 list style. A tracked
      deletion in article 5 only removes a price sentence.
  - file: {FILES['html']}
    language: fr
    level: absent
    elements: []
    articles: {{}}
    features: [portal_chrome, cookie_banner, breadcrumb, search_form, sidebar, scripts_styles, site_footer,
               ordered_lists, table, footnotes, details_summary]
    note: >-
      Hard negative. Swiss municipal portal page publishing winter road-service conditions. The
      only "non discriminatoire" / "égalité de traitement" phrases are about tenderers (art. 3,
      sidebar), users and neighbourhoods (art. 5), the portal's access (notice line, footer), a
      route-planning algorithm (art. 7) and prices identical for all sectors; the rest is GDPR-type
      data protection (art. 8), SUVA safety (art. 9), apprentice training as an award criterion.
      No labour non-discrimination duty and no generic duty to comply with labour law. Article 12
      (invoicing) sits in a details/summary block.
  - file: {FILES['pdfa']}
    language: fr
    level: weak
    elements: [commitment, monitoring, remedies]
    articles:
      commitment: ["9"]
      monitoring: ["14"]
      remedies: ["23", "24"]
    features: [two_columns, justified_text, hyphenation, running_header, page_x_of_y_footer]
    note: >-
      French département guarding CCP, 6 pages (cover + 5) in two justified columns, words hyphenated at line
      ends (the key word of 9.2 is split "discrimi-" / "natoire" across two lines of the left
      column). 9.2 forbids "toute pratique discriminatoire" in recruitment, pay, training and
      career but names no protected ground and cites no anti-discrimination law anywhere, so
      the level is weak even though 14.2 (documents check) and 23.3 / 24 (penalty of 1,000 euros,
      termination after repetition) are tied to it. Decoys: equal treatment of candidates (3),
      courteous reception of all users "sans distinction" (11), GDPR/video (12), isolated-worker
      safety (10).
  - file: {FILES['pdfb']}
    language: fr
    level: strong
    elements: [commitment, grounds, monitoring, remedies]
    articles:
      commitment: ["11"]
      grounds: ["11"]
      monitoring: ["12"]
      remedies: ["22"]
    features: [toc_dotted_leaders, footnotes, table_across_page_break, sentence_across_page_break]
    note: >-
      Extra document at the level I find hardest to read: Luxembourg school transport CSC whose
      clause avoids "discrimin-" ("égalité de traitement effective ... sans aucune distinction
      fondée sur la religion ..., l'âge, ... la nationalité ou le sexe"; the Code du travail and the
      law of 28 November 2006 / Directives 2000/43 and 2000/78 are in a page-bottom footnote).
      The first sentence of 11.1 starts at the foot of one page and ends on the next. Monitoring =
      12 (documents, ITM, Centre pour l'égalité de traitement). The only remedy tied to the clause
      is the penalty-table row for article 11 (750 euros, termination at the third breach), which
      sits on the second page of the table in article 22; article 23 termination is generic. No
      flowdown (13 is generic), no action plan. Decoys: equal treatment of tenderers (3), pupils
      with disabilities (10), GDPR (14).
"""


def _self_check():
    """Article numbers the labels rely on."""
    a_titles = [t for t, _, _ in DOCX_A_ARTICLES]
    assert a_titles.index("Personnel de l'adjudicataire") + 1 == 9
    assert a_titles.index("Cautionnement") + 1 == 12
    assert a_titles.index("Contrôle de l'exécution") + 1 == 15
    assert a_titles.index("Manquements aux clauses du marché et mesures d'office") + 1 == 19
    assert [n for n, _, _ in DOCX_B_ARTICLES] == [str(i) for i in range(1, len(DOCX_B_ARTICLES) + 1)]


def main():
    _self_check()
    build_docx_a(os.path.join(OUT, FILES["a"]))
    build_docx_b(os.path.join(OUT, FILES["b"]))
    build_odt(os.path.join(OUT, FILES["odt"]))
    build_html(os.path.join(OUT, FILES["html"]))
    build_pdf_a(os.path.join(OUT, FILES["pdfa"]))
    build_pdf_b(os.path.join(OUT, FILES["pdfb"]))
    with open(os.path.join(OUT, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write(LABELS)
    print("built:", ", ".join(FILES.values()))


if __name__ == "__main__":
    main()
