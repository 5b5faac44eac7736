"""Write a deterministic corpus of realistic medical-tourism articles for benchmarking.

    python bench/generate.py OUT_DIR --docs 10000 --seed 1

Each article (2–6 KB) combines a page header, a dateline and paragraphs drawn from templates
for every record kind (statistics, goals, markets, partnerships, events) and for noise
(quotes, navigation, related stories, Korean text); about one in ten is an HTML page. The same
--docs and --seed always give byte-identical files.
"""

import argparse
import random
from datetime import date, timedelta
from pathlib import Path

KOREAN_PLACES = [
    "Busan",
    "Daegu",
    "Incheon",
    "Gwangju",
    "Daejeon",
    "Ulsan",
    "Gyeonggi Province",
    "Jeju",
    "Seoul",
]
HOSPITALS = [
    "Haeundae Paik Hospital",
    "Keimyung University Dongsan Hospital",
    "Inha University Hospital",
    "Chonnam National University Hospital",
    "Chungnam National University Hospital",
    "Ajou University Hospital",
    "Jeju Halla General Hospital",
    "Seoul St. Mary's Hospital",
    "Pusan National University Hospital",
]
PARTNERS = [
    ("Almaty", "Kazakhstan", "Kazakh"),
    ("Vladivostok", "Russia", "Russian"),
    ("Ulaanbaatar", "Mongolia", "Mongolian"),
    ("Abu Dhabi", "the United Arab Emirates", "Emirati"),
    ("Hanoi", "Vietnam", "Vietnamese"),
    ("Tashkent", "Uzbekistan", "Uzbek"),
    ("Khabarovsk", "Russia", "Russian"),
    ("Astana", "Kazakhstan", "Kazakh"),
    ("Da Nang", "Vietnam", "Vietnamese"),
    ("Samarkand", "Uzbekistan", "Uzbek"),
    ("Dubai", "the United Arab Emirates", "Emirati"),
]
REGIONS = ["Central Asia", "the Middle East", "the Russian Far East", "Southeast Asia", "the CIS region"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
SITES = [
    "Korea Health Daily",
    "Medical Tourism Times",
    "K-Health Review",
    "Asia Care Weekly",
    "Metro Korea News",
]
NOISE = [
    "Home > News > Health",
    "Share this article: Facebook Twitter Email Print",
    "Related stories: Hospital opens new wing | Flu season arrives early | City budget approved",
    "Copyright (c) Korea Health Daily. All rights reserved. Reproduction prohibited.",
    "서울시는 올해 외국인 환자 유치를 위한 다양한 사업을 추진한다고 밝혔다.",
    "Pembaruan terkini tentang layanan kesehatan di kawasan Asia Tenggara.",
    "Photo: Officials pose for a photograph after the ceremony.",
    "Subscribe to our newsletter for weekly updates on healthcare and tourism.",
]


def number(rng: random.Random, low: int, high: int) -> str:
    return f"{rng.randint(low, high):,}"


def day(rng: random.Random, year: int) -> date:
    """A day that leaves room for a three-day range within its month."""
    when = date(year, 1, 1) + timedelta(days=rng.randint(0, 330))
    return when.replace(day=min(when.day, 26))


def statistics(rng: random.Random, year: int) -> str:
    place, country, demonym = rng.choice(PARTNERS)
    qualifier = rng.choice(["", "more than ", "about ", "nearly ", "over "])
    return rng.choice(
        [
            f"According to the Ministry of Health and Welfare, {qualifier}{number(rng, 100_000, 600_000)} foreign patients "
            f"visited Korea for treatment last year, up from {number(rng, 50_000, 99_000)} in {year - 3}.",
            f"{rng.choice(HOSPITALS)} said it treated {qualifier}{number(rng, 300, 9_000)} {demonym} patients in {year - 1}, "
            f"most of them from {place}.",
            f"The city has attracted {qualifier}{number(rng, 1_000, 40_000)} foreign patients a year since {year - 6}, "
            f"mainly from {country} and neighbouring countries.",
            f"Sales of medical services to foreigners rose {rng.randint(3, 40)} percent to {rng.randint(2, 90)} billion won, "
            f"while the share of {demonym} visitors reached {rng.randint(5, 60)} percent.",
        ]
    )


def goal(rng: random.Random, year: int) -> str:
    city = rng.choice(KOREAN_PLACES)
    return rng.choice(
        [
            f"{city} aims to attract {number(rng, 10_000, 200_000)} foreign patients by {year + rng.randint(1, 6)}.",
            f"The government has set the goal of bringing in {rng.randint(5, 20) * 100}-thousand foreign patients by "
            f"{year + rng.randint(2, 8)}, against {number(rng, 100_000, 400_000)} last year.",
        ]
    )


def market(rng: random.Random, year: int) -> str:
    place, country, _ = rng.choice(PARTNERS)
    return rng.choice(
        [
            f"The city is targeting {place} and other cities of {country} as new markets.",
            f"Officials said {country} would serve as an advance base into {rng.choice(REGIONS)}.",
        ]
    )


def partnership(rng: random.Random, year: int) -> str:
    place, country, _ = rng.choice(PARTNERS)
    when = day(rng, year)
    return rng.choice(
        [
            f"On {MONTHS[when.month - 1]} {when.day}, {rng.choice(HOSPITALS)} signed a memorandum of understanding with "
            f"the {place} City Health Department to exchange medical staff.",
            f"{rng.choice(HOSPITALS)} has concluded contracts with {rng.randint(3, 40)} insurance companies in {country}.",
            f"The hospital will seek to sign an agreement with partners in {place} next year.",
        ]
    )


def event(rng: random.Random, year: int) -> str:
    place, country, _ = rng.choice(PARTNERS)
    when = day(rng, year)
    month = MONTHS[when.month - 1]
    return rng.choice(
        [
            f"The city held a medical tourism roadshow in {place} from {month} {when.day} to {when.day + 2}, "
            f"attended by {rng.randint(50, 500)} local doctors and agents.",
            f"A business presentation for {country} buyers took place at the Grand Hotel in {place} on {month} {when.day}.",
            f"Medical Korea {year}, the Global Healthcare and Medical Tourism Conference, opened at COEX in Seoul on "
            f"{month} {when.day}, hosted by the Ministry of Health and Welfare.",
            f"A delegation of {rng.randint(8, 30)} officials from {place} visited {rng.choice(KOREAN_PLACES)} on {month} {when.day}.",
        ]
    )


def quote(rng: random.Random, year: int) -> str:
    return rng.choice(
        [
            '"We will keep improving our services for international patients," the hospital director said.',
            "Experts say the sector still faces challenges such as interpreters, visas and aftercare.",
            "The plan also includes training programmes for coordinators and a new online portal for foreigners.",
        ]
    )


PARAGRAPHS = [statistics, goal, market, partnership, event, quote]


def article(rng: random.Random) -> tuple[str, bool]:
    year = rng.randint(2009, 2024)
    published = day(rng, year)
    city = rng.choice(KOREAN_PLACES)
    headline = rng.choice(
        [
            f"{city} steps up efforts to attract foreign patients",
            f"{city} hospitals expand ties with {rng.choice(PARTNERS)[1]}",
            f"Foreign patient numbers rise in {city}",
        ]
    )
    lines = [
        rng.choice(SITES),
        rng.choice([*NOISE[:1], ""]),
        headline,
        f"Posted on {published.day} {MONTHS[published.month - 1]} {published.year}",
    ]
    size = rng.randint(2_000, 6_000)
    body: list[str] = []
    while sum(len(p) for p in body) < size - 400:
        maker = rng.choice(PARAGRAPHS)
        sentences = dict.fromkeys(maker(rng, year) for _ in range(rng.randint(2, 4)))
        body.append(" ".join(sentences))
        if rng.random() < 0.2:
            body.append(rng.choice(NOISE))
    text = "\n".join(line for line in lines if line) + "\n\n" + "\n\n".join(body) + "\n"
    as_html = rng.random() < 0.1
    if as_html:
        paragraphs = "".join(f"<p>{p}</p>\n" for p in body)
        text = (
            f"<html><head><title>{headline} | {lines[0]}</title><script>var x = 1;</script></head><body>"
            f"<nav><ul><li>Home</li><li>News</li></ul></nav><h1>{headline}</h1><p>{lines[3]}</p>\n{paragraphs}</body></html>\n"
        )
    return text, as_html


def generate(out: Path, docs: int, seed: int) -> None:
    rng = random.Random(seed)
    for index in range(docs):
        text, as_html = article(rng)
        folder = out / f"{index // 1000:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"article_{index:06d}.{'html' if as_html else 'txt'}").write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    generate(args.out, args.docs, args.seed)


if __name__ == "__main__":
    main()
