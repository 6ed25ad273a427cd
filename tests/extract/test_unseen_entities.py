"""Office holders, programmes and document facts in constructions the corpus rarely shows
(invented passages: each rule with passages of different wording and hard negatives)."""

from __future__ import annotations

import pytest

from intgraph.extract import extract
from intgraph.extract.dates import document_date
from intgraph.extract.documents import ministry_land
from intgraph.extract.programmes import find_programmes
from intgraph.language.text import TextIndex
from intgraph.models import Document
from intgraph.resolve import resolve


def _extract(text: str):
    return extract(Document("x.txt", "x.txt", text, "0" * 64))


def holdings(text: str) -> set[tuple[str, str, str | None]]:
    rd = resolve(_extract(text))
    names = {p.key: p.name for p in rd.persons}
    return {(names[h.person_key], h.role_class, h.land) for h in rd.holdings}


def labels(text: str) -> set[str]:
    return {p.label for p in find_programmes(TextIndex(text))}


# ---------------------------------------------------------------- persons


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Seit März 2023 ist Dr. Ilse Varnholt Integrationsbeauftragte des Landes Hessen.",
            ("Ilse Varnholt", "Beauftragte", "DE-HE"),
        ),
        (
            "Neue Staatssekretärin im Sozialministerium ist Prof. Dr. Mareike Tjaden.",
            ("Mareike Tjaden", "Staatssekretaer", None),
        ),
        (
            "Am Montag wurde Dr. Jonas Erlbeck als neuer Innenminister Thüringens vereidigt.",
            ("Jonas Erlbeck", "Minister", "DE-TH"),
        ),
    ],
)
def test_an_academic_title_ends_no_sentence(text: str, expected: tuple) -> None:
    # "Dr." before the name: its full stop does not cut the copula clause in two
    assert expected in holdings(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kiel. Der frühere Innenminister Schleswig-Holsteins, Gunnar Hamburger, ist tot. "
            "Hamburger war von 2005 bis 2009 im Amt.",
            {("Gunnar Hamburger", "Minister", "DE-SH")},
        ),
        (
            "Die sächsische Integrationsministerin Ruth Berliner hat am Dienstag "
            "das neue Landesprogramm vorgestellt.",
            {("Ruth Berliner", "Minister", "DE-SN")},
        ),
    ],
)
def test_a_demonym_after_a_given_name_is_the_family_name(text: str, expected: set) -> None:
    found = holdings(text)
    assert expected <= found
    # and it names no Land of its own
    assert not any(land in {"DE-HH", "DE-BE"} for _, _, land in found)


def test_a_demonym_before_a_noun_stays_an_adjective() -> None:
    found = holdings("Sozialsenatorin Anja Stahmann, Bremer Senat, eröffnete die Tagung.")
    assert ("Anja Stahmann", "Senator", "DE-HB") in found
    found = holdings("Ministerin Petra Wolke Hamburger Behörden bat um Rat.")
    assert not any("Hamburger" in name for name, _, _ in found)


def test_a_table_row_takes_the_land_of_its_code_cell() -> None:
    text = (
        "Land | Behörde | Mitglied\n"
        "NI | Ministerium für Inneres und Sport | Minister Olaf Brinkmeyer\n"
        "HB | Die Senatorin für Soziales, Jugend, Integration und Sport | Senatorin Ute Lanz\n"
        "SN\tStaatsministerium für Soziales\tStaatsministerin Carla Weidig\n"
    )
    found = holdings(text)
    assert ("Olaf Brinkmeyer", "Minister", "DE-NI") in found
    assert ("Ute Lanz", "Senator", "DE-HB") in found
    assert ("Carla Weidig", "Minister", "DE-SN") in found


def test_a_row_label_that_is_no_land_code_gives_no_land() -> None:
    found = holdings("TOP | Bericht der Arbeitsgruppe | Senatorin Ute Lanz\n")
    assert ("Ute Lanz", "Senator", None) in found or not found


