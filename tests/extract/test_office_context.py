"""Office holders whose name, office or Land the text gives by its structure or context
(invented passages, written for each rule, not taken from any document)."""

from __future__ import annotations

import pytest

from intgraph.extract import extract
from intgraph.extract.persons import find_offices
from intgraph.language.lands import land_abbreviation
from intgraph.language.text import TextIndex, tokenize
from intgraph.models import Document
from intgraph.resolve import resolve


def offices(text: str) -> set[tuple[str, str, str | None]]:
    return {(o.person.name, o.role_class, o.land) for o in find_offices(TextIndex(text))}


def holdings(text: str) -> set[tuple[str, str, str | None]]:
    rd = resolve(extract(Document("x.txt", "x.txt", text, "0" * 64)))
    names = {p.key: p.name for p in rd.persons}
    return {(names[h.person_key], h.role_class, h.land) for h in rd.holdings}


# ------------------------------------------------------------------ name boundaries
def test_a_footnote_marker_is_no_part_of_the_name() -> None:
    text = "Ministerin Ute Brenner² eröffnete die Tagung."
    assert [t.text for t in tokenize(text, 0, len(text))][2:4] == ["Brenner", "²"]
    assert ("Ute Brenner", "Minister", None) in offices(text)
    assert ("Jan Kowalski", "Staatssekretaer", None) in offices(
        "Neu im Haus ist Staatssekretär Jan Kowalski³⁴, der die Abteilung leitet."
    )


def test_a_preposition_before_a_name_is_no_particle() -> None:
    # "von" before a given name is the preposition, not the particle of "von Arnim"
    text = (
        "Begleitet wurde sie von Karin Stolz, der Beauftragten der Hessischen Landesregierung "
        "für Integration."
    )
    assert ("Karin Stolz", "Beauftragte", "DE-HE") in offices(text)
    assert ("Paul Lenz", "Beauftragte", "DE-BE") in offices(
        "Mit Paul Lenz, dem Beauftragten des Berliner Senats für Partizipation, sprach er "
        "über die Zahlen."
    )


