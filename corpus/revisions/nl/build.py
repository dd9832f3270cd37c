#!/usr/bin/env python3
"""Builds the four DOCX pairs (before/after) of the nl blind set, round 25.

Markup of the source texts below:
  "= text"   document title
  "## text"  article heading (Heading 1)
  "### text" sub-heading (Heading 2), used in annexes
  other non-empty lines are body paragraphs.
An "after" version is the "before" text with exact replacements applied
(each replacement must match exactly once), or a full text of its own.
"""
from pathlib import Path
import docx

HERE = Path(__file__).resolve().parent


def render(text, path):
    d = docx.Document()
    for line in text.strip().splitlines():
        line = line.rstrip()
        if not line:
            continue
        if line.startswith("= "):
            d.add_heading(line[2:], level=0)
        elif line.startswith("### "):
            d.add_heading(line[4:], level=2)
        elif line.startswith("## "):
            d.add_heading(line[3:], level=1)
        else:
            d.add_paragraph(line)
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(path))


def revise(text, replacements):
    for old, new in replacements:
        n = text.count(old)
        if n != 1:
            raise SystemExit(f"replacement matched {n} times: {old[:60]!r}")
        text = text.replace(old, new)
    return text


# ---------------------------------------------------------------------------
# nl_81 - Stad Heiderode, schoonmaak (before strong -> after moderate)
# ---------------------------------------------------------------------------
NL81 = """
= Stad Heiderode - Bijzondere contractvoorwaarden schoonmaak van stedelijke gebouwen
Referentie: AANK/2025/SCH-014 - Modeldocument dienst Aankoop - versie 3.1 van 14 maart 2025
Dit modeldocument wordt gebruikt voor alle opdrachten voor schoonmaakdiensten van de stad en wordt aangevuld met het technisch bestek van de betrokken opdracht.
## Artikel 1 - Partijen en definities
1.1 Aanbestedende overheid: Stad Heiderode, Marktplein 1, 9999 Heiderode, vertegenwoordigd door het college van burgemeester en schepenen, hierna "de stad".
1.2 Opdrachtnemer: de dienstverlener aan wie de opdracht werd gegund, hierna "de opdrachtnemer".
1.3 Leidend ambtenaar: het diensthoofd Facilitair Beheer of zijn aangestelde, die namens de stad de uitvoering van de opdracht opvolgt.
## Artikel 2 - Voorwerp van de opdracht
2.1 De opdracht omvat de periodieke schoonmaak van de administratieve gebouwen, de bibliotheek, de sporthal en de ontmoetingscentra van de stad, zoals beschreven in het technisch bestek en de bijgevoegde plaatsbeschrijvingen.
2.2 De opdracht omvat eveneens de levering van het verbruiksmateriaal voor de sanitaire ruimten en het ophalen van het restafval tot aan de verzamelplaats van elk gebouw.
## Artikel 3 - Toepasselijke regelgeving en contractdocumenten
3.1 Op de opdracht zijn van toepassing: de wet van 17 juni 2016 inzake overheidsopdrachten, het koninklijk besluit van 18 april 2017 plaatsing overheidsopdrachten in de klassieke sectoren en het koninklijk besluit van 14 januari 2013 tot bepaling van de algemene uitvoeringsregels, hierna "de algemene uitvoeringsregels".
3.2 De contractdocumenten zijn, in volgorde van voorrang: deze bijzondere contractvoorwaarden, het technisch bestek, de offerte van de opdrachtnemer en de verslagen van het startoverleg.
## Artikel 4 - Looptijd
4.1 De opdracht wordt gesloten voor een duur van drie jaar vanaf de datum vermeld in de kennisgeving van de sluiting. De stad kan de opdracht eenmaal verlengen met een jaar, mits een aangetekende kennisgeving uiterlijk drie maanden voor het verstrijken van de lopende periode.
4.2 Tijdens de eerste maand geldt een opstartperiode waarin de opdrachtnemer de werkroosters per gebouw met de leidend ambtenaar afstemt.
## Artikel 5 - Prijs en prijsherziening
5.1 De opdracht is een opdracht tegen globale prijs per gebouw, aangevuld met eenheidsprijzen voor bijkomende prestaties op afroep.
5.2 De prijzen worden jaarlijks op 1 januari herzien volgens de formule P = P0 x (0,80 x S/S0 + 0,20), waarin S het uurloon van paritair comité 121 voor de categorie 1A is, bekendgemaakt door de Algemene Federatie van Schoonmaakondernemingen of de FOD Werkgelegenheid.
## Artikel 6 - Facturatie en betaling
6.1 De opdrachtnemer factureert maandelijks na afloop van de prestaties, elektronisch via het Mercurius-platform, met vermelding van het bestelbonnummer en de referentie van de opdracht.
6.2 De stad betaalt binnen dertig dagen na de datum van ontvangst van een regelmatig opgestelde factuur, na goedkeuring van de maandelijkse prestatiestaat.
## Artikel 7 - Uitvoering en kwaliteitsopvolging
7.1 De opdrachtnemer voert de prestaties uit volgens de frequenties en de kwaliteitsniveaus van het technisch bestek.
7.2 De leidend ambtenaar voert maandelijks een kwaliteitsronde uit in elk gebouw aan de hand van de controlelijst van het technisch bestek. Tekortkomingen worden binnen twee werkdagen hersteld.
7.3 Elk kwartaal vindt een opvolgingsoverleg plaats tussen de leidend ambtenaar en de projectverantwoordelijke van de opdrachtnemer.
## Artikel 8 - Personeel van de opdrachtnemer
8.1 De opdrachtnemer zet voldoende en bekwaam personeel in. Hij leeft de sociale en arbeidsrechtelijke wetgeving en de collectieve arbeidsovereenkomsten van paritair comité 121 na.
8.2 Het personeel draagt een herkenbare werkkledij en een identificatiebadge. Wissels van vaste schoonmakers worden vooraf aan de leidend ambtenaar gemeld.
## Artikel 9 - Non-discriminatie en gelijke kansen
9.1 De opdrachtnemer verbindt zich ertoe om bij de uitvoering van deze opdracht niet te discrimineren in zijn personeelsbeleid, in het bijzonder bij de werving, de selectie, de arbeidsvoorwaarden, de verloning, de bevordering en het ontslag van zijn personeelsleden.
9.2 De opdrachtnemer leeft daarbij de wet van 30 juli 1981 tot bestraffing van bepaalde door racisme of xenofobie ingegeven daden, de wet van 10 mei 2007 ter bestrijding van bepaalde vormen van discriminatie en de wet van 10 mei 2007 ter bestrijding van discriminatie tussen vrouwen en mannen na. Hij maakt geen onderscheid op grond van onder meer nationaliteit, huidskleur, afkomst, nationale of etnische afstamming, geslacht, leeftijd, seksuele geaardheid, handicap, geloof of levensbeschouwing of taal.
9.3 De verplichtingen van dit artikel gelden eveneens voor de onderaannemers van de opdrachtnemer en voor de uitzendkantoren waarop hij voor deze opdracht een beroep doet. De opdrachtnemer neemt deze verplichtingen op in de overeenkomsten die hij met hen sluit.
## Artikel 10 - Controle op de naleving van artikel 9
10.1 De stad kan tijdens de uitvoering van de opdracht de opdrachtnemer op elk ogenblik verzoeken om de inlichtingen en documenten te bezorgen waaruit blijkt dat hij artikel 9 naleeft, zoals zijn wervings- en selectieprocedure, de vacatureteksten en de instructies aan uitzendkantoren. De opdrachtnemer bezorgt deze stukken binnen vijftien kalenderdagen.
10.2 De stad kan praktijktesten laten uitvoeren door een onafhankelijke partner. Signalen van discriminatie kan de stad melden aan Unia of aan de Inspectie Toezicht op de Sociale Wetten.
## Artikel 11 - Sancties bij niet-naleving van artikel 9
11.1 Elke vastgestelde tekortkoming aan artikel 9 geldt als een tekortkoming aan de opdrachtdocumenten in de zin van artikel 44 van de algemene uitvoeringsregels. Na een proces-verbaal van vaststelling, waarop de opdrachtnemer zijn verweer kan laten gelden, kan de stad een straf van 1.000 euro per vastgestelde tekortkoming opleggen.
11.2 Bij een ernstige of herhaalde tekortkoming kan de stad bovendien de maatregelen van ambtswege van artikel 47 van de algemene uitvoeringsregels toepassen, waaronder de eenzijdige verbreking van de opdracht, onverminderd haar recht op schadevergoeding.
## Artikel 12 - Onderaanneming
12.1 De opdrachtnemer mag een deel van de opdracht in onderaanneming geven na voorafgaande schriftelijke toestemming van de stad. Hij deelt daartoe de naam, de contactgegevens en de wettelijke vertegenwoordigers van elke onderaannemer mee.
12.2 De opdrachtnemer blijft tegenover de stad volledig aansprakelijk voor de prestaties van zijn onderaannemers.
## Artikel 13 - Vertrouwelijkheid
13.1 De opdrachtnemer en zijn personeel behandelen alle informatie waarvan zij bij de uitvoering kennis krijgen, zoals toegangscodes, sleutelplannen en interne documenten, strikt vertrouwelijk. Deze verplichting blijft gelden tot vijf jaar na het einde van de opdracht.
## Artikel 14 - Verwerking van persoonsgegevens
14.1 Voor zover de opdrachtnemer persoonsgegevens verwerkt voor rekening van de stad, treedt hij op als verwerker in de zin van artikel 28 van de Algemene Verordening Gegevensbescherming (AVG). Hij verwerkt deze gegevens uitsluitend op schriftelijke instructie van de stad en neemt passende technische en organisatorische maatregelen.
14.2 Een inbreuk in verband met persoonsgegevens wordt binnen 24 uur na ontdekking aan de functionaris voor gegevensbescherming van de stad gemeld.
## Artikel 15 - Straffen wegens laattijdige uitvoering
15.1 Voor elke niet of laattijdig uitgevoerde schoonmaakbeurt is van rechtswege en zonder ingebrekestelling een straf verschuldigd van 75 euro per gebouw en per dag vertraging.
15.2 De straffen worden verrekend met de eerstvolgende factuur.
## Artikel 16 - Ontbinding
16.1 De stad kan de maatregelen van ambtswege toepassen wanneer de opdrachtnemer in de loop van een kwartaal meer dan drie keer een volledige schoonmaakbeurt van een gebouw niet uitvoert, of wanneer hij in staat van faillissement verkeert.
## Artikel 17 - Geschillen
17.1 Partijen trachten elk geschil eerst in der minne te regelen tijdens een overleg op initiatief van de meest gerede partij.
17.2 Bij gebrek aan akkoord zijn uitsluitend de rechtbanken van het gerechtelijk arrondissement van de zetel van de stad bevoegd. Het Belgisch recht is van toepassing.
"""

