"""Deterministic synthetic corpora in the style of the shared corpus, built from the reference
data (Länder, office holders, IntMK sessions, programmes, ministries).

    python benchmarks/generate.py OUT_DIR --docs 10000 [--seed 1]

Three kinds of document: a Land ministry's press release on an IntMK session (letterhead, date,
office holder, quotation, motions, programmes), a resolution record with a table of contents
(TOP items, Antragsteller, Abstimmungsergebnis), and a short web page about a programme.
Files go into folders of 1,000. The same seed gives the same bytes.
"""

from __future__ import annotations

import argparse
import random
import sys
from datetime import date, timedelta
from pathlib import Path

from intgraph.reference import laender, ministries, persons, programmes, sessions

MONTHS = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]
TOPICS = [
    "die Sprachförderung von Eltern",
    "schnellere Anerkennung ausländischer Berufsabschlüsse",
    "die Integration geflüchteter Frauen in den Arbeitsmarkt",
    "mehr Plätze in Integrationskursen",
    "die Beratung älterer Migrantinnen und Migranten",
    "die Stärkung migrantischer Organisationen",
    "bessere Bildungschancen für Kinder mit Zuwanderungsgeschichte",
    "die Finanzierung der kommunalen Integrationsarbeit",
    "den Schutz vor Diskriminierung am Arbeitsmarkt",
    "die Einbürgerung langjährig hier lebender Menschen",
]
QUOTES = [
    "Integration gelingt vor Ort, in den Kommunen, und dafür brauchen sie verlässliche Mittel.",
    "Wer hier arbeiten will, soll schnell Deutsch lernen und seine Fähigkeiten einbringen können.",
    "Die Länder haben heute gemeinsam ein deutliches Zeichen für Zusammenhalt gesetzt.",
    "Sprache ist der Schlüssel zur Teilhabe, deshalb müssen die Kurse schneller beginnen.",
    "Wir erwarten vom Bund, dass er seiner Verantwortung für die Integration gerecht wird.",
]
ROLES = [
    "Integrationsministerin",
    "Sozialministerin",
    "Staatsministerin",
    "Integrationsminister",
    "Sozialminister",
]


def _land(code: str):
    return next(land for land in laender() if land.code == code)


def press_release(rnd: random.Random, i: int) -> str:
    s = rnd.choice([r for r in sessions() if r.number >= 7])
    host = _land(rnd.choice([land.code for land in laender()]))
    chair = _land(s.chair_land or host.code)
    people = [p for p in persons() if p.land == host.code] or list(persons())
    person = rnd.choice(people)
    mins = [m for m in ministries() if m.land == host.code]
    letterhead = rnd.choice(mins).name if mins else f"Landesregierung {host.name_de}"
    day = date(s.year, 3, 10) + timedelta(days=rnd.randrange(0, 50) + i % 7)
    progs = rnd.sample(list(programmes()), 3)
    topic, topic2 = rnd.sample(TOPICS, 2)
    result = rnd.choice(["einstimmig", "mehrheitlich", "mit großer Mehrheit"])
    role = rnd.choice(ROLES)
    return (
        f"{letterhead}\n\nPressemitteilung vom {day:%d.%m.%Y}\n\n"
        f"{s.number}. Integrationsministerkonferenz: {host.name_de} setzt sich für {topic} ein\n\n"
        f"Unter dem Vorsitz {chair.genitives[0]} haben die für Integration zuständigen Ministerinnen und "
        f"Minister, Senatorinnen und Senatoren der Länder am {day.day}. und {day.day + 1}. {MONTHS[day.month - 1]} "
        f"{s.year} in {s.place or chair.capital} beraten.\n\n"
        f"{host.name_de} hat sich auf der Konferenz erfolgreich mit einem eigenen Antrag für {topic} eingesetzt. "
        f"Ein Antrag {rnd.choice(list(laender())).genitives[0]} zur Stärkung der {progs[0].label_de} wurde {result} angenommen.\n\n"
        f"{role} {person.name}: „{rnd.choice(QUOTES)}“\n\n"
        f"Die Länder fordern den Bund auf, die {progs[1].label_de} dauerhaft zu finanzieren und {topic2} zu unterstützen. "
        f"„{rnd.choice(QUOTES)}“, so {person.name.split()[-1]}.\n\n"
        f"Weitere Themen waren die {progs[2].label_de} und der Bericht zum Integrationsmonitoring der Länder.\n\n"
        f"Pressestelle\nTelefon 0{rnd.randrange(100, 999)} {rnd.randrange(1000, 9999)}-0\n"
        f"Aktenzeichen {i:07d}\n"
    )


def record(rnd: random.Random, i: int) -> str:
    s = rnd.choice([r for r in sessions() if r.number >= 7])
    chair = _land(s.chair_land or "DE-BE")
    items = rnd.sample(TOPICS, rnd.randrange(4, 8))
    lines = [
        "Ergebnisprotokoll",
        "",
        f"der {s.number}. Integrationsministerkonferenz",
        "",
        f"am {s.start_date or s.year} in {s.place or chair.capital}",
        "",
        "Inhaltsverzeichnis",
        "",
        "TOP 1 Leitantrag: Zusammenhalt stärken 4",
        "",
    ]
    for j, topic in enumerate(items, 1):
        lines += [f"TOP 2.{j} {topic[0].upper() + topic[1:]} verbessern {4 + 2 * j}", ""]
    for j, _topic in enumerate(items, 1):
        codes = sorted(rnd.sample([land.code[3:] for land in laender()], rnd.randrange(1, 5)))
        lines += [
            f"TOP 2.{j}",
            "",
            f"Antragsteller: {', '.join(codes)}",
            "",
            f"Abstimmungsergebnis: {rnd.choice(['einstimmig', 'mehrheitlich', 'abgelehnt'])}",
            "",
        ]
    lines.append(f"Kennung {i:07d}")
    return "\n".join(lines) + "\n"


def web_page(rnd: random.Random, i: int) -> str:
    p = rnd.choice(list(programmes()))
    land = rnd.choice(list(laender()))
    return (
        f"{p.label_de} in {land.name_de}\n\n"
        f"Der {p.label_de} richtet sich an {p.target_group or 'Zugewanderte'}. In {land.name_de} gibt es dafür "
        f"zahlreiche Angebote in allen Regionen. Die Landesregierung unterstützt die Träger bei der Organisation "
        f"und informiert über Zugang und Kosten.\n\nSeite {i:07d}\n"
    )


def generate(out: Path, docs: int, seed: int = 1) -> Path:
    rnd = random.Random(seed)
    kinds = [("pm", press_release, 6), ("protokoll", record, 2), ("seite", web_page, 2)]
    weights = [k[2] for k in kinds]
    for i in range(docs):
        name, make, _ = rnd.choices(kinds, weights)[0]
        folder = out / f"{i // 1000:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{i:07d}_{name}.txt").write_text(make(rnd, i), encoding="utf-8")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    generate(a.out, a.docs, a.seed)
    print(f"{a.docs} documents in {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