# ------------------------------------------------------------------ apposition in time
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Den Vortrag hielt Erik Sommer, zuvor Staatssekretär im sächsischen Innenministerium.",
            ("Erik Sommer", "Staatssekretaer", "DE-SN"),
        ),
        (
            "Geehrt wurde auch Ilse Born, einst Ausländerbeauftragte des Landes Bremen.",
            ("Ilse Born", "Beauftragte", "DE-HB"),
        ),
        (
            "Zu Gast war Rolf Adam, heute Minister für Soziales im Saarland.",
            ("Rolf Adam", "Minister", "DE-SL"),
        ),
    ],
)
def test_apposition_with_a_time_adverb(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in offices(text)


def test_holding_an_office_with_a_separable_verb() -> None:
    text = "Vor ihm hatte Greta Vogel das Amt der bayerischen Integrationsbeauftragten inne."
    assert ("Greta Vogel", "Beauftragte", "DE-BY") in offices(text)


def test_copula_with_a_month_and_year() -> None:
    text = "Die Leitung wechselte. Timo Rau ist seit März 2024 Staatssekretär."
    assert ("Timo Rau", "Staatssekretaer", None) in offices(text)


# ------------------------------------------------------------------ label lines
def test_lines_labelled_with_the_office() -> None:
    text = (
        "Die Hausleitung\n"
        "Minister: Bernd Falk\n"
        "Parlamentarische Staatssekretärin: Dr. Nele Hansen (Grüne)\n"
        "Abteilungsleiterin Integration: Dr. Sina Kern\n"
        "Pressesprecher des Ministers: Lutz Brand\n"
    )
    found = {(n, c) for n, c, _ in offices(text)}
    assert found == {("Bernd Falk", "Minister"), ("Nele Hansen", "Staatssekretaer")}


def test_a_label_line_of_a_ministry_page_takes_the_ministry_land() -> None:
    text = (
        "Ministerium für Soziales und Integration des Landes Sachsen-Anhalt\n\n"
        "Leitung\n"
        "Staatssekretärin: Mona Weiß\n"
        "Ministerin: Petra Lind\n"
    )
    assert {("Mona Weiß", "Staatssekretaer", "DE-ST"), ("Petra Lind", "Minister", "DE-ST")} <= (
        holdings(text)
    )


# ------------------------------------------------------------------ Land abbreviations
def test_land_abbreviations() -> None:
    assert [land_abbreviation(c) for c in ("SH", "ST", "NRW", "Bund", "CDU")] == [
        "DE-SH",
        "DE-ST",
        "DE-NW",
        None,
        None,
    ]


def test_an_attendance_list_by_land_abbreviation() -> None:
    text = (
        "Anwesend:\n"
        "SN\tStaatsministerin Ulla Gerber\n"
        "HH  Staatsrat Kai Lührs\n"
        "RP: Staatssekretärin Ida Roth\n"
        "MV  Abteilungsleiter Dr. Jörg Pahl\n"
    )
    assert offices(text) == {
        ("Ulla Gerber", "Minister", "DE-SN"),
        ("Kai Lührs", "Staatssekretaer", "DE-HH"),
        ("Ida Roth", "Staatssekretaer", "DE-RP"),
    }


def test_single_blank_labels_need_a_list() -> None:
    listed = "TH Staatssekretär Olaf Brink\nSL Ministerin Jana Pelz\n"
    assert offices(listed) == {
        ("Olaf Brink", "Staatssekretaer", "DE-TH"),
        ("Jana Pelz", "Minister", "DE-SL"),
    }
    # one line opening with capitals is no list: nothing is read from "BE"
    assert offices("BE Staatssekretär Olaf Brink sprach zuerst.") == {
        ("Olaf Brink", "Staatssekretaer", None)
    }


def test_a_table_cell_with_a_land_abbreviation() -> None:
    text = "| Land | Amt | Name |\n| HB | Senatorin | Ella Voss |\n| BY | Staatsminister | Uwe Kern |\n"
    assert offices(text) == {
        ("Ella Voss", "Senator", "DE-HB"),
        ("Uwe Kern", "Minister", "DE-BY"),
    }


# ------------------------------------------------------------------ coordination
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Es sprachen die Sozialministerinnen aus Thüringen und Sachsen, Eva Lutz und Mia Rahn.",
            {("Eva Lutz", "Minister", "DE-TH"), ("Mia Rahn", "Minister", "DE-SN")},
        ),
        (
            "Die Senatoren Hamburgs und Bremens, Ole Wiese und Tim Gerdes, unterzeichneten.",
            {("Ole Wiese", "Senator", "DE-HH"), ("Tim Gerdes", "Senator", "DE-HB")},
        ),
    ],
)
def test_coordinated_lands_map_respectively(text: str, expected: set) -> None:
    assert expected <= offices(text)


def test_one_land_for_coordinated_names_goes_to_each() -> None:
    text = "Die bayerischen Staatssekretäre Uwe Sand und Rita Moll berichteten."
    assert {
        ("Uwe Sand", "Staatssekretaer", "DE-BY"),
        ("Rita Moll", "Staatssekretaer", "DE-BY"),
    } <= (offices(text))