NL81_AFTER = revise(NL81, [
    ("versie 3.1 van 14 maart 2025", "versie 3.2 van 9 oktober 2025"),
    ("P = P0 x (0,80 x S/S0 + 0,20)", "P = P0 x (0,85 x S/S0 + 0,15)"),
    ("""## Artikel 11 - Sancties bij niet-naleving van artikel 9
11.1 Elke vastgestelde tekortkoming aan artikel 9 geldt als een tekortkoming aan de opdrachtdocumenten in de zin van artikel 44 van de algemene uitvoeringsregels. Na een proces-verbaal van vaststelling, waarop de opdrachtnemer zijn verweer kan laten gelden, kan de stad een straf van 1.000 euro per vastgestelde tekortkoming opleggen.
11.2 Bij een ernstige of herhaalde tekortkoming kan de stad bovendien de maatregelen van ambtswege van artikel 47 van de algemene uitvoeringsregels toepassen, waaronder de eenzijdige verbreking van de opdracht, onverminderd haar recht op schadevergoeding.""",
     """## Artikel 11 - Opvolging bij niet-naleving van artikel 9
11.1 Wanneer de stad vaststelt dat de opdrachtnemer artikel 9 niet naleeft, kan zij die vaststelling met de opdrachtnemer bespreken tijdens het eerstvolgende opvolgingsoverleg bedoeld in artikel 7.3.
11.2 De opdrachtnemer kan bij die gelegenheid toelichten hoe hij de situatie beoordeelt. Het verslag van het overleg wordt ter informatie bij het dossier gevoegd."""),
    ("een straf verschuldigd van 75 euro per gebouw", "een straf verschuldigd van 90 euro per gebouw"),
])


