"""Office holders, document facts and quotations read from the grammar of their construction
(session 10; invented passages, each rule with passages of different wording and hard
negatives): coordinated role nouns before one apposition, a Land cabinet's Staatsminister/in,
parliamentary groups' commissioners, alternating role and name lines, issuer header lines and
city-state bodies, capital and spaced dates, read-out texts, a role's remit in a speaker
phrase, transcript labels in capitals."""

from __future__ import annotations

import pytest

from intgraph.extract import extract
from intgraph.language.dates import find_dates
from intgraph.models import Document
from intgraph.resolve import resolve


def _extract(text: str):
    return extract(Document("x.txt", "x.txt", text, "0" * 64))


def holdings(text: str) -> set[tuple[str, str, str | None]]:
    rd = resolve(_extract(text))
    names = {p.key: p.name for p in rd.persons}
    return {(names[h.person_key], h.role_class, h.land) for h in rd.holdings}


def offices(text: str) -> set[tuple[str, str]]:
    return {(o.person.name, o.role_class) for o in _extract(text).offices}


def speakers(text: str) -> set[str]:
    return {q.speaker.name for q in _extract(text).quotes}


def facts(text: str) -> tuple[str | None, str | None]:
    f = _extract(text).facts
    return f.date, f.publisher_land


# ---------------------------------------------------------------- coordinated roles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Staatssekretär im Innenministerium und Landesbeauftragte für Migration des "
            "Landes Brandenburg, Olaf Wendrich, stellte den Bericht vor.",
            {("Olaf Wendrich", "Staatssekretaer"), ("Olaf Wendrich", "Beauftragte")},
        ),
        (
            "Die frühere Integrationsbeauftragte und heutige Sozialministerin Thüringens, "
            "Heike Marold, lobte den Plan.",
            {("Heike Marold", "Beauftragte"), ("Heike Marold", "Minister")},
        ),
        (
            "Eingeladen hatte die Ministerin für Arbeit und zugleich Bevollmächtigte für "
            "Integration, Dr. Svenja Lorberg.",
            {("Svenja Lorberg", "Minister"), ("Svenja Lorberg", "Beauftragte")},
        ),
    ],
)
def test_coordinated_role_nouns_share_one_apposition(text: str, expected: set) -> None:
    assert expected <= offices(text)


@pytest.mark.parametrize(
    ("text", "person", "absent"),
    [
        # a second role with its own name is a second person
        (
            "Die Sozialministerin und Staatssekretär Jens Bauer besuchten Kiel.",
            "Jens Bauer",
            "Minister",
        ),
        # no name closes the coordination: nobody holds the first role here
        (
            "Die Ministerin und Integrationsbeauftragte sind sich einig. Jonas Pirk vom "
            "Flüchtlingsrat widersprach.",
            "Jonas Pirk",
            "Minister",
        ),
    ],
)
def test_coordination_without_a_shared_name_gives_no_row(
    text: str, person: str, absent: str
) -> None:
    assert (person, absent) not in offices(text)


def test_a_staatsminister_heading_the_chancellery_is_a_cabinet_member() -> None:
    # the bare rank names no Land; heading a Land's chancellery does
    text = (
        "Mainz. Die Ministerpräsidentin von Rheinland-Pfalz, Anke Wellershoff, lud zum Empfang. "
        "Der Staatsminister und Chef der Staatskanzlei, Tobias Renner, sprach das Grußwort."
    )
    assert ("Tobias Renner", "Minister", "DE-RP") in holdings(text)
    bare = "Mainz. Auch Staatsministerin Ilka Brehm war gekommen."
    assert ("Ilka Brehm", "Minister", "DE-RP") not in holdings(bare)


@pytest.mark.parametrize(
    "text",
    [
        "Die Integrationsbeauftragte der CDU-Landtagsfraktion, Mira Sander, sprach.",
        "Auch der Beauftragte der Bundestagsfraktion der Grünen für Migration, Ole Bach, kam.",
        "Der migrationspolitische Beauftragte der Fraktion, Ole Bach, kam.",
    ],
)
def test_a_parliamentary_groups_commissioner_holds_no_office(text: str) -> None:
    assert not {cls for _, cls in offices(text)} & {"Beauftragte"}


def test_the_governments_commissioner_still_counts() -> None:
    text = "Die Integrationsbeauftragte der Landesregierung, Mira Sander, sprach."
    assert ("Mira Sander", "Beauftragte") in offices(text)


# ---------------------------------------------------------------- role and name lines


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        (
            "Leitung\nMinister\nDr. Anton Vogler\nStaatssekretärin\nBirte Hansen\nAmtschef\nUwe Kerl",
            {("Anton Vogler", "Minister"), ("Birte Hansen", "Staatssekretaer")},
            ("Anton Vogler", "Staatssekretaer"),
        ),
        (
            "Mit freundlichen Grüßen\n\nAnna Kuhlmann\nMinisterin\n\nBernd Yilmaz\nStaatssekretär",
            {("Anna Kuhlmann", "Minister"), ("Bernd Yilmaz", "Staatssekretaer")},
            ("Bernd Yilmaz", "Minister"),
        ),
    ],
)
def test_each_line_pairs_once_in_an_alternating_list(text: str, expected: set, wrong) -> None:
    got = offices(text)
    assert expected <= got
    assert wrong not in got