# ---------------------------------------------------------------- document facts


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Presseinformation 31/2019 vom 04.07.2019\n\nDer Minister …", "2019-07-04"),
        ("Medieninformation Nr. 7 vom 3. Februar 2022\n\nHeute …", "2022-02-03"),
        ("Artikel\nveröffentlicht am:\n11.06.2014\n\nText des Artikels", "2014-06-11"),
        ("Thüringer Ministerium für Migration\nErfurt, 03.11.15\nDer Minister …", "2015-11-03"),
    ],
)
def test_labelled_and_dateline_dates(text: str, date: str) -> None:
    found = document_date(text)
    assert found is not None and found[0] == date


@pytest.mark.parametrize(
    "text",
    [
        # a schedule: the dates of events, each with a span of time
        "Die Termine:\n12.03.2019, 10.00 – 13.00 Uhr, Kiel, Landeshaus\n"
        "19.03.2019, 14.00 – 16.00 Uhr, Lübeck\n",
        # a two-digit year inside the text is no publication date
        "Der Antrag vom 12.05.09 wurde abgelehnt.",
        # a version number is no date
        "Die App in Version 2.10.19 ist verfügbar.",
    ],
)
def test_event_dates_are_no_publication_date(text: str) -> None:
    assert document_date(text) is None


def test_a_label_line_above_a_date_beats_an_event_line() -> None:
    text = "Die Termine:\n20.09.2019, 10.00 – 12.00 Uhr, Kiel\nerstellt am:\n05.09.2019\n"
    assert document_date(text)[0] == "2019-09-05"  # type: ignore[index]


@pytest.mark.parametrize(
    ("text", "land"),
    [
        ("Thüringer Staatskanzlei\nNewsletter 3/2020\n\nInhalt: …", "DE-TH"),
        ("Bayerische Staatskanzlei\n\nDas Kabinett hat heute beschlossen …", "DE-BY"),
        (
            "Land Brandenburg > Ministerium für Soziales > Presse\nNr. 12/2014 | 03.02.2014\n",
            "DE-BB",
        ),
        (
            "Startseite › Freistaat Sachsen › Staatsministerium für Soziales\n"
            "Pressemitteilung vom 1. April 2020\n",
            "DE-SN",
        ),
        # a letterhead naming the body and not its Land: the reference list's ministry of
        # that name
        (
            "Die Senatorin für Arbeit, Soziales, Jugend und Integration\n\n"
            "Pressemitteilung vom 2. Mai 2024\n\nDie Senatorin lädt ein.",
            "DE-HB",
        ),
    ],
)
def test_publisher_from_letterheads_and_breadcrumbs(text: str, land: str) -> None:
    assert _extract(text).facts.publisher_land == land


def test_a_ministry_name_of_no_single_land_gives_none() -> None:
    assert ministry_land("Ministerium für Soziales") is None
    assert ministry_land("Verein für Integration und Soziales") is None


def test_a_breadcrumb_of_a_newspaper_is_no_letterhead() -> None:
    facts = _extract("Startseite > Politik > Sachsen\nDresden. Die Regierung …").facts
    assert facts.publisher_land is None


# ---------------------------------------------------------------- programmes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Über das Landesaufnahmeprogramm Syrien sind 300 Menschen gekommen.",
            "Landesaufnahmeprogramm Syrien",
        ),
        (
            "Das Sonderaufnahmeprogramm Ukraine wurde verlängert.",
            "Sonderaufnahmeprogramm Ukraine",
        ),
        (
            "Die Empfehlungen flossen in das Handlungskonzept Teilhabe ein, das 2015 beschlossen wurde.",
            "Handlungskonzept Teilhabe",
        ),
    ],
)
def test_a_programme_compound_with_a_name_in_apposition(text: str, expected: str) -> None:
    assert expected in labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Es ist wichtig, dass der Landesaktionsplan Maßnahmen gegen Rassismus enthält.",
        "Ob das Integrationskonzept Kommunen stärkt, ist offen.",
        "Das Integrationskonzept Sachsens ist veraltet.",
        "Mit dem Förderprogramm Berlin haben wir Erfahrung.",
    ],
)
def test_a_common_noun_or_land_after_a_programme_compound_is_no_name(text: str) -> None:
    assert not any(" " in label for label in labels(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kritik gab es an der Umsetzung des Sächsischen Zuwanderungs- und Integrationskonzepts.",
            "Sächsisches Zuwanderungs- und Integrationskonzept",
        ),
        (
            "Mit dem Bayerischen Integrationsprogramm fördert das Land Sprachkurse.",
            "Bayerisches Integrationsprogramm",
        ),
        (
            "Sie lobte den Hessischen Aktionsplan gegen Rassismus.",
            "Hessischer Aktionsplan",
        ),
    ],
)
def test_a_capitalised_land_adjective_makes_a_name(text: str, expected: str) -> None:
    assert expected in labels(text)