# ------------------------------------------------------------------ Land from context
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thüringens Innenminister Karl Baum eröffnete den Fachtag in Erfurt. Die "
            "Landesintegrationsbeauftragte Sarah Nolte warb für mehr Sprachkurse.",
            ("Sarah Nolte", "Beauftragte", "DE-TH"),
        ),
        (
            "Beim Empfang des Landes in Schwerin sprach Ministerpräsident Olaf Witt aus "
            "Mecklenburg-Vorpommern. Auch Sozialministerin Grete Haas kam.",
            ("Grete Haas", "Minister", "DE-MV"),
        ),
    ],
)
def test_the_one_land_a_report_names(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in holdings(text)


def test_no_land_from_context_where_the_text_names_two() -> None:
    text = (
        "Hessens Sozialministerin Anke Lorenz und Bayerns Innenminister Jan Ohm trafen sich. "
        "Staatssekretär Uwe Hahn begleitete die Gespräche."
    )
    assert ("Uwe Hahn", "Staatssekretaer", None) in holdings(text)


def test_no_land_from_context_for_a_descriptor() -> None:
    # "die Ministerin" refers back to a person the text gives no Land: the Land another holder's
    # phrase names is not hers
    text = (
        "„Wir stehen zusammen“, sagten Inga Möller und Lars Beck, Integrationsminister des "
        "Landes Niedersachsen. „Das ist erst der Anfang“, ergänzte Möller. „Wir bleiben "
        "dran und melden uns im Herbst wieder“, betonte die Ministerin."
    )
    found = holdings(text)
    assert ("Lars Beck", "Minister", "DE-NI") in found
    assert ("Inga Möller", "Minister", "DE-NI") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Berlins Senatorin Lea Frank und Bayerns Minister Max Huber trafen sich in Leipzig. "
            "Dabei war auch ihr Staatssekretär Tom Kaiser.",
            ("Tom Kaiser", "Staatssekretaer", "DE-BE"),
        ),
        (
            "Berlins Senatorin Lea Frank und Bayerns Minister Max Huber trafen sich in Leipzig. "
            "Dabei war auch sein Staatssekretär Tom Kaiser.",
            ("Tom Kaiser", "Staatssekretaer", "DE-BY"),
        ),
    ],
)
def test_a_possessive_refers_to_the_holder_of_the_sentence_before(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in offices(text)


# ------------------------------------------------------------------ hard negatives
def test_no_office_for_members_of_parliament_mayors_and_officials() -> None:
    text = (
        "Sachsens Ministerin Ina Roth lud ein. Es kamen die Landtagsabgeordnete Pia Sand, "
        "Oberbürgermeister Udo Kolb und Ministerialdirigent Dr. Axel Kranz.\n"
        "Referatsleiterin: Dr. Britta Nolde\n"
    )
    assert {n for n, _, _ in holdings(text)} == {"Ina Roth"}


def test_coordinated_land_adjectives_before_one_role() -> None:
    text = (
        "Die sächsische und die thüringische Sozialministerin, Lena Roth und Ute Maier, "
        "unterzeichneten die Erklärung."
    )
    assert {("Lena Roth", "Minister", "DE-SN"), ("Ute Maier", "Minister", "DE-TH")} <= offices(text)
    text = "Der bayerische sowie der hessische Innenminister Jan Ost und Kai West lehnten ab."
    assert {("Jan Ost", "Minister", "DE-BY"), ("Kai West", "Minister", "DE-HE")} <= offices(text)


# ------------------------------------------------------------------ reference to a named person
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Seit Jahren führt Helga Brück das Sozialressort im Süden. Am Montag stellte "
            "die bayerische Staatsministerin ihr neues Konzept vor.",
            ("Helga Brück", "Minister", "DE-BY"),
        ),
        (
            "Noch im Mai übernahm Peter Schall die Leitung des Hauses. Nun legt der "
            "thüringische Minister seine erste Bilanz vor.",
            ("Peter Schall", "Minister", "DE-TH"),
        ),
    ],
)
def test_a_descriptor_refers_back_to_the_person_named_before(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in holdings(text)


@pytest.mark.parametrize(
    "text",
    [
        # another person (with a descriptive noun of her own) stands between
        "Peter Schall kam zu spät. Landrätin Anna Kühn begrüßte die Gäste, und die "
        "Ministerin schickte ein Grußwort.",
        # the gender disagrees
        "Peter Schall kam zu spät. Die Ministerin schickte ein Grußwort.",
        # the descriptor is two sentences away
        "Anna Kühn kam zu spät. Es regnete. Der Saal war voll. Die Ministerin fehlte.",
        # a named person with an apposition of her own (an MP)
        "Anna Kühn, die Landtagsabgeordnete, fragte nach. Die Ministerin antwortete knapp.",
    ],
)
def test_no_descriptor_reference_where_the_antecedent_is_unclear(text: str) -> None:
    assert holdings(text) == set()


def test_a_relative_clause_with_the_office_as_object() -> None:
    text = (
        "Der Landtag beriet den Jahresbericht der Thüringer Integrationsbeauftragten. "
        "Doris Keil, die das Amt seit 2021 ausübt, forderte mehr Geld."
    )
    assert ("Doris Keil", "Beauftragte", "DE-TH") in offices(text)
    # the office named last has its holder: no second one
    text = (
        "Thüringens Ministerin Doris Keil lobte den Bericht. Otto Lahm, der das Amt seit "
        "2019 innehat, widersprach."
    )
    assert {n for n, _, _ in offices(text)} == {"Doris Keil"}


# ------------------------------------------------------------------ local bodies, governed roles
@pytest.mark.parametrize(
    "text",
    [
        "Die Integrationsbeauftragte der Stadt Gera, Lotte Frey, lud zum Fest.",
        "Zu Gast war Kreisintegrationsbeauftragter Jonas Pfeil.",
        "Björn Haas, Migrationsbeauftragter des Landkreises Celle, sprach zuerst.",
        "Die Beauftragte der Evangelischen Kirche für Migration, Ruth Lenz, warb für Hilfe.",
    ],
)
def test_commissioners_of_towns_counties_and_churches_hold_no_office(text: str) -> None:
    assert offices(text) == set()


def test_a_commissioner_of_the_land_government_is_kept() -> None:
    text = "Die Beauftragte der Landesregierung für Integration, Ruth Lenz, warb für Hilfe."
    assert {(n, c) for n, c, _ in offices(text)} == {("Ruth Lenz", "Beauftragte")}


def test_a_land_abbreviation_after_the_name() -> None:
    text = "Es berichteten Staatssekretär Uwe Grell (ST) und Staatsrätin Pia Ahrens (HH)."
    assert offices(text) == {
        ("Uwe Grell", "Staatssekretaer", "DE-ST"),
        ("Pia Ahrens", "Staatssekretaer", "DE-HH"),
    }
    listed = "Redner:\n– Ministerin Eva Roth, SN\n– Staatssekretär Tim Kahl, BB\n"
    assert offices(listed) == {
        ("Eva Roth", "Minister", "DE-SN"),
        ("Tim Kahl", "Staatssekretaer", "DE-BB"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Es sprach der Parlamentarische Staatssekretär beim Bundesminister der Finanzen, "
            "Lars Brenner.",
            {("Lars Brenner", "Staatssekretaer", "DE")},
        ),
        (
            "Die Staatssekretärin bei der Bundesministerin für Familie, Olga Sturm, kam später.",
            {("Olga Sturm", "Staatssekretaer", "DE")},
        ),
    ],
)
def test_a_role_governed_by_a_preposition_is_part_of_the_complement(
    text: str, expected: set
) -> None:
    assert holdings(text) == expected