# ---------------------------------------------------------------------------
# nl_83 - federale overheidsdienst, bewaking en onthaal
# (before exemplary -> after moderate: threshold in the definitions raised)
# ---------------------------------------------------------------------------
NL83 = """
= Federale Overheidsdienst Interne Diensten - Modelovereenkomst bewaking en onthaal
Bestek FODID/LOG/2025/031 - Administratieve en contractuele bepalingen - uitgave 2025-02
## Artikel 1 - Definities
In deze overeenkomst wordt verstaan onder:
1.1 "De aanbestedende overheid": de Federale Overheidsdienst Interne Diensten, Kunstlaan 200, 1000 Brussel, handelend via de stafdienst Logistiek.
1.2 "De dienstverlener": de onderneming aan wie de opdracht werd gegund en die beschikt over een vergunning als bewakingsonderneming.
1.3 "Opdracht met verhoogde sociale verplichtingen": een opdracht waarvan de geraamde waarde, exclusief btw, ten minste 250.000 euro bedraagt en waarvan de looptijd ten minste twaalf maanden bedraagt.
1.4 "Gebouwen": de administratieve gebouwen opgesomd in bijlage A, met inbegrip van hun parkeerruimten en toegangscontroles.
1.5 "Algemene uitvoeringsregels": het koninklijk besluit van 14 januari 2013 tot bepaling van de algemene uitvoeringsregels van de overheidsopdrachten.
## Artikel 2 - Voorwerp
2.1 De opdracht heeft betrekking op de statische bewaking, de rondes buiten de kantooruren en het onthaal van bezoekers in de gebouwen.
2.2 Bijkomende evenementenbewaking kan op afroep worden besteld tegen de eenheidsprijzen van de offerte.
## Artikel 3 - Opdrachtdocumenten
3.1 De overeenkomst bestaat uit deze administratieve en contractuele bepalingen, het technisch bestek met zijn bijlagen, de offerte van de dienstverlener en de kennisgeving van de sluiting. Bij tegenstrijdigheid hebben deze bepalingen voorrang.
## Artikel 4 - Looptijd en geraamde waarde
4.1 De opdracht loopt zesendertig maanden vanaf 1 september 2025.
4.2 De geraamde waarde van de opdracht bedraagt 540.000 euro exclusief btw voor de volledige looptijd, afroepen inbegrepen.
## Artikel 5 - Prijzen en prijsherziening
5.1 De prijzen zijn uurprijzen per functie (bewakingsagent, onthaalbediende, ploegleider) en omvatten alle kosten, met inbegrip van uitrusting en opleiding.
5.2 De prijzen worden jaarlijks herzien op basis van de evolutie van de lonen van paritair comité 317, volgens de formule van het technisch bestek.
## Artikel 6 - Facturatie en betaling
6.1 De dienstverlener factureert maandelijks op basis van de door de aanbestedende overheid goedgekeurde prestatiestaten. Facturen worden uitsluitend elektronisch ingediend via Mercurius.
6.2 De betaling gebeurt binnen dertig dagen na ontvangst van de factuur.
## Artikel 7 - Personeel
7.1 De dienstverlener zet uitsluitend personeel in dat voldoet aan de voorwaarden van de wet van 2 oktober 2017 tot regeling van de private en bijzondere veiligheid en dat beschikt over een geldige identificatiekaart.
7.2 Personeel dat onthaalfuncties uitoefent, beheerst het Nederlands en het Frans op ten minste niveau B1.
7.3 De aanbestedende overheid kan op gemotiveerde wijze de vervanging vragen van een personeelslid dat de huisregels van de gebouwen niet naleeft.
## Artikel 8 - Onderaanneming
8.1 Onderaanneming is enkel toegestaan na voorafgaand schriftelijk akkoord van de aanbestedende overheid en uitsluitend met vergunde bewakingsondernemingen.
8.2 De dienstverlener blijft tegenover de aanbestedende overheid aansprakelijk voor de uitvoering door zijn onderaannemers.
## Artikel 9 - Vertrouwelijkheid
9.1 De dienstverlener en zijn personeel houden alle informatie over de gebouwen, de beveiligingsmaatregelen en de bezoekers geheim, ook na het einde van de opdracht.
## Artikel 10 - Bescherming van persoonsgegevens
10.1 De dienstverlener verwerkt de gegevens van bezoekers en de camerabeelden uitsluitend als verwerker voor rekening van de aanbestedende overheid, overeenkomstig de AVG en de verwerkersovereenkomst in bijlage D.
10.2 Bezoekersregisters worden na drie maanden vernietigd, tenzij een wettelijke bepaling een langere bewaring oplegt.
## Artikel 11 - Kwaliteitsopvolging
11.1 De dienstverlener bezorgt maandelijks een rapport met de gepresteerde uren, de incidenten en de resultaten van de rondes.
11.2 Een stuurgroep met vertegenwoordigers van beide partijen komt elk semester samen om de dienstverlening te evalueren.
## Artikel 12 - Straffen bij gebrekkige of laattijdige uitvoering
12.1 Voor elke niet bezette post is een straf verschuldigd van 150 euro per begonnen uur. Voor een laattijdige aflossing van een post is een straf verschuldigd van 40 euro per begonnen kwartier.
12.2 Deze straffen zijn verschuldigd zonder ingebrekestelling, door de loutere vaststelling in een proces-verbaal.
## Artikel 13 - Non-discriminatie in de tewerkstelling
13.1 De dienstverlener verbindt zich ertoe om bij de uitvoering van deze opdracht geen discriminatie toe te passen bij de werving, de selectie, de tewerkstelling, de arbeids- en loonvoorwaarden, de opleiding, de loopbaan en het ontslag van zijn werknemers en van kandidaat-werknemers.
13.2 Hij leeft in het bijzonder de wet van 30 juli 1981 en de wetten van 10 mei 2007 na en maakt geen onderscheid op grond van een van de daarin beschermde criteria, waaronder nationaliteit, zogenaamd ras, huidskleur, afkomst, nationale of etnische afstamming, geslacht, leeftijd, handicap, geloof of levensbeschouwing, seksuele geaardheid en taal.
13.3 De verplichtingen van de leden 13.1 en 13.2 gelden ook voor de onderaannemers van de dienstverlener en voor de uitzendbureaus waarop hij voor deze opdracht een beroep doet. De dienstverlener legt ze hun contractueel op.
13.4 Bij een opdracht met verhoogde sociale verplichtingen vult de dienstverlener binnen twee maanden na de aanvang van de opdracht een zelfevaluatievragenlijst over zijn non-discriminatiebeleid in, met de bewijsstukken die de vragenlijst vermeldt. De aanbestedende overheid kan bijkomende inlichtingen en documenten opvragen en kan zich voor de beoordeling laten bijstaan door Unia.
13.5 Blijkt uit de vragenlijst of uit de bijkomende inlichtingen dat de dienstverlener zijn wettelijke verplichtingen niet nakomt, dan stelt hij bij een opdracht met verhoogde sociale verplichtingen binnen drie maanden een actieplan gelijke kansen op. De aanbestedende overheid begeleidt hem bij de opmaak en de uitvoering van dat plan en evalueert het na zes maanden.
13.6 Een vastgestelde tekortkoming aan dit artikel wordt behandeld overeenkomstig de artikelen 44 tot 51 van de algemene uitvoeringsregels. De aanbestedende overheid kan een straf opleggen van 750 euro per vastgestelde tekortkoming en kan, bij herhaling of bij een ernstige tekortkoming, maatregelen van ambtswege nemen, met inbegrip van de eenzijdige verbreking van de opdracht.
## Artikel 14 - Ontbinding en verbreking
14.1 Onverminderd artikel 13.6 kan de aanbestedende overheid de opdracht eenzijdig verbreken wanneer de vergunning van de dienstverlener als bewakingsonderneming wordt ingetrokken of geschorst, of wanneer de dienstverlener in staat van faillissement verkeert.
## Artikel 15 - Geschillen en toepasselijk recht
15.1 De overeenkomst is onderworpen aan het Belgisch recht. Geschillen worden bij voorkeur in onderling overleg opgelost; bij gebrek aan akkoord zijn de Nederlandstalige rechtbanken te Brussel bevoegd.
"""