def test_a_land_adjective_in_lower_case_or_before_an_institution_is_no_name() -> None:
    assert labels("Das sächsische Integrationskonzept ist veraltet.") == set()
    assert labels("Im Bayerischen Staatsministerium für Familie wurde beraten.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gefördert werden in diesem Jahr 40 Integrationsberaterinnen für Geflüchtete.",
            "Integrationsberatung für Geflüchtete",
        ),
        ("Landesweit gefördert werden Sprachmittlerinnen und Sprachmittler.", "Sprachmittlung"),
    ],
)
def test_funded_staff_give_the_service(text: str, expected: str) -> None:
    assert expected in labels(text)


def test_a_prefixed_course_type_is_its_own_row() -> None:
    assert "Job-Berufssprachkurs" in labels("Dafür gibt es Job-Berufssprachkurse der Agentur.")
    assert "Berufssprachkurs" in labels("Dafür gibt es Berufssprachkurse der Agentur.")


def test_a_slogan_after_a_colon_is_no_part_of_the_name() -> None:
    found = labels("Das Landesprogramm „Brückenbauer: Weil jeder zählt“ endet 2025.")
    assert "Brückenbauer" in found
    assert not any("Weil" in label for label in found)
    # a title with a colon inside a longer name stays whole
    found = labels("Die Initiative „Neue Wege in der Pflege: Chancen für Zugewanderte“ läuft.")
    assert "Neue Wege in der Pflege: Chancen für Zugewanderte" in found


# ---------------------------------------------------------------- later rules (sets 3a/3b)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prof. Dr. Hans Oltmanns, bis 2016 Niedersachsens Integrationsbeauftragter, "
            "wird Vorsitzender des Beirats.",
            ("Hans Oltmanns", "Beauftragte", "DE-NI"),
        ),
        (
            "Es sprach Karl Kunz, früher Thüringens Innenminister.",
            ("Karl Kunz", "Minister", "DE-TH"),
        ),
        (
            "Maria Lenz, seit 2019 hessische Integrationsbeauftragte, sagte dies.",
            ("Maria Lenz", "Beauftragte", "DE-HE"),
        ),
    ],
)
def test_an_apposition_with_time_and_land_before_the_role(text: str, expected: tuple) -> None:
    assert expected in holdings(text)


def test_an_apposition_without_a_name_or_with_another_function_gives_nothing() -> None:
    assert (
        holdings("Die Gäste, Niedersachsens Integrationsbeauftragter und andere, kamen.") == set()
    )
    found = holdings("Karl Kunz, Vorsitzender des Vereins, lobte die sächsische Ministerin.")
    assert not any(name == "Karl Kunz" for name, _, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Bremen – Bürgermeister und Senatspräsident Jens Harmsen eröffnete die Tagung.",
        "Bürgermeister und Präsident des Senats Jens Harmsen sagte, Bremen sei bereit.",
    ],
)
def test_bremens_head_of_government(text: str) -> None:
    assert ("Jens Harmsen", "Regierungschef", "DE-HB") in holdings(text)


def test_a_town_mayor_is_no_head_of_government() -> None:
    assert holdings("Bürgermeister Jens Harmsen von Achim eröffnete das Fest.") == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Erfurt – Ministerpräsident Bernd Vogtländer will bald entscheiden.", "Bernd Vogtländer"),
        ("Arnsberg. Staatssekretärin Eva Sauerländer sagte, das Land helfe.", "Eva Sauerländer"),
    ],
)
def test_a_regional_demonym_after_a_given_name_is_the_family_name(text: str, name: str) -> None:
    assert name in {n for n, _, _ in holdings(text)}