def test_a_role_after_a_preposition_alone_is_still_an_office() -> None:
    text = "Ein Treffen beim Minister für Soziales, Tom Kahl, ist für Mai geplant."
    assert ("Tom Kahl", "Minister", None) in offices(text)


def test_predecessors_in_office_listed_by_name() -> None:
    text = (
        "Die Hamburger Integrationsbeauftragte Nora Lindt zog Bilanz. „Meine Vorgängerinnen im "
        "Amt haben den Weg bereitet. Ich danke Ute Ahrens und Clara Beil für ihre Arbeit“, sagte "
        "Lindt."
    )
    assert {
        ("Ute Ahrens", "Beauftragte", "DE-HH"),
        ("Clara Beil", "Beauftragte", "DE-HH"),
    } <= holdings(text)
    # predecessors without "im Amt", or names in a sentence further on: no rows
    text = (
        "Die Hamburger Integrationsbeauftragte Nora Lindt zog Bilanz. Ihre Vorgängerinnen "
        "hatten es leichter. Sie traf Ute Ahrens und Clara Beil."
    )
    assert {n for n, _, _ in holdings(text)} == {"Nora Lindt"}


def test_a_complement_ends_before_the_next_role_phrase() -> None:
    text = "Innenminister Manne Kurz und Hessens Sozialministerin Eva Lang eröffneten die Tagung."
    assert offices(text) == {("Manne Kurz", "Minister", None), ("Eva Lang", "Minister", "DE-HE")}


def test_a_complement_with_an_adjective_after_a_comma() -> None:
    text = (
        "Es sprach Petra Nolde, Ministerin für Landwirtschaft, ländliche Räume und Integration "
        "in Sachsen-Anhalt."
    )
    assert offices(text) == {("Petra Nolde", "Minister", "DE-ST")}


