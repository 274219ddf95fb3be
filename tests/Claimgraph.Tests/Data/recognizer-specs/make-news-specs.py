#!/usr/bin/env python3
"""Writes our news-text spec files (Recognizers-Text JSON case format) from the compact lists
below. Each expected result is (text in the input, type, resolution); Start/End (inclusive) are
computed from the first occurrence at or after the previous result. Run after editing:
    python3 make-news-specs.py
"""
import json, os

REF = "2024-11-17T00:00:00"

def case(text, *results, ref=None):
    out, pos = [], 0
    for part, typ, res in results:
        start = text.index(part, pos)
        end = start + len(part) - 1
        out.append({"Text": part.lower(), "Start": start, "End": end, "TypeName": typ, "Resolution": res})
        pos = end + 1
    c = {"Input": text, "Results": out}
    if ref:
        c["Context"] = {"ReferenceDateTime": ref}
    return c

def q(value, qualifier, low=None, high=None):
    return {"value": value, "low": low, "high": high, "qualifier": qualifier}

def num(v): return {"value": v}
def unit(v, u): return {"value": v, "unit": u}
def rng(v): return {"value": v}
def day(d): return {"values": [{"timex": d, "type": "date", "value": d}]}
def span(s, e): return {"values": [{"type": "daterange", "start": s, "end": e}]}
def season(t): return {"values": [{"timex": t, "type": "daterange"}]}  # the suite writes seasons as a timex only ("2024-SP")
def dur(t): return {"values": [{"timex": t, "type": "duration"}]}
def since(t): return {"values": [{"timex": t, "Mod": "since", "type": "daterange", "start": t}]}
def moment(t): return {"values": [{"timex": t, "type": "datetime"}]}
def until(t): return {"values": [{"timex": t, "Mod": "before", "type": "daterange", "end": t}]}