def test_plural_land_compounds_stay_nouns() -> None:
    found = holdings("Ministerin Anna Kolb sagte, die Flächenländer seien betroffen.")
    assert {n for n, _, _ in found} == {"Anna Kolb"}


@pytest.mark.parametrize(
    ("text", "land"),
    [
        ("saarland.de > Ministerium für Soziales > Aktuelles\nBild 3 von 7\n", "DE-SL"),
        ("www.thueringen.de › Staatskanzlei › Presse\nDer Minister …", "DE-TH"),
    ],
)
def test_a_land_portal_address_in_a_breadcrumb(text: str, land: str) -> None:
    assert _extract(text).facts.publisher_land == land


def test_a_newspaper_address_names_no_land() -> None:
    assert _extract("zeit.de > Politik > Ministerium für Inneres\n").facts.publisher_land is None


def test_a_bracketed_abbreviation_is_the_programme_it_follows() -> None:
    found = labels(
        "Das Landesprogramm „Starke Schule“ (StaS) läuft weiter. "
        "Die StaS-Koordinationsstellen beraten Familien; gefördert wird auch StaS-Material."
    )
    assert found == {"Starke Schule"}
    # a brand of its own in another sentence stays one
    assert "KomBi" in labels(
        "Das Programm „Starke Schule“ (StaS) läuft. Das Projekt KomBi wird gefördert."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Der Beirat des Landes\n\nDer Beirat berät die Regierung seit 2012 in allen Fragen.\n\n"
        "Geschäftsstelle\nReferat 31\nMinisterium für Soziales und Integration\nTel: 0711 123\n",
        "Netzwerk Vielfalt\n\nDas Netzwerk trifft sich viermal im Jahr.\n\nKontakt:\n"
        "Staatskanzlei Rheinland-Pfalz, Referat 4\n",
    ],
)
def test_a_body_named_in_a_contact_block_is_no_issuer(text: str) -> None:
    assert _extract(text).facts.publisher_land is None


def test_a_letterhead_above_its_address_stays_the_issuer() -> None:
    text = (
        "Ministerium für Soziales, Gesundheit und Integration Baden-Württemberg\n"
        "Postfach 10 34 43, 70029 Stuttgart\nTel: 0711 123\n\n"
        "Pressemitteilung vom 3. Mai 2022\n\nDer Minister sagte …"
    )
    assert _extract(text).facts.publisher_land == "DE-BW"


# ---------------------------------------------------------------- rules from set 5


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rostock/Wismar. Der Staatssekretär im Innenministerium, Jan Ahlers, sprach.",
            ("Jan Ahlers", "Staatssekretaer", "DE-MV"),
        ),
        (
            "Sitzung des Landeskabinetts, Kiel, 3. Mai 2022 – Niederschrift\n\n"
            "Ministerin Lena Ohm: Wir beginnen.",
            ("Lena Ohm", "Minister", "DE-SH"),
        ),
    ],
)
def test_datelines_with_two_cities_or_in_a_header_line(text: str, expected: tuple) -> None:
    assert expected in holdings(text)


def test_a_land_in_a_gapped_clause_before_the_role() -> None:
    found = holdings(
        "Aus Hessen kam der Minister Olaf Brandt, aus dem Saarland die Staatssekretärin Eva Roth."
    )
    assert ("Eva Roth", "Staatssekretaer", "DE-SL") in found


def test_offices_of_the_federal_foreign_office_are_federal() -> None:
    found = holdings("Die Staatsministerin im Auswärtigen Amt, Petra Lind, warb für Fachkräfte.")
    assert ("Petra Lind", "Minister", "DE") in found


@pytest.mark.parametrize(
    "text",
    [
        "Kommissarisch amtiert seit Mai Karl Brandl als Integrationsbeauftragter des Landes Hessen.",
        "Seit Juni fungiert Karl Brandl als Integrationsbeauftragter des Landes Hessen.",
    ],
)
def test_acting_as_an_office(text: str) -> None:
    assert ("Karl Brandl", "Beauftragte", "DE-HE") in holdings(text)


def test_acting_as_another_function_gives_nothing() -> None:
    assert holdings("Seit Juni fungiert Karl Brandl als Sprecher des Vereins.") == set()