def test_a_land_in_brackets_belongs_to_its_holder_alone() -> None:
    text = "Staatssekretärin Ina Wolff und Staatssekretär Ben Yilmaz (Hamburg) berichteten."
    assert holdings(text) == {
        ("Ina Wolff", "Staatssekretaer", None),
        ("Ben Yilmaz", "Staatssekretaer", "DE-HH"),
    }


def test_a_double_family_name_after_a_double_given_name() -> None:
    text = "Grußwort: Ministerin Marie-Luise Brandt-Oldenhove eröffnete den Abend."
    assert ("Marie-Luise Brandt-Oldenhove", "Minister", None) in offices(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Es sprach Staatssekretär Jan Olk vom Innenministerium in Hannover.",
            ("Jan Olk", "Staatssekretaer", "DE-NI"),
        ),
        (
            "Die Staatssekretärin im Sozialministerium in Magdeburg, Ilka Sonn, warb für Kurse.",
            ("Ilka Sonn", "Staatssekretaer", "DE-ST"),
        ),
        (
            "Auch Staatssekretärin Vera Lindt aus Wiesbaden kam.",
            ("Vera Lindt", "Staatssekretaer", "DE-HE"),
        ),
    ],
)
def test_the_capital_a_ministry_sits_in(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in offices(text)


def test_a_visit_to_a_capital_is_no_seat() -> None:
    assert offices("Staatssekretärin Vera Lindt zu Gast in Wiesbaden.") == {
        ("Vera Lindt", "Staatssekretaer", None)
    }


@pytest.mark.parametrize(
    "text",
    [
        # the person's sentence ties her to no government post
        "Tanja Roth hat 20 Jahre in der Flüchtlingshilfe gearbeitet. Die Ministerin dankte ihr.",
        "Anna Berg (CDU) fragte im Ausschuss nach. Die Ministerin antwortete schriftlich.",
    ],
)
def test_no_descriptor_reference_without_a_government_post(text: str) -> None:
    assert holdings(text) == set()


def test_a_speaker_described_by_another_noun_is_not_the_minister() -> None:
    text = (
        "„Es fehlen Plätze“, sagte Rita Fink, Leiterin des Vereins. Die Ministerin sagte Hilfe zu."
    )
    assert holdings(text) == set()
    # a descriptor in the apposition refers to the same person
    text = (
        "„Es fehlen Plätze“, sagte Rita Fink, die Vorsitzende der Konferenz. Das betonte die "
        "Ministerin auch vor der Presse."
    )
    assert {(n, c) for n, c, _ in holdings(text)} == {("Rita Fink", "Minister")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Regierende Bürgermeisterin Lena Sommer empfing die Gäste.",
            {("Lena Sommer", "Regierungschef", "DE-BE")},
        ),
        (
            "Hamburg – Zum Auftakt sprach Erster Bürgermeister Jens Ohlsen.",
            {("Jens Ohlsen", "Regierungschef", "DE-HH")},
        ),
        (
            "Der Präsident des Senats, Ole Brinkmann, lud ins Rathaus.",
            {("Ole Brinkmann", "Regierungschef", "DE-HB")},
        ),
        # a town's (deputy) mayor is no head of government
        ("Der Erste Bürgermeister der Stadt Fürth, Max Roth, kam.", set()),
        ("Der Erste Bürgermeister von Erlangen, Max Roth, kam.", set()),
    ],
)
def test_the_titles_of_city_state_heads_of_government(text: str, expected: set) -> None:
    assert holdings(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Auch Altbundeskanzler Gerd Brinck kam.", ("Gerd Brinck", "Regierungschef", "DE")),
        ("Altministerpräsidentin Ute Lamm kam.", ("Ute Lamm", "Regierungschef", None)),
        (
            "Ute Lamm war von 2011 bis 2016 Integrationsministerin in Sachsen.",
            ("Ute Lamm", "Minister", "DE-SN"),
        ),
        (
            "Ute Lamm war zwischen 2011 und 2016 Staatssekretärin.",
            ("Ute Lamm", "Staatssekretaer", None),
        ),
    ],
)
def test_former_holders_by_prefix_and_period(text: str, expected: tuple) -> None:
    assert expected in offices(text)
