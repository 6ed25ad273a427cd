"""Office holders in unseen text: the Land a text implies without naming it, local offices,
abbreviations and bracketed second offices (invented passages; issue 12)."""

from __future__ import annotations

import pytest

from intgraph.extract import extract
from intgraph.language.lands import dateline_land, place_lands
from intgraph.models import Document
from intgraph.resolve import resolve


def holdings(text: str) -> set[tuple[str, str, str | None]]:
    rd = resolve(extract(Document("x.txt", "x.txt", text, "0" * 64)))
    names = {p.key: p.name for p in rd.persons}
    return {(names[h.person_key], h.role_class, h.land) for h in rd.holdings}


# ----------------------------------------------------------- a Land's city names the Land


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In Kassel eröffnete Sozialministerin Hanna Oldag ein neues Beratungszentrum.",
            ("Hanna Oldag", "Minister", "DE-HE"),
        ),
        (
            "[Pressekonferenz Magdeburg, Wortprotokoll]\nStaatssekretär Ulf Brenning stellte "
            "die Zahlen vor.",
            ("Ulf Brenning", "Staatssekretaer", "DE-ST"),
        ),
        (
            "Integrationsbeauftragter Jonas Reuter sprach beim Neujahrsempfang der Staatskanzlei "
            "Erfurt.",
            ("Jonas Reuter", "Beauftragte", "DE-TH"),
        ),
    ],
)
def test_a_listed_city_gives_the_land_where_none_is_named(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in holdings(text)


def test_cities_of_two_lands_or_a_named_land_give_no_city_land() -> None:
    # two Länder's cities: no one Land
    assert ("Hanna Oldag", "Minister", None) in holdings(
        "Sozialministerin Hanna Oldag reiste von Kassel nach Leipzig."
    )
    # a city that is also a common noun, not used as a place
    assert ("Hanna Oldag", "Minister", None) in holdings(
        "Beim Essen in der Halle sprach Sozialministerin Hanna Oldag über Kitas."
    )


def test_the_bare_rank_staatsminister_takes_no_venue_land() -> None:
    # a federal Staatsminister/in is one too: a session's venue does not make it a Land's
    assert ("Ida Kern", "Minister", None) in holdings(
        "Protokoll der Sitzung in Nürnberg. Vorsitz: Staatsministerin Ida Kern"
    )


@pytest.mark.parametrize(
    ("text", "land"),
    [
        ("KASSEL Die Landesregierung hat …", "DE-HE"),
        ("ROSTOCK. Der Minister …", "DE-MV"),
        ("POTSDAM (dpa) Die …", "DE-BB"),
    ],
)
def test_agency_datelines_in_capitals(text: str, land: str) -> None:
    assert dateline_land(text) == land


def test_capitals_that_are_no_city_make_no_dateline() -> None:
    assert dateline_land("WARNUNG Die Seite …") is None
    assert dateline_land("Kassel ist schön") is None


def test_a_capitals_dateline_gives_the_land_of_a_city_state_head() -> None:
    found = holdings("HAMBURG Der Erste Bürgermeister Jan-Ole Piepgras (SPD) eröffnete die Messe.")
    assert ("Jan-Ole Piepgras", "Regierungschef", "DE-HH") in found


def test_a_dateline_gives_a_bavarian_staatsminister_his_land() -> None:
    found = holdings("München – Staatsminister Tobias Ederer verteidigte den Haushalt.")
    assert ("Tobias Ederer", "Minister", "DE-BY") in found


def test_place_lands_reads_places_not_words() -> None:
    assert place_lands("Gäste aus Essen, Empfang im Rathaus Jena") == {"DE-NW", "DE-TH"}
    assert place_lands("Diese Halle ist zu klein; beim Essen wurde gelacht.") == set()


# ----------------------------------------------------------- a town's commissioner


@pytest.mark.parametrize(
    "text",
    [
        "Die städtische Integrationsbeauftragte Derya Kuhn lud zum Fest ein.",
        "Der kommunale Ausländerbeauftragte Tim Asmussen sprach in Kiel.",
    ],
)
def test_a_town_or_county_commissioner_holds_no_land_office(text: str) -> None:
    assert not any(c == "Beauftragte" for _, c, _ in holdings(text))


def test_a_land_commissioner_beside_a_town_one_stays() -> None:
    found = holdings(
        "Die städtische Integrationsbeauftragte Derya Kuhn und die Landesbeauftragte für "
        "Migration Vera Hollstein (Sachsen) sprachen."
    )
    assert ("Vera Hollstein", "Beauftragte", "DE-SN") in found
    assert not any(n == "Derya Kuhn" for n, _, _ in found)


# ----------------------------------------------------------- abbreviations and brackets


def test_the_abbreviation_sts_in_an_attendance_list() -> None:
    found = holdings("Anwesend:\nHE   StS Jörg Wendel\nTH   Ministerin Uta Brehm\n")
    assert ("Jörg Wendel", "Staatssekretaer", "DE-HE") in found


def test_a_bracketed_office_is_the_same_persons_second_office() -> None:
    found = holdings(
        "Gäste: Staatsministerin Dr. Filiz Aksoy (Beauftragte der Bundesregierung für Migration, "
        "Flüchtlinge und Integration) und Senator Bo Lindner (Bremen)."
    )
    assert ("Filiz Aksoy", "Beauftragte", "DE") in found
    assert not any(n == "Filiz Aksoy" and c == "Minister" for n, c, _ in found)
    assert ("Bo Lindner", "Senator", "DE-HB") in found


def test_a_bracket_naming_someone_elses_office_adds_none() -> None:
    found = holdings("Ministerin Uta Brehm (mit Staatssekretär Jörg Wendel) kam aus Erfurt.")
    assert not any(n == "Uta Brehm" and c == "Staatssekretaer" for n, c, _ in found)


def test_a_parliamentary_state_secretary_is_federal() -> None:
    found = holdings(
        "Bundesfamilienministerin Dr. Gesa Thorwald besuchte ein Projekt. Ihre Parlamentarische "
        "Staatssekretärin Ilka Brandes sprach im Anschluss."
    )
    assert ("Ilka Brandes", "Staatssekretaer", "DE") in found


def test_a_parliamentary_state_secretary_of_a_publishing_land_keeps_it() -> None:
    text = (
        "Pressemitteilung 12/2021 des Ministeriums für Heimat, Kommunales, Bau und Digitalisierung "
        "des Landes Nordrhein-Westfalen\n\nParlamentarischer Staatssekretär Jens Hollmann eröffnete "
        "die Tagung."
    )
    assert ("Jens Hollmann", "Staatssekretaer", "DE-NW") in holdings(text)


# ----------------------------------------------------------- roles and names apart


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Das Saarland hat eine neue Integrationsbeauftragte: Rana Haddad, bisher Leiterin "
            "einer Beratungsstelle, übernimmt das Amt im Mai.",
            ("Rana Haddad", "Beauftragte", "DE-SL"),
        ),
        (
            "Die Regierung in Hannover hat am Montag den neuen Staatssekretär im Sozialministerium "
            "präsentiert: Lukas Wendt kommt aus der Kommunalverwaltung.",
            ("Lukas Wendt", "Staatssekretaer", "DE-NI"),
        ),
    ],
)
def test_a_new_office_then_a_colon_and_its_holder(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in holdings(text)


@pytest.mark.parametrize(
    "text",
    [
        # no clause that gives the office a holder: a demand
        "Wir brauchen endlich einen neuen Integrationsbeauftragten: Rana Haddad fordert das seit Jahren.",
        # the gender disagrees: the name is someone else
        "Bayern hat einen neuen Integrationsbeauftragten: Rana Haddad vom Flüchtlingsrat ist skeptisch.",
        # a speech verb: the colon opens the minister's words
        "Die neue Sozialministerin sagte: Lukas Wendt hat recht.",
    ],
)
def test_a_colon_after_a_role_that_introduces_no_holder(text: str) -> None:
    assert not any(n in {"Rana Haddad", "Lukas Wendt"} for n, _, _ in holdings(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nach hundert Tagen im Amt zieht die sächsische Integrationsministerin eine erste "
            "Bilanz. Carla Wendtland will die Beratung ausbauen.",
            ("Carla Wendtland", "Minister", "DE-SN"),
        ),
        (
            "Der Hamburger Innensenator hat überraschend seinen Rückzug angekündigt. Nach Angaben "
            "des Senats gibt Torben Lüthje sein Amt zum Jahresende ab.",
            ("Torben Lüthje", "Senator", "DE-HH"),
        ),
    ],
)
def test_a_definite_land_office_named_in_the_next_sentence(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in holdings(text)


@pytest.mark.parametrize(
    "text",
    [
        # gender disagrees: another person
        "Der sächsische Innenminister lobte die Polizei. Carla Wendtland sieht das anders.",
        # described by another body
        "Der sächsische Innenminister lobte die Polizei. Jens Weber vom Flüchtlingsrat widersprach.",
        # the person acts on the one before
        "Der sächsische Innenminister lobte die Polizei. Jens Weber kritisierte ihn dafür.",
        # no Land: "der Minister" refers back, it introduces no one
        "Der Minister lobte die Polizei. Jens Weber widersprach.",
    ],
)
def test_the_next_sentence_names_someone_else(text: str) -> None:
    assert not any(n == "Jens Weber" or n == "Carla Wendtland" for n, _, _ in holdings(text))


def test_predecessor_of_an_office_named_in_the_next_sentence() -> None:
    found = holdings(
        "Seit März amtiert die thüringische Staatssekretärin für Migration. Olga Reimann will "
        "mehr Sprachkurse. Ihre Vorgängerin Beate Hollweg hatte andere Schwerpunkte."
    )
    assert ("Olga Reimann", "Staatssekretaer", "DE-TH") in found
    assert ("Beate Hollweg", "Staatssekretaer", "DE-TH") in found


def test_a_pronoun_subject_follows_on_the_holder_named_before() -> None:
    found = holdings(
        "Bremen hat einen neuen Staatsrat: Henrik Olsen, zuletzt Richter am Landgericht, "
        "wechselt in die Sozialbehörde. Er folgt auf Petra Jansen, die in den Ruhestand geht."
    )
    assert ("Henrik Olsen", "Staatssekretaer", "DE-HB") in found
    assert ("Petra Jansen", "Staatssekretaer", "DE-HB") in found


def test_a_pronoun_that_disagrees_follows_on_nobody() -> None:
    found = holdings(
        "Senatorin Ina Kleemann (Bremen) stellte den Bericht vor. Er folgt auf Petra Jansen."
    )
    assert not any(n == "Petra Jansen" for n, _, _ in found)


def test_a_former_holder_in_apposition_after_a_d() -> None:
    found = holdings(
        "Niedersachsens Integrationsminister a.D., Georg Lambrecht, lobte den Plan. Sein "
        "Nachfolger im Amt, Ole Brinkmann, schwieg."
    )
    assert ("Georg Lambrecht", "Minister", "DE-NI") in found
    assert ("Ole Brinkmann", "Minister", "DE-NI") in found


# ----------------------------------------------------------- coordination


def test_a_deputy_title_coordinated_with_an_office_leaves_the_office() -> None:
    found = holdings(
        "Die stellvertretende Ministerpräsidentin und Sozialministerin Brandenburgs, Ute "
        "Lehmkuhl, eröffnete die Woche."
    )
    assert ("Ute Lehmkuhl", "Minister", "DE-BB") in found
    assert not any(c == "Regierungschef" for _, c, _ in found)


def test_a_deputy_alone_holds_no_office() -> None:
    found = holdings("Der stellvertretende sächsische Ministerpräsident Tom Rehberg sprach.")
    assert not any(c == "Regierungschef" for _, c, _ in found)


def test_heads_of_government_of_two_lands_respectively() -> None:
    found = holdings(
        "Am Tisch saßen auch die Regierungschefs aus Bayern und Thüringen, Anton Gruber und "
        "Silke Rammler."
    )
    assert ("Anton Gruber", "Regierungschef", "DE-BY") in found
    assert ("Silke Rammler", "Regierungschef", "DE-TH") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mainz. Die Länder berieten. Für Sachsen war Staatssekretärin Eva Kraus angereist.",
            ("Eva Kraus", "Staatssekretaer", "DE-SN"),
        ),
        (
            "Kiel – Aus Hamburg kam Senator Jonas Wiebe, aus Bremen niemand.",
            ("Jonas Wiebe", "Senator", "DE-HH"),
        ),
    ],
)
def test_a_fronted_land_phrase_gives_the_office_its_land(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in holdings(text)


def test_an_elliptic_commissioner_after_a_named_one() -> None:
    found = holdings(
        "Die ehemalige Landesbeauftragte für Migration in Hessen, Eva Lorenz, und die amtierende "
        "Beauftragte Dana Kühn besuchten die Schule."
    )
    assert ("Dana Kühn", "Beauftragte", "DE-HE") in found


def test_a_bare_commissioner_without_one_named_before_stays_none() -> None:
    found = holdings("Die amtierende Beauftragte Dana Kühn besuchte die Schule.")
    assert not any(n == "Dana Kühn" for n, _, _ in found)


# ----------------------------------------------------------- a dateline with a colon
def test_a_colon_dateline_under_a_portal_header_places_the_story() -> None:
    text = (
        "BR24 | Oberbayern\nMünchen: Die Staatsregierung hat die Juristin Anna Lechner zur "
        "neuen Integrationsbeauftragten ernannt."
    )
    assert holdings(text) == {("Anna Lechner", "Beauftragte", "DE-BY")}
    text = "NDR Info\nKiel: Im Landtag kündigte Sozialministerin Jana Holm ein Gesetz an."
    assert holdings(text) == {("Jana Holm", "Minister", "DE-SH")}
    # a figure after a city and a colon is no dateline; nor a city label deep in the text
    assert dateline_land("Kiel: 4,2 Prozent, Lübeck: 3,9 Prozent") is None
    assert dateline_land("Bericht\n" + "Text. " * 80 + "\nKiel: Die Ministerin sprach.") is None


# ----------------------------------------------------------- Berlin as the federal government
def test_a_message_to_berlin_names_the_federal_government_not_the_land() -> None:
    text = (
        "KOMMENTAR\nMan kann der sächsischen Landesregierung manches vorwerfen. Wenn "
        "Ministerpräsident Jan Albers nun mehr Geld ankündigt, ist das ein Signal an Berlin."
    )
    assert holdings(text) == {("Jan Albers", "Regierungschef", "DE-SN")}
    text = (
        "Der sächsische Plan stößt auf Kritik aus Berlin. Ministerpräsident Jan Albers "
        "verteidigt ihn."
    )
    assert holdings(text) == {("Jan Albers", "Regierungschef", "DE-SN")}
    # Berlin as the place of the story stays a Land named
    text = "Die sächsische Delegation war in Berlin. Dort sprach Senatorin Eva Roth mit ihr."
    assert ("Eva Roth", "Senator", "DE-SN") not in holdings(text)