def test_a_family_name_alone_as_the_subject_of_a_copula() -> None:
    text = "Gäste waren Olaf Brenner und Eva Roth. Brenner ist in Kiel Minister für Soziales."
    assert ("Olaf Brenner", "Minister", "DE-SH") in holdings(text)
    # no earlier full name: nothing to refer to; a deputy is no holder
    assert holdings("Brenner ist Minister für Soziales.") == set()
    assert holdings("Gäste waren Olaf Brenner und Eva Roth. Brenner ist Abgeordneter.") == set()


def test_a_second_office_on_the_line_under_a_role_and_name_line() -> None:
    text = "Kontakt\nStaatssekretärin Eva Roth\nLandesbeauftragte für Integration\nTel. 0351 1\n"
    found = {(n, c) for n, c, _ in holdings(text)}
    assert {("Eva Roth", "Staatssekretaer"), ("Eva Roth", "Beauftragte")} <= found
    found = {(n, c) for n, c, _ in holdings("Ministerin Eva Roth\nPressestelle\nTel. 0351 1\n")}
    assert found == {("Eva Roth", "Minister")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brandenburgs Sozialministerin Eva Roth und ihre Amtsvorgängerin Ute Lenz "
            "eröffneten das Zentrum.",
            ("Ute Lenz", "Minister", "DE-BB"),
        ),
        (
            "Die Integrationsbeauftragte des Landes Berlin, Mia Sommer, ist neu im Amt. "
            "Sommer folgt auf Jana Kraft, die in den Ruhestand geht.",
            ("Jana Kraft", "Beauftragte", "DE-BE"),
        ),
        (
            "Staatssekretär Olaf Wenk tritt die Nachfolge von Karl Baum an.",
            ("Karl Baum", "Staatssekretaer", None),
        ),
    ],
)
def test_predecessors_in_close_apposition_and_after_succession_verbs(
    text: str, expected: tuple
) -> None:
    assert expected in holdings(text)


def test_succession_to_another_function_or_by_someone_without_office() -> None:
    found = holdings("Ministerin Eva Roth folgt auf Karl Kunz als Vorsitzende der Konferenz.")
    assert {n for n, _, _ in found} == {"Eva Roth"}
    assert holdings("Eva Roth folgt auf Karl Kunz als Vorsitzende des Vereins.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sachsens Integrationsministerin ist in diesem Jahr Gastgeberin der Konferenz. "
            "Lea Brandt (SPD) will über Wohnraum sprechen.",
            ("Lea Brandt", "Minister", "DE-SN"),
        ),
        (
            "Die Landesregierung hat eine neue Integrationsbeauftragte. Das Kabinett ernannte "
            "am Dienstag die Soziologin Mia Sommer.",
            ("Mia Sommer", "Beauftragte", None),
        ),
        (
            "Der Regierende Bürgermeister besuchte am Montag eine Unterkunft. Begleitet wurde "
            "Jonas Falk (CDU) von der Sozialsenatorin.",
            ("Jonas Falk", "Regierungschef", "DE-BE"),
        ),
    ],
)
def test_an_unnamed_role_named_in_the_next_sentence(text: str, expected: tuple) -> None:
    assert expected in holdings(text)


@pytest.mark.parametrize(
    "text",
    [
        # apposition of another function
        "Die Ministerin war verhindert. Anna Roth (SPD), Sprecherin der Fraktion, las die Rede.",
        # a function noun of the person's own
        "Die Integrationsministerin lobte das Projekt. Projektleiterin Anna Roth (SPD) zeigte es.",
        # neither a party nor an appointment: anybody
        "Die Ministerin sprach mit Geflüchteten. Amina Karimi erzählte von der Flucht.",
        # gender disagrees
        "Die Ministerin kam nicht. Karl Kunz (SPD) sprach.",
        # a plural role
        "Die Integrationsminister der Länder tagten. Anna Roth (SPD) lobte das.",
    ],
)
def test_an_unnamed_role_and_someone_else_in_the_next_sentence(text: str) -> None:
    assert holdings(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Wer zuzieht, erhält ein „Willkommenspaket Rostock“ mit Stadtplan.",
            "Willkommenspaket Rostock",
        ),
        (
            "Mit „Brücken bauen“ werden junge Geflüchtete beim Berufseinstieg begleitet.",
            "Brücken bauen",
        ),
        ("Das gehört zum Landesprogramm Lernen & Leben in der Stadt.", "Lernen & Leben"),
        (
            "Mit der Förderrichtlinie Arbeit für Alle unterstützt das Land Betriebe.",
            "Arbeit für Alle",
        ),
    ],
)
def test_quoted_instruments_funding_passives_and_multiword_names(text: str, expected: str) -> None:
    assert expected in labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Das Wort „Integrationspaket“ höre ich nicht mehr gern.",
        "Mit „Herzlich willkommen“ wurden die Gäste begrüßt.",
        "Mit „Brücken bauen“ überschrieb die Zeitung ihren Kommentar.",
    ],
)
def test_scare_quotes_and_other_quoted_phrases_are_no_programmes(text: str) -> None:
    assert labels(text) == set()