NL83_AFTER = revise(NL83, [
    ("uitgave 2025-02", "uitgave 2025-07"),
    ("ten minste 250.000 euro bedraagt", "ten minste 750.000 euro bedraagt"),
    ("overeenkomstig de AVG en de verwerkersovereenkomst in bijlage D.",
     "overeenkomstig de AVG en de verwerkersovereenkomst in bijlage D. Camerabeelden worden niet langer dan een maand bewaard."),
])


# ---------------------------------------------------------------------------
# nl_85 - Stad Kortevelde, schoolmaaltijden
# (exemplary -> exemplary: clause rewritten and moved to a binding annex)
# ---------------------------------------------------------------------------
NL85 = """
= Stad Kortevelde - Overeenkomst voor de levering van warme maaltijden aan de stedelijke scholen
Modelovereenkomst dienst Onderwijs en Aankoop - versie januari 2025
## Artikel 1 - Partijen
1.1 De Stad Kortevelde, Stadhuisstraat 3, 8999 Kortevelde, vertegenwoordigd door het college van burgemeester en schepenen, hierna "de stad".
1.2 De opdrachtnemer aan wie de opdracht is gegund na de openbare procedure met referentie KOR/ONW/2025/07, hierna "de opdrachtnemer".
## Artikel 2 - Voorwerp
2.1 De opdrachtnemer bereidt en levert schooldagelijks warme middagmaaltijden (soep, hoofdgerecht en dessert) aan de elf stedelijke basisscholen en de twee kinderopvanglocaties van de stad.
2.2 De maaltijden worden bereid volgens de menuplanning die maandelijks met de dienst Onderwijs wordt afgestemd en houden rekening met allergieën en medische diëten.
## Artikel 3 - Contractdocumenten
3.1 De overeenkomst bestaat uit deze overeenkomst, het bestek KOR/ONW/2025/07 met zijn bijlagen en de offerte van de opdrachtnemer. Bij tegenstrijdigheid heeft deze overeenkomst voorrang.
3.2 Op de overeenkomst zijn de wet van 17 juni 2016 inzake overheidsopdrachten en het koninklijk besluit van 14 januari 2013 tot bepaling van de algemene uitvoeringsregels van toepassing.
## Artikel 4 - Looptijd
4.1 De overeenkomst loopt vier schooljaren, van 1 september 2025 tot en met 30 juni 2029.
## Artikel 5 - Prijs
5.1 De prijs per maaltijd bedraagt 4,35 euro exclusief btw voor kleuters en 4,80 euro exclusief btw voor lagere schoolkinderen. De geraamde totale waarde van de opdracht bedraagt 1.240.000 euro exclusief btw.
5.2 De prijzen worden op 1 september van elk jaar herzien op basis van de gezondheidsindex en de lonen van paritair comité 302.
## Artikel 6 - Bestellingen en levering
6.1 De scholen bestellen het aantal maaltijden uiterlijk om 9 uur op de dag van levering via het bestelplatform van de opdrachtnemer.
6.2 De maaltijden worden geleverd tussen 11 en 11.30 uur in warmhoudrecipiënten die voldoen aan de regels van het FAVV.
## Artikel 7 - Kwaliteit en voedselveiligheid
7.1 De opdrachtnemer beschikt over een autocontrolesysteem dat door het FAVV is gevalideerd en bezorgt de stad jaarlijks het auditrapport daarvan.
7.2 De stad kan onaangekondigd stalen laten nemen en laten analyseren. Bij een ongunstig resultaat draagt de opdrachtnemer de kosten van de analyse.
## Artikel 8 - Facturatie en betaling
8.1 De opdrachtnemer factureert maandelijks per school op basis van de geleverde aantallen. De stad betaalt binnen dertig dagen na ontvangst van de factuur.
## Artikel 9 - Onderaanneming
9.1 De opdrachtnemer mag het vervoer van de maaltijden in onderaanneming geven na voorafgaande schriftelijke toestemming van de stad. Hij blijft volledig verantwoordelijk voor de uitvoering.
## Artikel 10 - Non-discriminatie, zelfevaluatie en gelijkekansenbeleid
10.1 De opdrachtnemer mag bij de uitvoering van deze overeenkomst niet discrimineren bij de aanwerving, de selectie, de arbeidsvoorwaarden, de verloning, de opleiding, de loopbaan en het ontslag van zijn personeel.
10.2 Hij leeft de antidiscriminatiewetgeving na, met name de wet van 30 juli 1981, de wet van 10 mei 2007 ter bestrijding van bepaalde vormen van discriminatie, de wet van 10 mei 2007 ter bestrijding van discriminatie tussen vrouwen en mannen en het decreet van 10 juli 2008, die onder meer verbieden onderscheid te maken op grond van nationaliteit, afkomst, huidskleur, leeftijd, geslacht, handicap, seksuele geaardheid en geloof of levensbeschouwing.
10.3 De opdrachtnemer legt dezelfde verplichtingen op aan zijn onderaannemers en aan de uitzendbureaus waarmee hij voor deze overeenkomst werkt, en ziet erop toe dat zij worden nageleefd.
10.4 De leden 10.5 tot en met 10.7 zijn van toepassing op overeenkomsten met een geraamde waarde van ten minste 30.000 euro exclusief btw en een looptijd van ten minste twaalf maanden. Deze overeenkomst valt daaronder.
10.5 De opdrachtnemer vult binnen vijfenveertig dagen na de aanvang van de overeenkomst de zelfevaluatievragenlijst non-discriminatie van de stad in en voegt de gevraagde bewijsstukken toe. De stad kan bijkomende stukken opvragen en praktijktests laten uitvoeren. Zij kan vermoedelijke inbreuken melden aan Unia.
10.6 Blijkt daaruit dat de opdrachtnemer zijn wettelijke verplichtingen niet nakomt, dan stelt hij binnen drie maanden een gelijkekansenactieplan op. De dienst Gelijke Kansen van de stad begeleidt hem bij de opmaak en de uitvoering van dat plan.
10.7 Weigert de opdrachtnemer een actieplan op te stellen of uit te voeren, of stelt de stad een herhaalde inbreuk op dit artikel vast, dan kan zij de straffen van artikel 45 en de maatregelen van ambtswege van artikel 47 van het koninklijk besluit van 14 januari 2013 toepassen, met inbegrip van de eenzijdige verbreking van de overeenkomst.
10.8 Door de indiening van zijn offerte heeft de opdrachtnemer de bepalingen van dit artikel aanvaard.
## Artikel 11 - Vertrouwelijkheid en persoonsgegevens
11.1 De opdrachtnemer verwerkt de namen en de dieetgegevens van de kinderen uitsluitend voor de uitvoering van deze overeenkomst, als verwerker in de zin van de AVG. Gegevens over allergieën en medische diëten worden enkel gedeeld met het keukenpersoneel dat ze nodig heeft.
11.2 Na het einde van de overeenkomst worden alle persoonsgegevens binnen dertig dagen gewist of aan de stad terugbezorgd.
## Artikel 12 - Straffen bij laattijdige of onvolledige levering
12.1 Voor elke levering die meer dan dertig minuten te laat aankomt, is een straf verschuldigd van 50 euro per school. Voor ontbrekende maaltijden wordt per maaltijd het drievoud van de eenheidsprijs aangerekend.
## Artikel 13 - Einde van de overeenkomst
13.1 De stad kan de overeenkomst beëindigen bij een ernstige inbreuk op de voedselveiligheid die door het FAVV is vastgesteld, of wanneer de opdrachtnemer in staat van faillissement verkeert.
## Artikel 14 - Geschillen
14.1 Op deze overeenkomst is het Belgisch recht van toepassing. Geschillen behoren tot de bevoegdheid van de rechtbanken van het arrondissement waarin de stad is gelegen.
"""

