"""Build the four DOCX pairs of the French blind set (round 25).

Each document is written in a tiny line format: "# " title, "## " article
heading, "### " annex heading, other non-empty lines are body paragraphs.
The revision (after/) is derived from the version in force (before/) by
exact, counted replacements, except fr_85 whose revision is a full rewrite.
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt

HERE = Path(__file__).resolve().parent


def write_docx(text: str, path: Path) -> None:
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    for line in text.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("### "):
            doc.add_heading(line[4:], level=1)
        elif line.startswith("## "):
            doc.add_heading(line[3:], level=2)
        elif line.startswith("# "):
            doc.add_heading(line[2:], level=0)
        else:
            doc.add_paragraph(line)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(path)


def revise(text: str, replacements: list[tuple[str, str]]) -> str:
    for old, new in replacements:
        assert text.count(old) == 1, f"not exactly once: {old[:60]!r}"
        text = text.replace(old, new)
    return text


# ---------------------------------------------------------------------------
# fr_81 - Walloon city, cleaning services. Exemplary -> strong (action plan
# replaced by a mere discussion).
# ---------------------------------------------------------------------------
FR81 = """
# Ville de Bellerive-sur-Sambre - Cahier spécial des charges n° 2024/NET/014
Marché public de services de nettoyage des bâtiments communaux - Procédure ouverte
Partie administrative et contractuelle - Modèle du service Marchés publics, version du 11 mars 2024
Pouvoir adjudicateur : Ville de Bellerive-sur-Sambre, Grand-Place 1, 5999 Bellerive-sur-Sambre (adresse fictive), représentée par son Collège communal.
## Article 1 - Objet du marché
Le marché a pour objet le nettoyage régulier des bâtiments communaux énumérés à l'annexe 1 (hôtel de ville, centre administratif, trois écoles fondamentales, deux crèches, la bibliothèque et le hall omnisports), ainsi que des nettoyages ponctuels après manifestations, sur commande.
Les superficies, les fréquences et les méthodes de nettoyage figurent dans la partie technique du présent cahier spécial des charges.
## Article 2 - Réglementation applicable
Le marché est régi par la loi du 17 juin 2016 relative aux marchés publics, l'arrêté royal du 18 avril 2017 relatif à la passation des marchés publics dans les secteurs classiques et l'arrêté royal du 14 janvier 2013 établissant les règles générales d'exécution des marchés publics (ci-après « RGE »), ainsi que par leurs modifications ultérieures en vigueur au jour de la publication de l'avis de marché.
## Article 3 - Fonctionnaire dirigeant
Le fonctionnaire dirigeant est le chef du service Bâtiments de la Ville. Il est seul habilité à donner des instructions à l'adjudicataire, à constater les manquements et à valider les prestations.
## Article 4 - Durée du marché
Le marché est conclu pour une durée de trente-six mois à compter du 1er septembre 2024. Il n'est pas reconductible. Une période de démarrage de quinze jours permet à l'adjudicataire de prendre connaissance des lieux.
## Article 5 - Prix et révision des prix
5.1 Le marché est un marché à prix global pour les prestations régulières et à bordereau de prix pour les prestations ponctuelles.
5.2 Les prix sont révisés au 1er janvier de chaque année selon la formule P = P0 × (0,85 × S/S0 + 0,15), où S est le salaire horaire de la catégorie 1A de la commission paritaire 121 en vigueur au mois précédant la révision.
## Article 6 - Facturation et paiement
6.1 L'adjudicataire adresse chaque mois une facture électronique au format PEPPOL, mentionnant le numéro du bon de commande.
6.2 Le paiement est effectué dans les trente jours à compter de la fin de la vérification, conformément aux articles 95 et 160 du RGE.
## Article 7 - Cautionnement
Le cautionnement est fixé à 5 % du montant initial du marché hors TVA. La preuve de sa constitution est apportée dans les trente jours de la conclusion du marché.
## Article 8 - Personnel de l'adjudicataire
8.1 L'adjudicataire affecte au marché un personnel qualifié et en nombre suffisant. Il désigne un chef d'équipe joignable pendant les heures de prestation.
8.2 L'adjudicataire respecte la législation sociale et du travail ainsi que les conventions collectives de travail de la commission paritaire 121 pour le nettoyage.
## Article 9 - Non-discrimination et égalité des chances
9.1 Champ d'application. Les obligations renforcées des points 9.4 à 9.6 s'appliquent aux marchés dont le montant dépasse 30.000 euros hors TVA et dont la durée est d'au moins douze mois. Le présent marché remplit ces deux conditions.
9.2 Engagement. L'adjudicataire s'engage à ne pratiquer aucune discrimination, directe ou indirecte, dans le recrutement, la sélection, la rémunération, les conditions de travail, la promotion et le licenciement de son personnel, sur la base des critères protégés par la loi du 30 juillet 1981 tendant à réprimer certains actes inspirés par le racisme ou la xénophobie, par la loi du 10 mai 2007 tendant à lutter contre certaines formes de discrimination, par la loi du 10 mai 2007 tendant à lutter contre la discrimination entre les femmes et les hommes et par le décret wallon du 6 novembre 2008 relatif à la lutte contre certaines formes de discrimination, notamment la nationalité, la prétendue race, la couleur de peau, l'ascendance, l'origine nationale ou ethnique, l'âge, le sexe, l'orientation sexuelle, la conviction religieuse ou philosophique et le handicap.
9.3 Sous-traitants et intérim. L'adjudicataire impose les mêmes obligations à ses sous-traitants et aux entreprises de travail intérimaire auxquelles il recourt pour l'exécution du marché, et en répond envers la Ville.
9.4 Auto-évaluation et contrôle. Dans les trente jours de la notification de la conclusion du marché, l'adjudicataire remplit le questionnaire d'auto-évaluation joint en annexe 4 et y joint les pièces justificatives. La Ville peut à tout moment demander des documents complémentaires, faire réaliser des tests de situation et signaler tout indice de discrimination à Unia ou au Contrôle des lois sociales.
9.5 Plan d'action. Lorsque le questionnaire ou un contrôle révèle que l'adjudicataire ne respecte pas ses obligations légales, celui-ci établit, dans un délai de trois mois, un plan d'action en matière d'égalité des chances et de diversité. Le service Égalité des chances de la Ville l'accompagne gratuitement dans l'élaboration et le suivi de ce plan. L'adjudicataire fait rapport sur sa mise en œuvre tous les six mois.
9.6 Sanctions. Si l'adjudicataire refuse d'établir ou d'exécuter le plan d'action, ou en cas de discrimination établie, la Ville peut appliquer la pénalité spéciale prévue à l'article 14.3 et les mesures d'office prévues à l'article 15, y compris la résiliation du marché.
## Article 10 - Sous-traitance
L'adjudicataire communique à la Ville, avant le début de leur intervention, le nom, les coordonnées et le représentant légal de ses sous-traitants, conformément à l'article 12/1 du RGE. Le recours à un sous-traitant ne dégage pas l'adjudicataire de sa responsabilité envers la Ville.
## Article 11 - Contrôle de la qualité
Le fonctionnaire dirigeant effectue des contrôles de qualité mensuels, contradictoires ou non, sur la base de la grille figurant à l'annexe 3. Un score inférieur à 80 % donne lieu à un procès-verbal de manquement.
## Article 12 - Confidentialité
L'adjudicataire et son personnel gardent le secret sur les informations dont ils prennent connaissance dans les bâtiments communaux, notamment les dossiers administratifs et les données relatives aux élèves et aux enfants accueillis.
## Article 13 - Protection des données à caractère personnel
13.1 Les données à caractère personnel communiquées par l'adjudicataire (liste du personnel, badges d'accès) sont traitées par la Ville conformément au règlement (UE) 2016/679 (RGPD), aux seules fins de la gestion des accès et de l'exécution du marché.
13.2 Elles sont conservées jusqu'à la réception définitive du marché, puis supprimées.
## Article 14 - Pénalités et amendes pour retard
14.1 Tout retard dans l'exécution d'un nettoyage ponctuel commandé donne lieu à une amende pour retard calculée conformément à l'article 86 du RGE.
14.2 Toute prestation régulière non effectuée donne lieu à une pénalité de 100 euros par local et par jour.
14.3 Pénalité spéciale. Par dérogation à l'article 45 du RGE, tout manquement aux obligations de l'article 9 donne lieu à une pénalité de 250 euros par manquement constaté, portée à 500 euros en cas de récidive.
## Article 15 - Mesures d'office et résiliation
En cas de manquement grave ou répété de l'adjudicataire, la Ville peut, après procès-verbal resté sans suite, appliquer les mesures d'office prévues à l'article 47 du RGE, notamment la résiliation unilatérale du marché.
## Article 16 - Litiges
Les litiges relatifs à l'exécution du marché sont de la compétence exclusive des tribunaux de l'arrondissement judiciaire du Hainaut, division Charleroi.
"""

FR81_AFTER = revise(FR81, [
    ("version du 11 mars 2024", "version du 20 janvier 2025"),
    ("n° 2024/NET/014", "n° 2025/NET/002"),
    ("à compter du 1er septembre 2024", "à compter du 1er septembre 2025"),
    ("(0,85 × S/S0 + 0,15)", "(0,80 × S/S0 + 0,20)"),
    ("9.5 Plan d'action. Lorsque le questionnaire ou un contrôle révèle que l'adjudicataire ne respecte pas ses obligations légales, celui-ci établit, dans un délai de trois mois, un plan d'action en matière d'égalité des chances et de diversité. Le service Égalité des chances de la Ville l'accompagne gratuitement dans l'élaboration et le suivi de ce plan. L'adjudicataire fait rapport sur sa mise en œuvre tous les six mois.",
     "9.5 Suivi. Lorsque le questionnaire ou un contrôle révèle des difficultés, la Ville peut s'entretenir avec l'adjudicataire des améliorations qu'il envisage."),
    ("Si l'adjudicataire refuse d'établir ou d'exécuter le plan d'action, ou en cas de discrimination établie, la Ville",
     "En cas de discrimination établie, la Ville"),
    ("pénalité de 100 euros par local et par jour", "pénalité de 120 euros par local et par jour"),
])

# ---------------------------------------------------------------------------
# fr_83 - French commune, school catering. Moderate -> weak (binding duty
# softened to a best effort).
# ---------------------------------------------------------------------------
FR83 = """
# Commune de Saint-Ambroix-les-Pins - Cahier des clauses administratives particulières
Marché de fourniture et de livraison de repas en liaison froide pour la restauration scolaire et l'accueil de loisirs
Procédure adaptée (articles L.2123-1 et R.2123-1 du code de la commande publique) - Modèle CCAP n° RS-2024-02
Pouvoir adjudicateur : Commune de Saint-Ambroix-les-Pins, Mairie, 2 rue de l'Église, 99120 Saint-Ambroix-les-Pins (fictive), représentée par son maire.
## Article 1 - Objet et forme du marché
1.1 Le marché a pour objet la confection, le conditionnement et la livraison en liaison froide des repas destinés aux trois restaurants scolaires de la commune et à l'accueil de loisirs du mercredi et des vacances.
1.2 Il s'agit d'un accord-cadre à bons de commande, mono-attributaire, au sens des articles R.2162-2 et R.2162-13 du code de la commande publique, sans montant minimum et avec un montant maximum annuel de 180 000 euros hors taxes.
## Article 2 - Pièces constitutives
Les pièces constitutives du marché sont, par ordre de priorité : l'acte d'engagement ; le présent CCAP ; le cahier des clauses techniques particulières (CCTP) et ses annexes (grammages, plans alimentaires) ; le CCAG applicable aux marchés publics de fournitures courantes et de services (CCAG-FCS) ; le mémoire technique du titulaire.
## Article 3 - Durée
L'accord-cadre prend effet le 1er septembre 2024 pour une durée d'un an. Il est reconductible tacitement trois fois par période d'un an, sans pouvoir excéder quatre ans au total.
## Article 4 - Prix
4.1 Les prix sont unitaires par type de repas (maternelle, élémentaire, adulte, pique-nique) et comprennent la livraison, le conditionnement et la reprise des contenants.
4.2 Les prix sont révisables au 1er septembre de chaque année par application de l'indice des prix à la consommation « restauration scolaire » publié par l'INSEE, dans la limite d'une hausse de 4 %.
## Article 5 - Facturation et délai de paiement
5.1 Les factures sont déposées mensuellement sur le portail Chorus Pro et détaillent le nombre de repas par site et par type.
5.2 Le délai global de paiement est de trente jours à compter de la réception de la facture.
## Article 6 - Qualité et sécurité alimentaire
6.1 Le titulaire respecte la réglementation relative à l'hygiène des denrées alimentaires et dispose d'un agrément sanitaire délivré par la direction départementale compétente.
6.2 Conformément à l'article L.230-5-1 du code rural et de la pêche maritime, les repas comportent au moins 50 % de produits durables et de qualité, dont au moins 20 % de produits issus de l'agriculture biologique.
## Article 7 - Livraisons
Les livraisons sont effectuées chaque jour de fonctionnement entre 7 h 00 et 9 h 30, en véhicule réfrigéré, dans les offices de réchauffage de chaque site. Un bon de livraison contresigné par l'agent communal accompagne chaque livraison.
## Article 8 - Obligations sociales du titulaire
8.1 Le titulaire est tenu de respecter l'ensemble des obligations résultant de la législation sociale et du droit du travail en vigueur à l'égard du personnel affecté à l'exécution du marché.
8.2 Il remet tous les six mois les attestations prévues aux articles L.8222-1 et D.8222-5 du code du travail.
## Article 9 - Égalité de traitement du personnel
Le titulaire s'engage à ne pratiquer aucune discrimination, au sens de l'article L.1132-1 du code du travail, à l'égard des salariés et des candidats à un emploi, notamment en matière de recrutement, de rémunération, de formation, d'affectation, de promotion ou de licenciement, en raison de leur origine, de leur sexe, de leurs mœurs, de leur orientation sexuelle, de leur identité de genre, de leur âge, de leur situation de famille, de leur grossesse, de leurs opinions politiques, de leurs activités syndicales, de leurs convictions religieuses, de leur apparence physique, de leur nom de famille, de leur lieu de résidence, de leur état de santé ou de leur handicap.
## Article 10 - Sous-traitance
La sous-traitance de la confection des repas est interdite. La sous-traitance du transport est admise dans les conditions des articles L.2193-1 et suivants du code de la commande publique, après acceptation du sous-traitant et agrément de ses conditions de paiement par la commune.
## Article 11 - Protection des données
Le titulaire n'a pas accès aux données nominatives des enfants. Les listes d'effectifs transmises par la commune ne comportent que des nombres de repas par site et par régime alimentaire. Les informations relatives aux régimes médicaux (projets d'accueil individualisé) sont transmises sous forme anonymisée.
## Article 12 - Pénalités
12.1 En cas de retard de livraison supérieur à trente minutes, le titulaire encourt une pénalité de 150 euros par site et par jour, sans mise en demeure préalable.
12.2 En cas de livraison incomplète ou non conforme au CCTP, le titulaire encourt une pénalité égale au double du prix des repas manquants ou non conformes.
12.3 Par dérogation à l'article 14.1.3 du CCAG-FCS, les pénalités sont dues dès le premier euro.
## Article 13 - Résiliation
Le marché peut être résilié dans les conditions prévues au chapitre 10 du CCAG-FCS. En cas d'intoxication alimentaire imputable au titulaire, la commune peut résilier le marché pour faute sans mise en demeure préalable.
## Article 14 - Litiges
Le tribunal administratif compétent est celui dans le ressort duquel se trouve la commune. Les parties s'efforcent préalablement de régler leur différend à l'amiable.
"""

FR83_AFTER = revise(FR83, [
    ("Modèle CCAP n° RS-2024-02", "Modèle CCAP n° RS-2025-01"),
    ("prend effet le 1er septembre 2024", "prend effet le 1er septembre 2025"),
    ("montant maximum annuel de 180 000 euros", "montant maximum annuel de 210 000 euros"),
    ("Le titulaire s'engage à ne pratiquer aucune discrimination",
     "Le titulaire s'efforce, dans la mesure du possible, de ne pratiquer aucune discrimination"),
    ("pénalité de 150 euros par site et par jour", "pénalité de 200 euros par site et par jour"),
])

# ---------------------------------------------------------------------------
# fr_85 - Luxembourg intercommunal syndicate, technical maintenance. Strong ->
# strong: large rewrite, renumbering, clause moved into a binding annex.
# ---------------------------------------------------------------------------
FR85 = """
# Syndicat intercommunal des écoles du Nord (SIEN) - Cahier des charges type
Marché de services de maintenance des installations techniques (chauffage, ventilation, climatisation) des bâtiments scolaires
Procédure ouverte au sens de la loi modifiée du 8 avril 2018 sur les marchés publics - Référence SIEN/MAINT/2024 - édition du 4 juin 2024
Pouvoir adjudicateur : Syndicat intercommunal des écoles du Nord, 12 rue de l'École, L-9999 Kierchbeerg (fictif).
## Article 1 - Objet
Le marché porte sur la maintenance préventive et corrective des installations de chauffage, de ventilation et de climatisation de onze bâtiments scolaires et de deux maisons relais énumérés à l'annexe A, y compris la tenue du carnet d'entretien et le dépannage 24 h sur 24.
## Article 2 - Bases légales
Le marché est régi par la loi modifiée du 8 avril 2018 sur les marchés publics et son règlement grand-ducal d'exécution du 8 avril 2018, ainsi que par le présent cahier des charges et ses annexes A (inventaire des installations) et B (bordereau de prix).
## Article 3 - Durée
Le contrat est conclu pour une durée de quatre ans à partir du 1er octobre 2024. Il ne peut être prolongé que par avenant, dans les limites de l'article 51 de la loi modifiée du 8 avril 2018.
## Article 4 - Prix
4.1 La maintenance préventive est rémunérée par un forfait annuel par bâtiment. Les interventions correctives sont rémunérées aux taux horaires et aux prix des pièces du bordereau.
4.2 Les prix sont adaptés à chaque variation de l'échelle mobile des salaires, dans la proportion de la part salariale indiquée dans l'offre.
## Article 5 - Facturation et paiement
Les factures sont établies trimestriellement et transmises par voie électronique au format Peppol. Elles sont payées dans un délai de soixante jours à compter de leur réception.
## Article 6 - Personnel
6.1 Le prestataire affecte au marché des techniciens qualifiés et désigne un responsable de contrat.
6.2 Le prestataire respecte la législation sociale et les conventions collectives de travail applicables au secteur.
## Article 7 - Sécurité sur les sites scolaires
Les interventions pendant les heures de classe sont annoncées au moins quarante-huit heures à l'avance à la direction de l'école. Le personnel du prestataire porte un badge d'identification et se conforme aux consignes de sécurité de chaque site.
## Article 8 - Sous-traitance
Le prestataire ne peut sous-traiter tout ou partie du marché qu'avec l'autorisation écrite préalable du pouvoir adjudicateur. Il reste seul responsable de l'exécution.
## Article 9 - Égalité de traitement et non-discrimination
9.1 Le prestataire s'engage à respecter le principe de l'égalité de traitement à l'égard du personnel qu'il occupe et à s'abstenir de toute discrimination directe ou indirecte fondée sur la religion ou les convictions, le handicap, l'âge, l'orientation sexuelle, l'appartenance ou la non-appartenance, vraie ou supposée, à une race ou ethnie, le sexe ou la nationalité, conformément aux articles L.241-1 et suivants et L.251-1 et suivants du Code du travail, notamment en matière d'accès à l'emploi, de conditions de travail, de rémunération, de promotion et de licenciement.
9.2 Le prestataire impose les mêmes obligations à ses sous-traitants et aux entreprises de travail intérimaire qui mettent du personnel à sa disposition pour l'exécution du marché.
9.3 Le pouvoir adjudicateur peut à tout moment demander au prestataire les documents et informations permettant de vérifier le respect du présent article. Il peut saisir l'Inspection du travail et des mines ou informer le Centre pour l'égalité de traitement de tout indice de manquement.
9.4 Tout manquement constaté au présent article donne lieu à une pénalité de 500 euros par manquement. En cas de manquement grave ou répété, le pouvoir adjudicateur peut résilier le contrat aux torts du prestataire conformément à l'article 14.
## Article 10 - Confidentialité
Le prestataire traite comme confidentiels les plans, codes d'accès et informations relatives aux bâtiments et aux élèves dont il a connaissance.
## Article 11 - Protection des données
Le prestataire traite les données à caractère personnel auxquelles il accède, notamment les données des journaux d'accès de la gestion technique centralisée, conformément au règlement (UE) 2016/679 et uniquement pour l'exécution du marché.
## Article 12 - Délais d'intervention et pénalités de retard
12.1 En cas de panne de chauffage en période de chauffe, le prestataire intervient sur place dans les quatre heures de l'appel.
12.2 Tout dépassement de ce délai donne lieu à une pénalité de 150 euros par heure entamée. Tout retard dans l'exécution de la maintenance préventive planifiée donne lieu à une pénalité de 50 euros par jour et par installation.
## Article 13 - Réception et garantie
Les interventions correctives donnent lieu à un rapport signé par le responsable du site. Les pièces remplacées sont garanties pendant deux ans.
## Article 14 - Résiliation
Le pouvoir adjudicateur peut résilier le contrat aux torts du prestataire, après mise en demeure restée sans effet pendant quinze jours, en cas de manquement grave ou répété aux obligations contractuelles, et notamment dans le cas visé à l'article 9.4.
## Article 15 - Litiges
Le contrat est soumis au droit luxembourgeois. Les tribunaux de l'arrondissement judiciaire de Diekirch sont seuls compétents.
"""

FR85_AFTER = """
# Syndicat intercommunal des écoles du Nord (SIEN) - Cahier des charges type
Marché de services de maintenance des installations techniques (chauffage, ventilation, climatisation) des bâtiments scolaires
Procédure ouverte au sens de la loi modifiée du 8 avril 2018 sur les marchés publics - Référence SIEN/MAINT/2025 - édition du 17 mars 2025
Pouvoir adjudicateur : Syndicat intercommunal des écoles du Nord, 12 rue de l'École, L-9999 Kierchbeerg (fictif).
## Article 1 - Objet
Le marché porte sur la maintenance préventive et corrective des installations de chauffage, de ventilation et de climatisation de douze bâtiments scolaires et de deux maisons relais énumérés à l'annexe A, y compris la tenue du carnet d'entretien électronique et le dépannage 24 h sur 24.
## Article 2 - Bases légales
Le marché est régi par la loi modifiée du 8 avril 2018 sur les marchés publics et son règlement grand-ducal d'exécution du 8 avril 2018, ainsi que par les documents énumérés à l'article 3.
## Article 3 - Documents contractuels
3.1 Le contrat est constitué, par ordre de priorité décroissant, du présent cahier des charges, de l'annexe C (clause sociale), de l'annexe A (inventaire des installations) et de l'annexe B (bordereau de prix), puis de l'offre du prestataire.
3.2 Les annexes A, B et C font partie intégrante du contrat. Elles lient les parties avec la même force obligatoire que les articles du présent cahier des charges, et leur violation est sanctionnée de la même manière.
## Article 4 - Durée
Le contrat est conclu pour une durée de quatre ans à partir du 1er octobre 2025. Il ne peut être prolongé que par avenant, dans les limites de l'article 51 de la loi modifiée du 8 avril 2018.
## Article 5 - Prix
5.1 La maintenance préventive est rémunérée par un forfait annuel par bâtiment. Les interventions correctives sont rémunérées aux taux horaires et aux prix des pièces du bordereau.
5.2 Les prix sont adaptés à chaque variation de l'échelle mobile des salaires, dans la proportion de la part salariale indiquée dans l'offre. Les prix des pièces sont fermes pendant la première année.
## Article 6 - Facturation et paiement
Les factures sont établies trimestriellement et transmises par voie électronique au format Peppol. Elles sont payées dans un délai de trente jours à compter de leur réception.
## Article 7 - Personnel et obligations sociales
7.1 Le prestataire affecte au marché des techniciens qualifiés et désigne un responsable de contrat.
7.2 Le prestataire respecte la législation sociale et les conventions collectives de travail applicables au secteur.
7.3 Le prestataire se conforme en outre à la clause sociale figurant à l'annexe C, relative à l'égalité de traitement et à la non-discrimination de son personnel.
## Article 8 - Sécurité sur les sites scolaires
Les interventions pendant les heures de classe sont annoncées au moins quarante-huit heures à l'avance à la direction de l'école. Le personnel du prestataire porte un badge d'identification et se conforme aux consignes de sécurité de chaque site.
## Article 9 - Sous-traitance
Le prestataire ne peut sous-traiter tout ou partie du marché qu'avec l'autorisation écrite préalable du pouvoir adjudicateur. Il reste seul responsable de l'exécution. Les obligations de l'annexe C sont reprises dans chaque contrat de sous-traitance.
## Article 10 - Confidentialité
Le prestataire traite comme confidentiels les plans, codes d'accès et informations relatives aux bâtiments et aux élèves dont il a connaissance.
## Article 11 - Protection des données
11.1 Le prestataire traite les données à caractère personnel auxquelles il accède, notamment les données des journaux d'accès de la gestion technique centralisée, conformément au règlement (UE) 2016/679 et uniquement pour l'exécution du marché.
11.2 Il agit en qualité de sous-traitant au sens de l'article 28 de ce règlement et signe à cet effet l'accord de traitement des données joint au dossier de soumission.
## Article 12 - Délais d'intervention et pénalités de retard
12.1 En cas de panne de chauffage en période de chauffe, le prestataire intervient sur place dans les quatre heures de l'appel.
12.2 Tout dépassement de ce délai donne lieu à une pénalité de 150 euros par heure entamée. Tout retard dans l'exécution de la maintenance préventive planifiée donne lieu à une pénalité de 75 euros par jour et par installation.
## Article 13 - Réception et garantie
Les interventions correctives donnent lieu à un rapport signé par le responsable du site. Les pièces remplacées sont garanties pendant deux ans.
## Article 14 - Efficacité énergétique
Le prestataire remet chaque année un rapport sur les consommations des installations et propose des mesures d'optimisation des réglages.
## Article 15 - Résiliation
Le pouvoir adjudicateur peut résilier le contrat aux torts du prestataire, après mise en demeure restée sans effet pendant quinze jours, en cas de manquement grave ou répété aux obligations contractuelles, et notamment dans le cas visé au point C.4 de l'annexe C.
## Article 16 - Litiges
Le contrat est soumis au droit luxembourgeois. Les tribunaux de l'arrondissement judiciaire de Diekirch sont seuls compétents.
### Annexe C - Clause sociale : égalité de traitement du personnel
La présente annexe fait partie intégrante du contrat conformément à l'article 3.2 du cahier des charges.
C.1 Principe. À l'égard de l'ensemble de ses salariés, le prestataire garantit l'égalité de traitement et s'interdit toute discrimination, qu'elle soit directe ou indirecte, dans l'accès à l'emploi, la rémunération, les conditions de travail, l'avancement et la fin de la relation de travail. Sont prohibées en particulier les distinctions fondées sur le sexe, la nationalité, l'âge, le handicap, l'orientation sexuelle, la religion ou les convictions et l'appartenance ou la non-appartenance, vraie ou supposée, à une race ou ethnie, telles qu'interdites par le Code du travail (titres IV et V du livre II, articles L.241-1 et L.251-1 et suivants).
C.2 Chaîne de sous-traitance. Le prestataire répercute ces obligations sur les sous-traitants qu'il fait intervenir et sur les entreprises de travail intérimaire dont il utilise le personnel pour l'exécution du marché ; il répond de leur respect envers le pouvoir adjudicateur.
C.3 Vérifications. Sur simple demande du pouvoir adjudicateur, le prestataire produit dans les quinze jours toute information ou pièce propre à établir le respect de la présente annexe. Le pouvoir adjudicateur peut transmettre tout indice de manquement à l'Inspection du travail et des mines ou au Centre pour l'égalité de traitement.
C.4 Sanctions. Chaque manquement constaté à la présente annexe entraîne une pénalité de 500 euros. Un manquement grave ou répété autorise en outre le pouvoir adjudicateur à résilier le contrat aux torts du prestataire conformément à l'article 15 du cahier des charges.
"""

# ---------------------------------------------------------------------------
# fr_88 - Belgian federal public service, removal services. Moderate ->
# strong: monitoring and remedies added.
# ---------------------------------------------------------------------------
FR88 = """
# Service public fédéral Logistique et Bâtiments - Cahier spécial des charges type
Marché public de services de déménagement, de manutention et de stockage temporaire de mobilier et d'archives
Procédure négociée directe avec publication préalable - Référence SPF-LB/DEM/2024/07 - modèle de juin 2024
Pouvoir adjudicateur : État belge, représenté par le Président du Comité de direction du Service public fédéral Logistique et Bâtiments (fictif), rue de la Loi 999, 1000 Bruxelles.
## Article 1 - Objet
Le marché porte sur les déménagements internes et externes des services du SPF et des organismes qui y adhèrent, la manutention de mobilier et d'équipements informatiques et le stockage temporaire de mobilier et d'archives dans les locaux sécurisés du prestataire.
## Article 2 - Nature du marché et réglementation
Le marché est un accord-cadre à bordereau de prix au sens de la loi du 17 juin 2016 relative aux marchés publics. L'arrêté royal du 18 avril 2017 et l'arrêté royal du 14 janvier 2013 établissant les règles générales d'exécution (RGE) sont applicables.
## Article 3 - Fonctionnaire dirigeant
Le fonctionnaire dirigeant est le responsable du service Facility Management. Chaque commande est suivie par un gestionnaire de dossier désigné dans le bon de commande.
## Article 4 - Durée
L'accord-cadre est conclu pour une durée de quatre ans à compter de sa conclusion. Les commandes peuvent être passées jusqu'au dernier jour de validité de l'accord-cadre.
## Article 5 - Prix
5.1 Les prix unitaires comprennent la main-d'œuvre, les véhicules, le matériel d'emballage et de protection, l'assurance et les frais de déplacement.
5.2 Les prix sont révisés annuellement, à la date anniversaire de la conclusion, selon la formule P = P0 × (0,60 × S/S0 + 0,25 × G/G0 + 0,15), où S est l'indice des salaires conventionnels de la commission paritaire 140 et G l'indice du prix du gazole routier.
## Article 6 - Facturation et paiement
Les factures électroniques sont envoyées via la plateforme Mercurius après chaque commande exécutée. Le paiement intervient dans les trente jours de la fin de la vérification.
## Article 7 - Cautionnement
Le cautionnement est fixé à 5 % du montant estimé de la première année de l'accord-cadre.
## Article 8 - Exécution des commandes
8.1 Le prestataire remet un devis détaillé et un planning dans les cinq jours ouvrables de la demande.
8.2 Les déménagements ont lieu, sauf accord contraire, en dehors des heures d'ouverture des services. Le prestataire protège les sols, les murs et les ascenseurs et enlève ses déchets d'emballage.
## Article 9 - Personnel du prestataire
9.1 Le personnel est encadré sur chaque chantier par un chef d'équipe francophone ou néerlandophone, selon la langue du service concerné, et disposant d'une connaissance fonctionnelle de l'autre langue nationale (niveau B1).
9.2 Le prestataire respecte les dispositions de la législation sociale et les conventions collectives de travail de la commission paritaire 140 (transport et logistique).
## Article 10 - Non-discrimination
10.1 Le prestataire s'engage à respecter, pour tout le personnel qu'il affecte à l'exécution du marché, la loi du 30 juillet 1981 tendant à réprimer certains actes inspirés par le racisme ou la xénophobie, la loi du 10 mai 2007 tendant à lutter contre certaines formes de discrimination et la loi du 10 mai 2007 tendant à lutter contre la discrimination entre les femmes et les hommes.
10.2 Il s'abstient de toute discrimination à l'égard de ses travailleurs et des candidats à un emploi, notamment lors du recrutement, de la fixation de la rémunération, de l'affectation, de la promotion et du licenciement, fondée sur l'un des critères protégés par ces lois, tels que l'origine nationale ou ethnique, la nationalité, la couleur de peau, le sexe, l'âge, le handicap, l'orientation sexuelle ou la conviction religieuse ou philosophique.
## Article 11 - Sous-traitance
Le prestataire communique l'identité de ses sous-traitants avant le début de leur intervention et veille à ce qu'ils disposent de la capacité requise. Il reste seul responsable envers le pouvoir adjudicateur.
## Article 12 - Confidentialité et sécurité
Le personnel du prestataire peut être amené à manipuler des dossiers contenant des informations classifiées ou des données à caractère personnel. Il est tenu au secret et signe une déclaration de confidentialité avant toute intervention.
## Article 13 - Protection des données
Pour le stockage d'archives contenant des données à caractère personnel, le prestataire agit en qualité de sous-traitant au sens du règlement (UE) 2016/679 et conclut avec le SPF la convention de traitement jointe en annexe.
## Article 14 - Amendes pour retard et pénalités
14.1 Tout retard par rapport au planning approuvé donne lieu aux amendes pour retard prévues à l'article 86 du RGE.
14.2 Tout dommage causé au mobilier ou aux bâtiments est réparé aux frais du prestataire, sans préjudice d'une pénalité de 200 euros si le dommage n'est pas déclaré le jour même.
## Article 15 - Mesures d'office
En cas de manquement grave ou répété du prestataire à ses obligations, le pouvoir adjudicateur peut appliquer les mesures d'office prévues à l'article 47 du RGE.
## Article 16 - Litiges
Les litiges relatifs au présent marché relèvent de la compétence des tribunaux de Bruxelles. Le marché est exécuté dans la langue du service commanditaire.
"""

FR88_AFTER = revise(FR88, [
    ("Référence SPF-LB/DEM/2024/07 - modèle de juin 2024", "Référence SPF-LB/DEM/2025/02 - modèle de février 2025"),
    ("(0,60 × S/S0 + 0,25 × G/G0 + 0,15)", "(0,65 × S/S0 + 0,20 × G/G0 + 0,15)"),
    ("tels que l'origine nationale ou ethnique, la nationalité, la couleur de peau, le sexe, l'âge, le handicap, l'orientation sexuelle ou la conviction religieuse ou philosophique.",
     "tels que l'origine nationale ou ethnique, la nationalité, la couleur de peau, le sexe, l'âge, le handicap, l'orientation sexuelle ou la conviction religieuse ou philosophique.\n"
     "10.3 Contrôle. Dans le mois qui suit la conclusion de l'accord-cadre, le prestataire remet au fonctionnaire dirigeant le questionnaire d'auto-évaluation en matière de non-discrimination joint en annexe 5, accompagné des pièces justificatives. Le pouvoir adjudicateur peut, pendant toute la durée de l'accord-cadre, demander des documents complémentaires, faire procéder à des tests de situation et signaler tout indice de discrimination à Unia ou à la Direction générale Contrôle des lois sociales.\n"
     "10.4 Sanctions. Tout manquement constaté aux obligations du présent article donne lieu à la pénalité spéciale prévue à l'article 14.3. En cas de manquement grave ou répété, le pouvoir adjudicateur peut appliquer les mesures d'office prévues à l'article 15, y compris la résiliation unilatérale de l'accord-cadre."),
    ("sans préjudice d'une pénalité de 200 euros si le dommage n'est pas déclaré le jour même.",
     "sans préjudice d'une pénalité de 200 euros si le dommage n'est pas déclaré le jour même.\n"
     "14.3 Pénalité spéciale. Par dérogation à l'article 45 du RGE, tout manquement aux obligations de l'article 10 donne lieu à une pénalité de 400 euros par manquement constaté."),
])

PAIRS = {
    "fr_81_csc_nettoyage_batiments_ville.docx": (FR81, FR81_AFTER),
    "fr_83_ccap_restauration_scolaire_commune.docx": (FR83, FR83_AFTER),
    "fr_85_cahier_maintenance_cvc_syndicat_lu.docx": (FR85, FR85_AFTER),
    "fr_88_csc_demenagement_spf.docx": (FR88, FR88_AFTER),
}


def main() -> None:
    for name, (before, after) in PAIRS.items():
        write_docx(before, HERE / "before" / name)
        write_docx(after, HERE / "after" / name)
        print(name, len(before.split()), len(after.split()))


if __name__ == "__main__":
    main()