def test_a_minister_who_is_also_commissioner_by_copula() -> None:
    text = (
        "Die Ministerin für Soziales des Landes Sachsen, Eva Roth, ist zugleich "
        "Integrationsbeauftragte der Landesregierung."
    )
    found = {(n, c) for n, c, _ in holdings(text)}
    assert {("Eva Roth", "Minister"), ("Eva Roth", "Beauftragte")} <= found


def test_predecessors_listed_after_a_plural_noun() -> None:
    found = holdings(
        "Integrationsministerin Eva Roth erinnerte an ihre Vorgängerinnen im Amt, "
        "Anna Lenz und Maria Kühn."
    )
    assert {("Anna Lenz", "Minister"), ("Maria Kühn", "Minister")} <= {(n, c) for n, c, _ in found}


@pytest.mark.parametrize(
    "text",
    [
        # people described otherwise, thanked after the predecessors are mentioned
        "Integrationsministerin Eva Roth sagte: Meine Vorgängerinnen im Amt haben viel "
        "erreicht. Mein Dank gilt den Ehrenamtlichen Anna Lenz und Maria Kühn vom Verein Brücke.",
        # a singular predecessor, then someone else
        "Integrationsministerin Eva Roth lobte ihre Vorgängerin im Amt, Anna Lenz, und "
        "Maria Kühn vom Verein.",
        # no possessive and no "im Amt": the sentence is about other people
        "Integrationsministerin Eva Roth dankte den Vorgängern. Dann sprachen Anna Lenz und "
        "Maria Kühn vom Flüchtlingsrat.",
    ],
)
def test_predecessor_lists_keep_to_the_predecessors(text: str) -> None:
    assert "Maria Kühn" not in {n for n, _, _ in holdings(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Landesaktionsplan gegen Rassismus wurde beschlossen.",
            "Landesaktionsplan gegen Rassismus",
        ),
        (
            "Das Kabinett hat den Aktionsplan gegen Rassismus und Diskriminierung verabschiedet.",
            "Aktionsplan gegen Rassismus und Diskriminierung",
        ),
        (
            "Die Ziele des Handlungskonzepts für Vielfalt sind klar.",
            "Handlungskonzept für Vielfalt",
        ),
    ],
)
def test_a_definite_plan_for_or_against_a_cause(text: str, expected: str) -> None:
    assert expected in labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sie fordert einen Aktionsplan gegen Rassismus.",  # indefinite: a demand, no name
        "Das Programm für Geflüchtete läuft.",  # for a group: a description
        "Die Mittel des Konzepts für Familien reichen nicht.",
        "Der Plan für Montag steht.",
    ],
)
def test_indefinite_plans_and_plans_for_groups_are_no_names(text: str) -> None:
    assert labels(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Land fördert das Programm Ankommen+ mit zwei Millionen Euro.", "Ankommen+"),
        ("Das Projekt Deutsch+Beruf startet im Mai.", "Deutsch+Beruf"),
    ],
)
def test_brand_names_with_a_plus_sign(text: str, expected: str) -> None:
    assert expected in labels(text)


def test_a_plus_sign_in_a_sum_is_no_brand() -> None:
    assert labels("Im Programm sind 3+2 Plätze frei, sagte Anna+ Roth nicht.") == set()
