#!/usr/bin/env python3
"""Writes a deterministic corpus of synthetic news pages for the reliability and scale benches.

    bench/gen-corpus.py --count 300 --out /tmp/corpus [--seed 1]

Each page is a whole HTML document with site boilerplate (navigation, a cookie banner, a
related-links box, a footer) around an article: a headline, a byline, a published date, a
canonical link (https://synthetic.news/<section>/<n>), and 4-9 paragraphs of news-like
sentences whose people, organizations and countries come from fixed name pools, so the same
entities recur across articles and the graph has hubs. The same --seed and --count always
give byte-identical files. Pages go into subfolders of 1,000 (p000/, p001/ ...).
"""
import argparse
import os
import random
import sys

FIRST = """Anna Maria Lukas Sofia Jonas Elena Pedro Amara Kenji Fatima Ivan Chloe Omar Ingrid Rafael
Leila Tomas Nadia Hugo Priya Samuel Yara Mateo Aiko Daniel Olga Felix Zainab Pablo Greta Victor
Noor Henrik Lucia Emeka Marta Stefan Hana Diego Sara Arjun Maya Kofi Irene Luca Mei Andrei Clara
Tariq Ruth""".split()
LAST = """Keller Novak Haddad Okafor Lindqvist Moreau Tanaka Alvarez Kowalski Brennan Petrov Silva
Nakamura Fischer Rahman Costa Jensen Mbeki Romano Nguyen Hoffmann Duarte Osei Bauer Laurent
Ivanova Castillo Sato Weber Mensah Carvalho Larsen Dubois Iqbal Schmidt Moretti Adeyemi Varga
Horvat Quinn""".split()
ORGS = """Northwind Energy|Helios Bank|Atlas Motors|Meridian Health|Bluewater Shipping|Orion
Telecom|Cobalt Mining|Summit Airlines|Evergreen Foods|Vertex Pharmaceuticals|Harbor Logistics|
Quantum Semiconductors|Redstone Capital|Silverline Rail|Aurora Media|Pinnacle Insurance|
Granite Steel|Nimbus Cloud|Crescent Oil|Falcon Defence|the World Trade Organization|the United
Nations|the International Monetary Fund|the European Commission|the World Bank|the Central
Bank|the Ministry of Finance|the Federal Reserve|Greenpeace|the Red Cross""".replace("\n", " ").split("|")
ORGS = [" ".join(name.split()) for name in ORGS]
COUNTRIES = """France|Germany|Japan|Brazil|Nigeria|India|Canada|Mexico|Kenya|Poland|Italy|Spain|
Indonesia|Australia|Egypt|Turkey|Vietnam|Chile|Norway|South Korea|Argentina|Ghana|Sweden|
Portugal|Thailand|Peru|Morocco|Ireland|Greece|Colombia""".replace("\n", "").split("|")
CITIES = """Paris|Berlin|Tokyo|Lagos|Mumbai|Toronto|Nairobi|Warsaw|Madrid|Jakarta|Sydney|Cairo|
Istanbul|Hanoi|Santiago|Oslo|Seoul|Lisbon|Bangkok|Lima|Dublin|Athens|Bogota|Geneva|Brussels""".replace("\n", "").split("|")
ROLES = ["chief executive", "finance minister", "spokesperson", "chairman", "senior analyst",
         "foreign minister", "president", "chief economist", "director", "founder"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SECTIONS = ["world", "business", "politics", "technology", "markets", "energy", "health"]
TOPICS = ["trade talks", "interest rates", "a new pipeline", "the merger", "export controls",
          "the climate summit", "a debt restructuring", "the election", "vaccine supplies",
          "chip production", "the port expansion", "fishing rights", "a rail link", "tariffs"]
TEMPLATES = [
    "{P}, the {R} of {O}, said on {D} that the company would expand its operations in {C}.",
    "{C} and {C2} signed an agreement on {T} in {Y} on {D}, officials said.",
    "\"We expect a difficult quarter,\" said {P}, {R} at {O}.",
    "{O} shares fell {N} percent after {P} announced a review of {T}.",
    "Talks between {O} and {O2} over {T} stalled, according to {P}.",
    "{P} met {P2} in {Y} to discuss {T}, a statement from {O} said.",
    "The government of {C} asked {O} to delay {T} until next year.",
    "Analysts at {O} said the outlook for {C} had improved since {D}.",
    "{P2}, who leads {O2}, told reporters in {Y} that {C} remained a key market.",
    "Protesters gathered outside the offices of {O} in {Y} on {D}.",
    "Exports from {C} to {C2} rose by {N} percent last year, data showed.",
    "{P} declined to comment on reports that {O} was in talks with {O2}.",
    "The decision was welcomed by {P}, the {R} of {C}.",
    "Markets in {Y} were little changed on {D} as investors waited for news on {T}.",
]
BOILER_NAV = ["Home", "World", "Business", "Markets", "Politics", "Technology", "Opinion", "Sport", "Weather"]


def person(rng):
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def sentence(rng, cast):
    # Pairs are distinct so that no sentence has someone meeting themselves.
    p1, p2 = rng.sample(cast["people"], 2)
    o1, o2 = rng.sample(cast["orgs"], 2)
    c1, c2 = rng.sample(cast["countries"], 2)
    fill = {
        "P": p1, "P2": p2, "O": o1, "O2": o2, "C": c1, "C2": c2,
        "Y": rng.choice(CITIES), "R": rng.choice(ROLES), "D": rng.choice(DAYS),
        "T": rng.choice(TOPICS), "N": str(rng.randint(1, 19)),
    }
    text = rng.choice(TEMPLATES).format(**fill)
    return text[0].upper() + text[1:]


def weighted_distinct(rng, pool, weights, k):
    chosen = []
    while len(chosen) < k:
        name = rng.choices(pool, weights=weights, k=1)[0]
        if name not in chosen:
            chosen.append(name)
    return chosen


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def page(index, rng, people_pool):
    # Each article draws a small cast, so sentences in one article share entities (co-mentions).
    # Popular names are drawn more often (people_pool is ordered; low indexes weigh more).
    weights = [1.0 / (1 + i) ** 0.8 for i in range(len(people_pool))]
    cast = {
        "people": weighted_distinct(rng, people_pool, weights, 3),
        "orgs": rng.sample(ORGS, 3),
        "countries": rng.sample(COUNTRIES, 2),
    }
    section = rng.choice(SECTIONS)
    title = sentence(rng, cast).rstrip(".")
    if len(title) > 90:
        title = f"{cast['orgs'][0]} and {cast['countries'][0]}: {rng.choice(TOPICS)}"
    author = person(rng)
    day = 1 + index % 28
    month = 1 + (index // 28) % 12
    published = f"2026-{month:02d}-{day:02d}T{rng.randint(6, 21):02d}:{rng.randint(0, 59):02d}:00Z"
    url = f"https://synthetic.news/{section}/{index:07d}"
    paragraphs = []
    for _ in range(rng.randint(4, 9)):
        paragraphs.append(" ".join(sentence(rng, cast) for _ in range(rng.randint(2, 4))))
    nav = "".join(f'<li><a href="/{n.lower()}">{n}</a></li>' for n in BOILER_NAV)
    related = "".join(
        f'<li><a href="/{rng.choice(SECTIONS)}/{rng.randint(0, 9999999):07d}">{escape(rng.choice(TOPICS).capitalize())} update</a></li>'
        for _ in range(5))
    body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{escape(title)} | Synthetic News</title>
<link rel="canonical" href="{url}">
<meta property="og:title" content="{escape(title)}">
<meta property="og:site_name" content="Synthetic News">
<meta property="article:published_time" content="{published}">
<meta name="author" content="{escape(author)}">
<script>window.analytics = {{page: "{index}"}};</script>
<style>body {{ font-family: serif; }}</style>
</head>
<body>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div>
<header class="site-header"><a class="logo" href="/">Synthetic News</a><nav><ul>{nav}</ul></nav></header>
<main>
<article class="article">
<h1>{escape(title)}</h1>
<p class="byline">By <span class="author">{escape(author)}</span> · <time datetime="{published}">{published[:10]}</time></p>
<div class="article-body">
{body}
</div>
</article>
<aside class="related"><h2>Related</h2><ul>{related}</ul></aside>
</main>
<footer class="site-footer"><p>© 2026 Synthetic News. All rights reserved.</p><ul><li><a href="/about">About</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/contact">Contact</a></li></ul></footer>
</body>
</html>
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    people_pool = sorted({f"{f} {l}" for f in FIRST for l in LAST})
    rng.shuffle(people_pool)
    people_pool = people_pool[:400]
    os.makedirs(args.out, exist_ok=True)
    for index in range(args.count):
        folder = os.path.join(args.out, f"p{index // 1000:03d}")
        if index % 1000 == 0:
            os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"{index:07d}.html"), "w", encoding="utf-8") as out:
            out.write(page(index, rng, people_pool))
    print(f"gen-corpus: {args.count} pages in {args.out} (seed {args.seed})", file=sys.stderr)


if __name__ == "__main__":
    main()