NL85_AFTER = """
= Stad Kortevelde - Overeenkomst voor schoolmaaltijden en kinderopvangmaaltijden
Modelovereenkomst dienst Onderwijs en Aankoop - versie september 2025 (volledig herwerkt)
## Artikel 1 - Partijen en definities
1.1 De Stad Kortevelde, Stadhuisstraat 3, 8999 Kortevelde, vertegenwoordigd door het college van burgemeester en schepenen, hierna "de stad".
1.2 De opdrachtnemer aan wie de opdracht is gegund na de openbare procedure met referentie KOR/ONW/2025/07, hierna "de opdrachtnemer".
1.3 "Locaties": de elf stedelijke basisscholen en de twee kinderopvanglocaties van de stad, opgesomd in het bestek.
## Artikel 2 - Contractdocumenten en rangorde
2.1 De overeenkomst bestaat uit deze overeenkomst, haar bijlagen 1 en 2, het bestek KOR/ONW/2025/07 en de offerte van de opdrachtnemer.
2.2 Bijlage 1 (Duurzaamheidsvereisten) en Bijlage 2 (Bijzondere uitvoeringsvoorwaarden non-discriminatie en gelijke kansen) maken integraal en bindend deel uit van deze overeenkomst. Bij tegenstrijdigheid heeft Bijlage 2 voorrang op de andere contractdocumenten.
2.3 Op de overeenkomst zijn de wet van 17 juni 2016 inzake overheidsopdrachten en het koninklijk besluit van 14 januari 2013 tot bepaling van de algemene uitvoeringsregels, hierna "het KB Uitvoering", van toepassing.
## Artikel 3 - Voorwerp en looptijd
3.1 De opdrachtnemer bereidt en levert schooldagelijks warme middagmaaltijden aan de locaties volgens de menuplanning die maandelijks met de dienst Onderwijs wordt afgestemd. Hij houdt rekening met allergieën en medische diëten.
3.2 De overeenkomst loopt vier schooljaren, van 1 september 2026 tot en met 30 juni 2030.
## Artikel 4 - Duurzaamheid
4.1 De opdrachtnemer levert de maaltijden volgens de duurzaamheidsvereisten van Bijlage 1, onder meer ten minste twee vegetarische dagen per week en seizoensgroenten van korte keten.
4.2 Hij rapporteert elk trimester over de voedselverspilling per locatie.
## Artikel 5 - Prijs, facturatie en betaling
5.1 De prijs per maaltijd bedraagt 4,60 euro exclusief btw voor kleuters en 5,05 euro exclusief btw voor lagere schoolkinderen. De geraamde totale waarde van de opdracht bedraagt 1.310.000 euro exclusief btw.
5.2 De prijzen worden op 1 september van elk jaar herzien op basis van de gezondheidsindex en de lonen van paritair comité 302.
5.3 De opdrachtnemer factureert maandelijks per locatie op basis van de geleverde aantallen. De stad betaalt binnen dertig dagen na ontvangst van de factuur.
## Artikel 6 - Bestellingen, levering en voedselveiligheid
6.1 De locaties bestellen uiterlijk om 9 uur op de dag van levering. De maaltijden worden geleverd tussen 11 en 11.30 uur in warmhoudrecipiënten die voldoen aan de regels van het FAVV.
6.2 De opdrachtnemer beschikt over een door het FAVV gevalideerd autocontrolesysteem. De stad kan onaangekondigd stalen laten nemen; bij een ongunstig resultaat draagt de opdrachtnemer de kosten van de analyse.
## Artikel 7 - Onderaanneming
7.1 Het vervoer van de maaltijden mag in onderaanneming worden gegeven na voorafgaande schriftelijke toestemming van de stad. De opdrachtnemer blijft volledig verantwoordelijk voor de uitvoering.
## Artikel 8 - Personeel en gelijke kansen
8.1 De opdrachtnemer is gebonden door de bijzondere uitvoeringsvoorwaarden van Bijlage 2, die gelden voor zijn eigen personeel en voor de personen die zijn onderaannemers en uitzendbureaus voor de overeenkomst inzetten.
## Artikel 9 - Persoonsgegevens
9.1 De opdrachtnemer verwerkt de namen en de dieetgegevens van de kinderen uitsluitend als verwerker in de zin van de AVG en volgens de verwerkersovereenkomst van het bestek. Na het einde van de overeenkomst worden alle persoonsgegevens binnen dertig dagen gewist.
## Artikel 10 - Straffen en einde van de overeenkomst
10.1 Voor elke levering die meer dan dertig minuten te laat aankomt, is een straf verschuldigd van 60 euro per locatie. Voor ontbrekende maaltijden wordt per maaltijd het drievoud van de eenheidsprijs aangerekend.
10.2 De stad kan de overeenkomst beëindigen bij een ernstige inbreuk op de voedselveiligheid die door het FAVV is vastgesteld, of bij faillissement van de opdrachtnemer. De sancties wegens niet-naleving van Bijlage 2 zijn in die bijlage geregeld.
## Artikel 11 - Geschillen
11.1 Op deze overeenkomst is het Belgisch recht van toepassing. Geschillen behoren tot de bevoegdheid van de rechtbanken van het arrondissement waarin de stad is gelegen.
## Bijlage 1 - Duurzaamheidsvereisten
Ten minste veertig procent van de ingrediënten (in gewicht) is afkomstig van biologische productie of van producenten binnen een straal van honderd kilometer. Frituren is beperkt tot eenmaal per week. Verpakkingen zijn herbruikbaar.
## Bijlage 2 - Bijzondere uitvoeringsvoorwaarden non-discriminatie en gelijke kansen
Deze bijlage is een bindend contractdocument in de zin van artikel 2.2. De opdrachtnemer heeft ze aanvaard door de indiening van zijn offerte.
### B2.1 Gelijke behandeling van werknemers
De opdrachtnemer behandelt zijn werknemers en sollicitanten gelijk. Hij maakt zich tijdens de looptijd van de overeenkomst aan geen enkele vorm van discriminatie schuldig, noch bij het werven en selecteren, noch bij het bepalen van lonen en arbeidsvoorwaarden, noch bij opleiding, promotie of ontslag.
### B2.2 Wettelijk kader
Daarbij respecteert hij de Antiracismewet van 30 juli 1981, de Antidiscriminatiewet en de Genderwet van 10 mei 2007 en het Vlaamse gelijkekansen- en gelijkebehandelingsdecreet van 10 juli 2008. Geen enkele beslissing over personeel mag steunen op iemands afkomst, huidskleur, nationaliteit, geslacht, leeftijd, handicap, geloof of levensbeschouwing of seksuele geaardheid.
### B2.3 Onderaannemers en uitzendbureaus
Wat in B2.1 en B2.2 staat, geldt evenzeer voor de onderaannemers van de opdrachtnemer en voor de uitzendbureaus waarop hij een beroep doet. De opdrachtnemer neemt deze verplichtingen op in zijn contracten met hen en controleert of zij ze naleven.
### B2.4 Toepassingsgebied van B2.5 tot en met B2.7
De punten B2.5 tot en met B2.7 gelden voor elke overeenkomst van de stad die minstens twaalf maanden loopt en waarvan de geraamde waarde exclusief btw 30.000 euro of meer bedraagt, zoals deze overeenkomst.
### B2.5 Zelfevaluatie en controle
Binnen vijfenveertig dagen nadat de overeenkomst is ingegaan, bezorgt de opdrachtnemer de stad de ingevulde zelfevaluatievragenlijst non-discriminatie, samen met de bewijsstukken die erin worden gevraagd. De stad mag aanvullende documenten opvragen, praktijktests laten organiseren en vermoedelijke inbreuken doorgeven aan Unia.
### B2.6 Gelijkekansenactieplan met begeleiding
Als de zelfevaluatie of een controle aantoont dat de opdrachtnemer tekortschiet tegenover zijn wettelijke verplichtingen, werkt hij binnen drie maanden een gelijkekansenactieplan uit. De dienst Gelijke Kansen van de stad begeleidt hem bij het opstellen en het uitvoeren van dat plan.
### B2.7 Sancties
Wie weigert een actieplan op te maken of uit te voeren, of wie herhaaldelijk tegen deze bijlage ingaat, stelt zich bloot aan de straffen van artikel 45 en de maatregelen van ambtswege van artikel 47 van het KB Uitvoering. De stad kan de overeenkomst in dat geval ook eenzijdig verbreken.
"""