files = {
  "Quantity/German/QuantityModel.json": [
    case("Nordkorea hat knapp 50 Raketen geliefert.", ("knapp 50", "quantity", q("50", "almost", high="50"))),
    case("Es sind rund 11.000 Soldaten.", ("rund 11.000", "quantity", q("11000", "about"))),
    case("Geschätzte 3000 Soldaten fielen.", ("Geschätzte 3000", "quantity", q("3000", "about"))),
    case("Mehr als 3000 Soldaten wurden verlegt.", ("Mehr als 3000", "quantity", q("3000", "over", low="3000"))),
    case("Mindestens 1.500 Tote.", ("Mindestens 1.500", "quantity", q("1500", "at_least", low="1500"))),
    case("Bis zu 100.000 Granaten pro Monat.", ("Bis zu 100.000", "quantity", q("100000", "up_to", high="100000"))),
    case("Zwischen 10.000 und 12.000 Soldaten.", ("Zwischen 10.000 und 12.000", "quantity", q(None, "range", low="10000", high="12000"))),
    case("Es sollen 10.000 bis 12.000 Soldaten sein.", ("10.000 bis 12.000", "quantity", q(None, "range", low="10000", high="12000"))),
    case("Es sollen 10.000-12.000 Soldaten sein.", ("10.000-12.000", "quantity", q(None, "range", low="10000", high="12000"))),
    case("Zwei bis drei Millionen Granaten.", ("Zwei bis drei Millionen", "quantity", q(None, "range", low="2000000", high="3000000"))),
    case("Tausende Soldaten fielen.", ("Tausende", "quantity", q("1000", "several"))),
    case("Mehrere tausend Granaten wurden geliefert.", ("Mehrere tausend", "quantity", q("1000", "several"))),
    case("Hunderte Drohnen griffen an.", ("Hunderte", "quantity", q("100", "several"))),
    case("Die Schweiz lieferte 650'000 Granaten.", ("650'000", "quantity", q("650000", "exact"))),
    case("Es waren 11 000 Soldaten.", ("11 000", "quantity", q("11000", "exact"))),
    case("Es kamen 3000 oder mehr Soldaten.", ("3000 oder mehr", "quantity", q("3000", "at_least", low="3000"))),
    case("Rund 1.000 Tote und 3.000 Verletzte.", ("Rund 1.000", "quantity", q("1000", "about")), ("3.000", "quantity", q("3000", "exact"))),
    case("Die Hilfe beträgt 2,7 Milliarden Euro.", ("2,7 Milliarden", "quantity", q("2700000000", "exact"))),
    case("Am 21. Dezember 2024 griffen sie an."),
    case("Das 17. Paket wurde beschlossen."),
    case("Russland setzte KN-23-Raketen ein."),
    case("Ein Shahed-136 wurde abgeschossen."),
    case("Die M1989 Koksan ist ein Geschütz."),
    case("Um 08:39 Uhr begann der Angriff."),
    case("Selenskyj (46) sagte das."),
    case("Die Preise stiegen um 12 %."),
    case("Fast 200 Drohnen griffen an.", ("Fast 200", "quantity", q("200", "almost", high="200"))),
    case("Etwa 300 Soldaten fielen.", ("Etwa 300", "quantity", q("300", "about"))),
    case("Ungefähr 40 Panzer wurden zerstört.", ("Ungefähr 40", "quantity", q("40", "about"))),
    case("Schätzungsweise 1.200 Tote.", ("Schätzungsweise 1.200", "quantity", q("1200", "about"))),
    case("Über 500 Raketen wurden geliefert.", ("Über 500", "quantity", q("500", "over", low="500"))),
    case("Etwas mehr als 600 Granaten.", ("Etwas mehr als 600", "quantity", q("600", "over", low="600"))),
    case("Höchstens 20 Systeme.", ("Höchstens 20", "quantity", q("20", "up_to", high="20"))),
    case("Maximal 30 Haubitzen.", ("Maximal 30", "quantity", q("30", "up_to", high="30"))),
    case("Dutzende Drohnen stürzten ab.", ("Dutzende", "quantity", q("10", "several"))),
    case("Hunderttausende Granaten.", ("Hunderttausende", "quantity", q("100000", "several"))),
    case("Rund 1 bis 3 Millionen Granaten.", ("Rund 1 bis 3 Millionen", "quantity", q(None, "range", low="1000000", high="3000000"))),
    case("Es waren 1 500 000 Granaten.", ("1 500 000", "quantity", q("1500000", "exact"))),
    case("Im Jahr 2024 kamen 300 Soldaten.", ("300", "quantity", q("300", "exact"))),
  ],
  "Quantity/English/QuantityModel.json": [
    case("North Korea sent nearly 50 missiles.", ("nearly 50", "quantity", q("50", "almost", high="50"))),
    case("About 11,000 troops were deployed.", ("About 11,000", "quantity", q("11000", "about"))),
    case("More than 3,000 soldiers died.", ("More than 3,000", "quantity", q("3000", "over", low="3000"))),
    case("At least 1,500 were killed.", ("At least 1,500", "quantity", q("1500", "at_least", low="1500"))),
    case("Up to 100,000 shells a month.", ("Up to 100,000", "quantity", q("100000", "up_to", high="100000"))),
    case("Between 10,000 and 12,000 troops.", ("Between 10,000 and 12,000", "quantity", q(None, "range", low="10000", high="12000"))),
    case("The 17th package was agreed."),
    case("A Shahed-136 was shot down."),
    case("Almost 200 drones attacked.", ("Almost 200", "quantity", q("200", "almost", high="200"))),
    case("Some 300 soldiers died.", ("Some 300", "quantity", q("300", "about"))),
    case("Roughly 40 tanks were lost.", ("Roughly 40", "quantity", q("40", "about"))),
    case("An estimated 1,200 were killed.", ("An estimated 1,200", "quantity", q("1200", "about"))),
    case("Approaching 500 missiles were fired.", ("Approaching 500", "quantity", q("500", "almost", high="500"))),
    case("Over 500 missiles were sent.", ("Over 500", "quantity", q("500", "over", low="500"))),
    case("Well over 600 shells.", ("Well over 600", "quantity", q("600", "over", low="600"))),
    case("As many as 20 systems.", ("As many as 20", "quantity", q("20", "up_to", high="20"))),
    case("Up to approximately 30 howitzers.", ("Up to approximately 30", "quantity", q("30", "up_to", high="30"))),
    case("Thousands of soldiers died.", ("Thousands", "quantity", q("1000", "several"))),
    case("Dozens of drones crashed.", ("Dozens", "quantity", q("10", "several"))),
    case("Hundreds of thousands of shells.", ("Hundreds of thousands", "quantity", q("100000", "several"))),
    case("Millions of rounds.", ("Millions", "quantity", q("1000000", "several"))),
    case("There were 10,000-12,000 troops.", ("10,000-12,000", "quantity", q(None, "range", low="10000", high="12000"))),
    case("There were 11 000 troops.", ("11 000", "quantity", q("11000", "exact"))),
    case("Koksan M1989 guns and KN-23 missiles."),
    case("At 08:39 the attack began."),
  ],
  "Number/German/NumberModel.json": [
    case("Die Schweiz lieferte 650'000 Granaten.", ("650'000", "number", num("650000"))),
    case("Es waren 11 000 Soldaten.", ("11 000", "number", num("11000"))),
    case("Es kamen 1,5 Millionen Granaten.", ("1,5 Millionen", "number", num("1500000"))),
    case("Der Krieg dauert zweieinhalb Jahre.", ("zweieinhalb", "number", num("2,5"))),
    case("Nach eineinhalb Jahren.", ("eineinhalb", "number", num("1,5"))),
    case("Dreihundertfünfzig Panzer.", ("Dreihundertfünfzig", "number", num("350"))),
    case("Es fielen 2,7 Mrd. Euro an.", ("2,7 Mrd", "number", num("2700000000"))),
    case("Russland setzte KN-23-Raketen ein."),
    case("Zwei Shahed-136 wurden abgeschossen.", ("Zwei", "number", num("2"))),
    case("Die M1989 Koksan schießt weit."),
    case("Es gab -5 Grad.", ("-5", "number", num("-5"))),
    case("Um 08:39 Uhr begann der Angriff."),
    case("Der Ticker um 8.39 Uhr meldete 40 Drohnen.", ("40", "number", num("40"))),
    case("Es waren 1 500 000 Granaten.", ("1 500 000", "number", num("1500000"))),
    case("Zwei Drittel der Truppen.", ("Zwei Drittel", "number", num("0,666666666666667"))),
    case("Das 17. Paket umfasst 300 Raketen.", ("300", "number", num("300"))),
    case("Die 2S19 Msta schießt weit."),
    case("Ein Dutzend Drohnen.", ("Ein Dutzend", "number", num("12"))),
  ],
  "Number/German/OrdinalModel.json": [
    case("Das 17. Paket wurde beschlossen.", ("17.", "ordinal", num("17"))),
    case("Der dritte Angriff in dieser Woche.", ("dritte", "ordinal", num("3"))),
    case("Zum einundzwanzigsten Mal.", ("einundzwanzigsten", "ordinal", num("21"))),
  ],
  "Number/German/NumberRangeModel.json": [
    case("Zwischen 10 und 12 Soldaten.", ("Zwischen 10 und 12", "numberrange", rng("[10,12)"))),
    case("Es sind 10.000 bis 12.000 Soldaten.", ("10.000 bis 12.000", "numberrange", rng("[10000,12000)"))),
    case("Es sind 25-30 Panzer.", ("25-30", "numberrange", rng("[25,30)"))),
    case("Es sind mehr als 50 Panzer.", ("mehr als 50", "numberrange", rng("(50,)"))),
    case("Von 10 bis 12 Uhr."),
    case("Von 10 bis 12 Panzer.", ("Von 10 bis 12", "numberrange", rng("[10,12)"))),
    case("Zwei bis drei Millionen Granaten.", ("Zwei bis drei Millionen", "numberrange", rng("[2000000,3000000)"))),
    case("Es sind 10.000 – 12.000 Soldaten.", ("10.000 – 12.000", "numberrange", rng("[10000,12000)"))),
    case("Mindestens 30 Panzer.", ("Mindestens 30", "numberrange", rng("[30,)"))),
    case("Weniger als 5 Drohnen.", ("Weniger als 5", "numberrange", rng("(,5)"))),
    case("3000 oder mehr Soldaten.", ("3000 oder mehr", "numberrange", rng("[3000,)"))),
  ],
  "Number/German/PercentModel.json": [
    case("Die Preise stiegen um 12 %.", ("12 %", "percentage", num("12%"))),
    case("Ein Plus von 3,5 Prozent.", ("3,5 Prozent", "percentage", num("3,5%"))),
  ],
  "Number/English/NumberModel.json": [
    case("About 11,000 troops.", ("11,000", "number", num("11000"))),
    case("A dozen drones.", ("A dozen", "number", num("12"))),
    case("It took 1.5 million shells.", ("1.5 million", "number", num("1500000"))),
    case("Twenty-one tanks.", ("Twenty-one", "number", num("21"))),
    case("Swiss figures: 650'000 rounds.", ("650'000", "number", num("650000"))),
    case("A Shahed-136 was shot down."),
    case("KN-23 and M1989 are weapons."),
    case("At 08:39 the attack began."),
    case("A 1 500 000 budget.", ("1 500 000", "number", num("1500000"))),
    case("Two thirds of the troops.", ("Two thirds", "number", num("0.666666666666667"))),
    case("Three hundred and fifty tanks.", ("Three hundred and fifty", "number", num("350"))),
    case("It fell by -5 points.", ("-5", "number", num("-5"))),
    case("They chose that one over the other."),
  ],
  "Number/English/PercentModelPercentMode.json": [
    case("One in three Ukrainians fled.", ("One in three", "percentage", num("33.3333333333333%"))),
    case("A quarter of the troops.", ("A quarter of", "percentage", num("25%"))),
    case("Two thirds of the aid arrived.", ("Two thirds of", "percentage", num("66.6666666666667%"))),
    case("Fighting from 2 to 5 in 2008."),
  ],
  "Number/German/PercentModelPercentMode.json": [
    case("Drei von vier Befragten.", ("Drei von vier", "percentage", num("75%"))),
    case("Ein Viertel der Truppen.", ("Ein Viertel der", "percentage", num("25%"))),
    case("Die Zahl stieg von 3 auf 5."),
  ],
  "Number/English/OrdinalModel.json": [
    case("The 17th package was agreed.", ("17th", "ordinal", num("17"))),
    case("The twenty-first attack.", ("twenty-first", "ordinal", num("21"))),
  ],
  "Number/English/NumberRangeModel.json": [
    case("From 10 to 12 tanks.", ("From 10 to 12", "numberrange", rng("[10,12)"))),
    case("There were 25-30 tanks.", ("25-30", "numberrange", rng("[25,30)"))),
  ],
  "NumberWithUnit/German/DimensionModel.json": [
    case("Die Front ist 170 km entfernt.", ("170 km", "dimension", unit("170", "Kilometer"))),
    case("Bei 500Km ist Pause.", ("500Km", "dimension", unit("500", "Kilometer"))),
    case("Es sind 20 Kilomter.", ("20 Kilomter", "dimension", unit("20", "Kilometer"))),
    case("Die 152-mm-Granaten.", ("152-mm", "dimension", unit("152", "Millimeter"))),
    case("Ein Kaliber von 155 Milimeter.", ("155 Milimeter", "dimension", unit("155", "Millimeter"))),
    case("Sie eroberten 1.200 Quadratkilometer.", ("1.200 Quadratkilometer", "dimension", unit("1200", "Square kilometer"))),
    case("Sie eroberten 4.050 km².", ("4.050 km²", "dimension", unit("4050", "Square kilometer"))),
    case("Eine 12 Meilen lange Front.", ("12 Meilen", "dimension", unit("12", "Mile"))),
    case("Die Temperatur fiel auf 5 Grad."),
    case("Sie drehten um 90 Grad.", ("90 Grad", "dimension", unit("90", "Degree"))),
  ],
  "NumberWithUnit/German/CurrencyModel.json": [
    case("Die Hilfe beträgt 2,7 Milliarden Euro.", ("2,7 Milliarden Euro", "currency", unit("2700000000", "Euro"))),
    case("Sie kostet 2,5 Mio. Euro.", ("2,5 Mio. Euro", "currency", unit("2500000", "Euro"))),
    case("Sie kostet 50 Mrd. EUR.", ("50 Mrd. EUR", "currency", unit("50000000000", "Euro"))),
    case("Die USA geben 1,1 Milliarden US-Dollar.", ("1,1 Milliarden US-Dollar", "currency", unit("1100000000", "United States dollar"))),
    case("Es kostet 300 €.", ("300 €", "currency", unit("300", "Euro"))),
    case("Für 61,4 Mrd. $ Hilfe.", ("61,4 Mrd. $", "currency", unit("61400000000", "Dollar"))),
  ],
  "NumberWithUnit/German/AgeModel.json": [
    case("Selenskyj (46) sagte das.", ("46", "age", unit("46", "Year"))),
    case("Der 20-jährige Soldat.", ("20-jährige", "age", unit("20", "Year"))),
    case("Er ist 46 Jahre alt.", ("46 Jahre alt", "age", unit("46", "Year"))),
  ],
  "NumberWithUnit/English/DimensionModel.json": [
    case("They advanced 1,200 square kilometers.", ("1,200 square kilometers", "dimension", unit("1200", "Square kilometer"))),
    case("A plant 1,000 kilometres east of Moscow.", ("1,000 kilometres", "dimension", unit("1000", "Kilometer"))),
    case("The 155mm rounds.", ("155mm", "dimension", unit("155", "Millimeter"))),
    case("150 km from the front.", ("150 km", "dimension", unit("150", "Kilometer"))),
    case("About 20 kilomters away.", ("20 kilomters", "dimension", unit("20", "Kilometer"))),
    case("It flies 300 miles.", ("300 miles", "dimension", unit("300", "Mile"))),
    case("They took 40 square miles.", ("40 square miles", "dimension", unit("40", "Square mile"))),
    case("A temperature of 5 degrees."),
    case("The troops held that one kilometre of road.", ("one kilometre", "dimension", unit("1", "Kilometer"))),
  ],
  "NumberWithUnit/English/CurrencyModel.json": [
    case("Aid worth $1.1 billion.", ("$1.1 billion", "currency", unit("1100000000", "Dollar"))),
    case("About €5.1 billion.", ("€5.1 billion", "currency", unit("5100000000", "Euro"))),
    case("Worth £2.3bn.", ("£2.3bn", "currency", unit("2300000000", "Pound"))),
    case("It costs 3 billion euros.", ("3 billion euros", "currency", unit("3000000000", "Euro"))),
    case("Aid of USD 200 million.", ("USD 200 million", "currency", unit("200000000", "United States dollar"))),
    case("It cost 10 $ and then 30 $.", ("10 $", "currency", unit("10", "Dollar")), ("30 $", "currency", unit("30", "Dollar"))),
  ],
  "NumberWithUnit/English/AgeModel.json": [
    case("The soldier, 20 years old, said.", ("20 years old", "age", unit("20", "Year"))),
    case("A 20-year-old conscript.", ("20-year-old", "age", unit("20", "Year"))),
    case("Zelensky (46) said.", ("46", "age", unit("46", "Year"))),
  ],
  "DateTime/German/DateTimeModel.json": [
    case("Am 21. Dezember 2024 griffen sie an.", ("21. Dezember 2024", "datetimeV2.date", day("2024-12-21")), ref=REF),
    case("Stand 17.11.2024.", ("17.11.2024", "datetimeV2.date", day("2024-11-17")), ref=REF),
    case("Im November kamen sie.", ("November", "datetimeV2.daterange", span("2024-11-01", "2024-12-01")), ref=REF),
    case("Anfang 2025 soll es enden.", ("Anfang 2025", "datetimeV2.daterange", span("2025-01-01", "2025-04-01")), ref=REF),
    case("Im Frühjahr griffen sie an.", ("Frühjahr", "datetimeV2.daterange", season("2024-SP")), ref=REF),
    case("Er kämpft seit drei Jahren.", ("seit drei Jahren", "datetimeV2.duration", dur("P3Y")), ref=REF),
    case("Es dauerte 120 Tage.", ("120 Tage", "datetimeV2.duration", dur("P120D")), ref=REF),
    case("Vor zwei Wochen begann es.", ("Vor zwei Wochen", "datetimeV2.date", day("2024-11-03")), ref=REF),
    case("Am zweiten Mai begann es.", ("zweiten Mai", "datetimeV2.date", day("2024-05-02")), ref=REF),
    case("Russland setzte KN-23-Raketen ein.", ref=REF),
    case("Seit Ostern 2024 wird gekämpft.", ("Seit Ostern 2024", "datetimeV2.daterange", since("2024-03-31")), ref=REF),
    case("An Allerheiligen griffen sie an.", ("Allerheiligen", "datetimeV2.date", day("2024-11-01")), ref=REF),
    case("Am 14. Oktober um 8:30 Uhr schlug die Rakete ein.", ("14. Oktober um 8:30 Uhr", "datetimeV2.datetime", moment("XXXX-10-14T08:30")), ref=REF),
    case("Die Lieferung soll bis März 2025 abgeschlossen sein.", ("bis März 2025", "datetimeV2.daterange", until("2025-03")), ref=REF),
    case("Im ersten Quartal 2024 stiegen die Verluste.", ("ersten Quartal 2024", "datetimeV2.daterange", span("2024-01-01", "2024-04-01")), ref=REF),
    case("Zwei Wochen vor Weihnachten begann der Angriff.", ("Zwei Wochen vor Weihnachten", "datetimeV2.date", day("2023-12-11")), ref=REF),
    case("Am kommenden Wochenende wird verhandelt.", ("kommenden Wochenende", "datetimeV2.daterange", span("2024-11-23", "2024-11-25")), ref=REF),
    case("Jetzt sind es 50 Panzer.", ("Jetzt", "datetimeV2.datetime", moment("PRESENT_REF")), ref=REF),
    case("Zwei Drittel (2/3) der Befragten.", ref=REF),
  ],
  "DateTime/English/DateTimeModel.json": [
    case("On Dec. 21, 2024 they attacked.", ("Dec. 21, 2024", "datetimeV2.date", day("2024-12-21")), ref=REF),
    case("They attacked last spring.", ("last spring", "datetimeV2.daterange", season("2024-SP")), ref=REF),
    case("It began two weeks ago.", ("two weeks ago", "datetimeV2.date", day("2024-11-03")), ref=REF),
    case("Over the past three months, they advanced.", ("three months", "datetimeV2.duration", dur("P3M")), ref=REF),
    case("From January to March they advanced.", ("From January to March", "datetimeV2.daterange", span("2024-01-01", "2024-03-01")), ref=REF),  # the suite ends a range of written points at the start of the last
    case("It lasted 120 days.", ("120 days", "datetimeV2.duration", dur("P120D")), ref=REF),
    case("They attacked at Christmas.", ("Christmas", "datetimeV2.date", day("2023-12-25")), ref=REF),
    case("The strike came on Tuesday at 3.30pm.", ("Tuesday at 3.30pm", "datetimeV2.datetime", moment("XXXX-WXX-2T15:30")), ref=REF),
    case("Losses rose in Q3 2024.", ("Q3 2024", "datetimeV2.daterange", span("2024-07-01", "2024-10-01")), ref=REF),
    case("Deliveries resumed in the first week of 2024.", ("the first week of 2024", "datetimeV2.daterange", span("2024-01-01", "2024-01-08")), ref=REF),
    case("Supplies last until the end of March 2025.", ("until the end of March 2025", "datetimeV2.daterange", until("2025-03")), ref=REF),
    # Mechanisms the suite's English cases prompted, in news sentences.
    case("Fighting eased on Labor Day weekend.", ("Labor Day weekend", "datetimeV2.daterange", span("2024-08-31", "2024-09-03")), ref=REF),
    case("The army lost 300 tanks in the first two weeks of 2024.", ("the first two weeks of 2024", "datetimeV2.daterange", span("2024-01-01", "2024-01-15")), ref=REF),
    case("The bridge fell more than two weeks before today.", ("more than two weeks before today", "datetimeV2.daterange", until("2024-11-03")), ref=REF),
    case("They left in nineteen ninety six.", ("nineteen ninety six", "datetimeV2.daterange", span("1996-01-01", "1997-01-01")), ref=REF),
    case("The talks resume on Friday 29.", ("Friday 29", "datetimeV2.date", day("2024-11-29")), ref=REF),
    case("Prices fell in the nineties.", ("the nineties", "datetimeV2.daterange", span("1990-01-01", "2000-01-01")), ref=REF),
    case("Repairs take place over the next 4 business days.", ("next 4 business days", "datetimeV2.daterange", span("2024-11-18", "2024-11-22")), ref=REF),
    case("The vote is at half past nine tomorrow.", ("half past nine tomorrow", "datetimeV2.datetime", moment("2024-11-18T09:30")), ref=REF),
    case("Sales rose 5 % in the year to date.", ("year to date", "datetimeV2.daterange", span("2024-01-01", "2024-11-17")), ref=REF),
    case("Strikes continued from 2022 to the end of 2023.", ("from 2022 to the end of 2023", "datetimeV2.daterange", span("2022-01-01", "2024-01-01")), ref=REF),
    case("Losses in 2021 and 2023 were heavy.", ("2021", "datetimeV2.daterange", span("2021-01-01", "2022-01-01")), ("2023", "datetimeV2.daterange", span("2023-01-01", "2024-01-01")), ref=REF),
    case("Attacks came on Monday, Wednesday and Friday.", ("Monday", "datetimeV2.date", day("2024-11-11")), ("Wednesday", "datetimeV2.date", day("2024-11-13")), ("Friday", "datetimeV2.date", day("2024-11-15")), ref=REF),
  ],
}

here = os.path.dirname(os.path.abspath(__file__))
for name, cases in files.items():
    path = os.path.join(here, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(cases, f, ensure_ascii=False, indent=2)
        f.write("\n")
print("wrote", len(files), "files")