# ---------------------------------------------------------------- document facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Beauftragte der Bundesregierung für Migration, Flüchtlinge und Integration\n"
            "Pressemitteilung\n\nBerlin, 3. Mai 2021\n\nStaatsministerin begrüßt Einigung",
            (("2021-05-03"), "DE"),
        ),
        (
            "Integrationsbeauftragter der Landesregierung Niedersachsen\n\nUnsere Aufgaben\n\n"
            "Der Beauftragte berät die Landesregierung.",
            (None, "DE-NI"),
        ),
        (
            "Senatsverwaltung für Arbeit, Soziales und Integration\nPressemitteilung 7/2019\n"
            "Veröffentlicht am 4. Februar 2019",
            ("2019-02-04", "DE-BE"),
        ),
        ("hamburg.de | Innenbehörde\n\nPressemeldung\n\n03.06.2020 10:00", ("2020-06-03", "DE-HH")),
    ],
)
def test_the_issuing_body_of_a_header_line(text: str, expected: tuple) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a commissioner in running text opens a sentence: no header
        "Integrationsbeauftragte der Landesregierung Niedersachsen ist seit 2020 Dr. Eva Lüth.\n",
        # a city's office in running text (Bremen calls its ministry so too): no Hamburg issuer
        "radio bremen | Nachrichten\nDie Sozialbehörde hat am Montag mehr Kursplätze angekündigt.",
    ],
)
def test_no_issuer_from_running_text(text: str) -> None:
    assert facts(text)[1] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DIENSTAG, 14. MÄRZ 2023 | REGION", ["2023-03-14"]),
        ("Drucksache 17/112\n05. 11. 2019\nKleine Anfrage", ["2019-11-05"]),
        ("Stand: 1. 2. 2020", ["2020-02-01"]),
        # two spaces, a gap that is no date, and a month in capitals without a year
        ("am 3.  4. 2019 und am 2. MAI", []),
    ],
)
def test_dates_in_capitals_and_spaced(text: str, expected: list) -> None:
    assert [d.value for d in find_dates(text)] == expected


# ---------------------------------------------------------------- quotations


@pytest.mark.parametrize(
    "text",
    [
        "Im Landtag zitierte der Abgeordnete Uwe Rotter aus dem Koalitionsvertrag: "
        "„Integration ist eine Daueraufgabe.“",
        "Zum Schluss zitierte Ministerin Lena Hart aus dem Integrationsbericht: "
        "„Jeder zweite Kurs ist voll belegt.“",
        "Die Senatorin Kim Oberle verlas den Beschluss des Senats: „Wir fördern die Kurse weiter.“",
    ],
)
def test_a_text_read_out_is_nobodys_own_words(text: str) -> None:
    assert speakers(text) == set()


def test_a_letter_read_out_is_its_authors() -> None:
    text = "Ministerin Anna Lind zitierte aus dem Brief von Jonas Weber: „Ich will hier bleiben.“"
    assert speakers(text) == {"Jonas Weber"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "»Ohne die Kommunen geht es nicht«, erklärte die Ministerin für Soziales, "
            "Gesundheit, Frauen und Familie, Petra Wennholt, in ihrer Rede.",
            "Petra Wennholt",
        ),
        (
            "„Wir bleiben dran“, sagte der Senator für Inneres und Sport, Jan Lüders, am Montag.",
            "Jan Lüders",
        ),
        (
            "„Das ist ein guter Tag“, betonte die Staatssekretärin für Migration, Flucht und "
            "Teilhabe, Dr. Ayla Kerim.",
            "Ayla Kerim",
        ),
    ],
)
def test_a_roles_remit_with_commas_before_the_speakers_name(text: str, speaker: str) -> None:
    assert speaker in speakers(text)


def test_transcript_labels_in_capitals() -> None:
    text = (
        "Protokoll der Pressekonferenz\n\n"
        "MODERATION: Ich begrüße Senatorin Kessel-Brink.\n"
        "SENATORIN KESSEL-BRINK: Vielen Dank. Wir stellen heute den Bericht vor.\n"
        "FRAGE: Was kostet das?\n"
        "SENATORIN KESSEL-BRINK: Vier Millionen Euro im Jahr."
    )
    assert speakers(text) == {"Kessel-Brink"}
    # a label in capitals that names no one of the text speaks for nobody
    other = (
        "MODERATION: Willkommen.\nHINWEIS: Die Sitzung wird aufgezeichnet und gesendet.\n"
        "MODERATION: Wir beginnen jetzt mit der Sitzung."
    )
    assert speakers(other) == set()