# ---------------------------------------------------------------------------
# nl_88 - Waterschap Lage Venen, maaibeheer (moderate -> strong: sanction added)
# ---------------------------------------------------------------------------
NL88 = """
= Waterschap Lage Venen - Overeenkomst van opdracht maaibeheer watergangen en waterkeringen
Model MB-2025 - vastgesteld door het afdelingshoofd Inkoop op 3 februari 2025
## Artikel 1 - Partijen en begrippen
1.1 Opdrachtgever: het Waterschap Lage Venen, Polderweg 12, 9999 AA Venendam, hierna "Opdrachtgever".
1.2 Opdrachtnemer: de partij aan wie de opdracht na de Europese openbare procedure is gegund, hierna "Opdrachtnemer".
1.3 Werkzaamheden: het maaien, afvoeren en verwerken van maaisel van de watergangen en waterkeringen in de beheerpercelen 1 tot en met 6, zoals beschreven in het Beschrijvend document.
## Artikel 2 - Toepasselijke voorwaarden
2.1 Op deze Overeenkomst zijn de Algemene Rijksvoorwaarden voor het verstrekken van opdrachten tot het verrichten van diensten (ARVODI-2018) van toepassing, met uitzondering van de artikelen die in deze Overeenkomst uitdrukkelijk anders zijn geregeld.
2.2 Bij strijdigheid gaat deze Overeenkomst voor op het Beschrijvend document, en gaat het Beschrijvend document voor op de inschrijving van Opdrachtnemer.
## Artikel 3 - Looptijd
3.1 De Overeenkomst gaat in op 1 april 2025 en eindigt op 31 maart 2028. Opdrachtgever kan de Overeenkomst tweemaal met een jaar verlengen.
3.2 Opdrachtgever deelt een verlenging uiterlijk drie maanden voor het einde van de lopende periode schriftelijk mee. De voorwaarden van deze Overeenkomst blijven tijdens een verlenging ongewijzigd van toepassing.
## Artikel 4 - Uitvoering van de werkzaamheden
4.1 Opdrachtnemer maait volgens het maaibestek per perceel, met inachtneming van de Gedragscode Soortenbescherming voor waterschappen en van het broedseizoen.
4.2 Maaisel wordt binnen vijf werkdagen afgevoerd naar een door Opdrachtgever goedgekeurde verwerkingslocatie.
4.3 Opdrachtnemer meldt zich voor aanvang van de werkzaamheden in een perceel bij de rayonopzichter.
4.4 Opdrachtnemer registreert per perceel de gemaaide lengte, de datum en de afvoer van het maaisel in het beheerregister van Opdrachtgever. De rayonopzichter keurt het werk per perceel binnen tien werkdagen na de gereedmelding goed of af.
4.5 Bij hoog water, ijsgang of een calamiteit op een waterkering kan Opdrachtgever de werkzaamheden opschorten of de volgorde van de percelen wijzigen, zonder dat Opdrachtnemer aanspraak kan maken op een vergoeding voor stilstand van minder dan drie werkdagen.
## Artikel 5 - Prijzen en indexering
5.1 De vergoeding bestaat uit de eenheidsprijzen per strekkende meter en per hectare uit de inschrijving van Opdrachtnemer.
5.2 De prijzen worden jaarlijks per 1 april geïndexeerd met de CBS-index Cao-lonen per uur, sector Landbouw, bosbouw en visserij.
## Artikel 6 - Facturering en betaling
6.1 Opdrachtnemer factureert per afgerond perceel via een e-factuur in het formaat NLCIUS. Opdrachtgever betaalt binnen dertig dagen na ontvangst van een correcte factuur.
6.2 Een factuur vermeldt het ordernummer, het perceelnummer en de goedgekeurde hoeveelheden. Facturen zonder deze gegevens worden teruggezonden en gelden niet als ontvangen.
## Artikel 7 - Personeel en veiligheid
7.1 Opdrachtnemer zet voor de werkzaamheden vakbekwaam personeel in dat beschikt over de vereiste certificaten voor het werken met maaimachines langs het water.
7.2 Opdrachtnemer neemt de Arbeidsomstandighedenwet en de veiligheidsvoorschriften van Opdrachtgever voor werken langs wegen en waterkeringen in acht.
## Artikel 8 - Onderaanneming
8.1 Opdrachtnemer besteedt de werkzaamheden niet geheel of gedeeltelijk uit zonder voorafgaande schriftelijke toestemming van Opdrachtgever. Opdrachtgever verbindt aan die toestemming geen voorwaarden die niet redelijk zijn.
## Artikel 9 - Gelijke behandeling van werknemers
9.1 Opdrachtnemer maakt bij de werving, selectie, beloning, behandeling en het ontslag van zijn werknemers geen onderscheid op grond van godsdienst, levensovertuiging, politieke gezindheid, ras, geslacht, nationaliteit, hetero- of homoseksuele gerichtheid, burgerlijke staat, leeftijd, handicap of chronische ziekte. Hij leeft daarbij de Algemene wet gelijke behandeling en de Wet gelijke behandeling op grond van leeftijd bij de arbeid na.
9.2 Opdrachtgever kan Opdrachtnemer op elk moment verzoeken schriftelijk aan te tonen dat hij aan artikel 9.1 voldoet, onder meer door overlegging van zijn wervings- en selectiebeleid en zijn klachtenregeling. Opdrachtnemer verstrekt de gevraagde stukken binnen tien werkdagen.
9.3 Opdrachtnemer meldt Opdrachtgever onverwijld elk oordeel van het College voor de Rechten van de Mens en elke bevinding van de Nederlandse Arbeidsinspectie over discriminatie die op hem betrekking heeft.
## Artikel 10 - Geheimhouding
10.1 Opdrachtnemer houdt vertrouwelijke informatie van Opdrachtgever, waaronder gegevens over de staat van de waterkeringen, geheim en gebruikt deze uitsluitend voor de uitvoering van de Overeenkomst.
10.2 Opdrachtnemer maakt zonder voorafgaande toestemming van Opdrachtgever geen beeldmateriaal van de waterkeringen openbaar, ook niet op sociale media.
## Artikel 11 - Persoonsgegevens
11.1 Voor zover Opdrachtnemer bij de uitvoering persoonsgegevens van aanwonenden of perceeleigenaren verwerkt, doet hij dit als verwerker in de zin van de Algemene verordening gegevensbescherming en sluiten partijen een verwerkersovereenkomst.
## Artikel 12 - Boete bij niet-tijdige uitvoering
12.1 Voert Opdrachtnemer het maaiwerk in een perceel niet uit binnen de termijn van het maaibestek, dan verbeurt hij een boete van EUR 250 per perceel per werkdag vertraging, tot een maximum van tien procent van de jaarlijkse opdrachtwaarde.
## Artikel 13 - Ontbinding
13.1 Opdrachtgever kan de Overeenkomst met onmiddellijke ingang ontbinden indien Opdrachtnemer in staat van faillissement wordt verklaard of surseance van betaling aanvraagt, of indien hij na een schriftelijke ingebrekestelling het maaiwerk niet binnen de daarin gestelde termijn uitvoert.
## Artikel 14 - Geschillen
14.1 Op deze Overeenkomst is Nederlands recht van toepassing. Geschillen worden voorgelegd aan de bevoegde rechter van de rechtbank Noord-Nederland.
14.2 Voordat een geschil aan de rechter wordt voorgelegd, voeren partijen ten minste eenmaal bestuurlijk overleg op het niveau van het afdelingshoofd en de directie van Opdrachtnemer.
"""

NL88_AFTER = revise(NL88, [
    ("vastgesteld door het afdelingshoofd Inkoop op 3 februari 2025",
     "vastgesteld door het afdelingshoofd Inkoop op 15 september 2025"),
    ("De Overeenkomst gaat in op 1 april 2025 en eindigt op 31 maart 2028.",
     "De Overeenkomst gaat in op 1 april 2026 en eindigt op 31 maart 2029."),
    ("die op hem betrekking heeft.\n",
     "die op hem betrekking heeft.\n"
     "9.4 Schiet Opdrachtnemer tekort in de nakoming van artikel 9.1, dan verbeurt hij na een schriftelijke "
     "ingebrekestelling en het verstrijken van een hersteltermijn van dertig dagen een direct opeisbare boete "
     "van EUR 5.000 per overtreding. Bij een ernstige of herhaalde overtreding is Opdrachtgever bovendien "
     "bevoegd de Overeenkomst geheel of gedeeltelijk te ontbinden, onverminderd zijn recht op schadevergoeding.\n"),
    ("een boete van EUR 250 per perceel", "een boete van EUR 300 per perceel"),
])


PAIRS = {
    "nl_81_schoonmaak_stadsgebouwen.docx": (NL81, NL81_AFTER),
    "nl_83_bewaking_onthaal_federaal.docx": (NL83, NL83_AFTER),
    "nl_85_schoolmaaltijden_kortevelde.docx": (NL85, NL85_AFTER),
    "nl_88_maaibeheer_waterschap.docx": (NL88, NL88_AFTER),
}

if __name__ == "__main__":
    for name, (before, after) in PAIRS.items():
        render(before, HERE / "before" / name)
        render(after, HERE / "after" / name)
        print("built", name)
