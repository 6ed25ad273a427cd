"""Document facts, office holders and IntMK sessions read from the grammar of their genre
(session 12; invented passages, each rule with passages of different wording and hard
negatives): a portal's header line with a Land or a web address before the body, a
government body's social-media account, the answer to a parliamentary question and its
Drucksache date."""

from __future__ import annotations

import pytest

from intgraph.extract import extract
from intgraph.extract.sessions import find_sessions
from intgraph.language.text import TextIndex
from intgraph.models import Document
from intgraph.resolve import resolve


def _extract(text: str):
    return extract(Document("x.txt", "x.txt", text, "0" * 64))


def facts(text: str) -> tuple[str | None, str | None]:
    f = _extract(text).facts
    return f.date, f.publisher_land


# ---------------------------------------------------------------- portal header lines


@pytest.mark.parametrize(
    ("text", "land"),
    [
        (
            "Rheinland-Pfalz – Ministerium für Familie, Frauen, Kultur und Integration\n"
            "Pressemeldung | 03.05.2022\n\nNeue Beratungsstellen für Geflüchtete\nDas Land "
            "stellt zwei Millionen Euro bereit.",
            "DE-RP",
        ),
        (
            "Hamburg.de – Behörde für Arbeit, Gesundheit, Soziales, Familie und Integration\n\n"
            "Mehr Plätze in Sprachkursen\nDie Stadt erweitert das Angebot.",
            "DE-HH",
        ),
        (
            "Thüringen - Staatskanzlei\n\nLand unterstützt Kommunen bei der Unterbringung\n"
            "Weitere Mittel fließen ab dem Sommer.",
            "DE-TH",
        ),
    ],
)
def test_a_portals_header_line_names_the_site_and_the_body(text: str, land: str) -> None:
    assert facts(text)[1] == land


@pytest.mark.parametrize(
    "text",
    [
        # a town's dateline before a body named in the news: no portal line
        "Stuttgart – Ministerium für Soziales meldet mehr Anträge\nDie Zahl der Anträge "
        "auf Einbürgerung ist gestiegen, berichtet der Südwest-Anzeiger.",
        # a headline whose head is a topic, not a site
        "Integration heute – Ministerium für Arbeit lädt zum Dialog\nDer Verein Brücken e. V. "
        "berichtet über eine Veranstaltung.",
    ],
)
def test_no_portal_line_from_a_town_or_a_topic(text: str) -> None:
    assert facts(text)[1] is None


# ---------------------------------------------------------------- social-media accounts


@pytest.mark.parametrize(
    ("text", "land"),
    [
        (
            "Staatskanzlei RP @stk_rlp\nDie Ministerpräsidentin begrüßt die Gäste zum "
            "Integrationsgipfel.\n09:12 · 14.06.21",
            "DE-RP",
        ),
        (
            "Sozialministerium @Sozialministerium_Hessen · 3. Mai 2024\nHeute startet unsere "
            "neue Kampagne für Willkommenskultur.",
            "DE-HE",
        ),
        (
            "Landesregierung BB @landesregierung_bb\nUnser Kabinett hat heute das "
            "Integrationskonzept beschlossen.",
            "DE-BB",
        ),
    ],
)
def test_a_government_bodys_account_is_the_publisher(text: str, land: str) -> None:
    assert facts(text)[1] == land


def test_an_account_that_is_no_government_body_names_no_publisher() -> None:
    text = (
        "Flüchtlingsrat Sachsen @fluechtlingsrat_sn\nWir fordern vom Ministerium mehr "
        "Unterstützung für die Kommunen.\n10:31 · 02.02.24"
    )
    assert facts(text)[1] is None


# ---------------------------------------------------------------- parliamentary replies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "NIEDERSÄCHSISCHER LANDTAG                                   Drucksache 19/4410\n"
            "19. Wahlperiode                                                 02.10.2024\n\n"
            "Kleine Anfrage zur kurzfristigen schriftlichen Beantwortung\nder Abgeordneten "
            "Petra Lüdtke (CDU) vom 10.09.2024\n\nAntwort des Niedersächsischen Ministeriums "
            "für Soziales, Arbeit, Gesundheit und Gleichstellung\n\nVorbemerkung: ...",
            ("2024-10-02", "DE-NI"),
        ),
        (
            "LANDTAG NORDRHEIN-WESTFALEN                               Drucksache 18/9021\n"
            "18. Wahlperiode                                                 17.04.2024\n\n"
            "Antwort\nder Landesregierung\nauf die Kleine Anfrage 3310 vom 11. März 2024\n"
            "des Abgeordneten Kai Brenner SPD",
            ("2024-04-17", "DE-NW"),
        ),
        (
            "Landtag von Baden-Württemberg                               Drucksache 17/5512\n"
            "17. Wahlperiode                                                 28.09.2023\n\n"
            "Kleine Anfrage des Abg. Timo Lehr FDP/DVP\nund\nAntwort\ndes Ministeriums für "
            "Soziales, Gesundheit und Integration\n\nSprachförderung in Kitas",
            ("2023-09-28", "DE-BW"),
        ),
    ],
)
def test_a_reply_to_a_question_is_the_answering_governments(text: str, expected: tuple) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the parliament's protocol: the Landtag issues it, no Land government
        "Landtag Brandenburg – 8. Wahlperiode – 14. Sitzung – 20.03.2025\n\nPräsident: Das "
        "Wort hat die Ministerin.\nMinisterin Kerstin Ahlgren: Die Kommunen brauchen Planungs"
        "sicherheit.",
        # an answer in the questions' list, not the answering body
        "Kleine Anfrage der Abgeordneten Lisa Marx\nFrage 1: Wie viele Kurse gibt es?\n"
        "Antwort: Es gibt derzeit zwölf Kurse.",
    ],
)
def test_no_publisher_from_a_protocol_or_an_answer_label(text: str) -> None:
    assert facts(text)[1] is None


def test_the_questions_date_is_not_the_replys() -> None:
    text = (
        "Kleine Anfrage des Abgeordneten Udo Sommer vom 04.02.2025\n\nAntwort der "
        "Landesregierung\n\nDie Landesregierung beantwortet die Anfrage wie folgt."
    )
    assert facts(text)[0] is None


def test_a_reply_in_a_news_story_is_no_reply_document() -> None:
    text = (
        "Weniger Kurse als geplant\n\nAntwort der niedersächsischen Landesregierung überrascht\n"
        "Hannover. Die Träger der Sprachkurse in Niedersachsen zeigen sich enttäuscht, "
        "schreibt die Leine-Zeitung."
    )
    assert facts(text)[1] is None


# ---------------------------------------------------------------- sessions


def sessions(text: str, doc_date: str) -> list[tuple[int | None, int | None, str | None]]:
    found, _ = find_sessions(TextIndex(text), int(doc_date[:4]), doc_date)
    return [(s.number, s.year, s.place) for s in found]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Die Integrationsministerkonferenz tagt jedes Frühjahr in einem anderen Land. Sie "
            "tagte bereits in Hannover, Potsdam und Saarbrücken.",
            {"Hannover", "Potsdam", "Saarbrücken"},
        ),
        (
            "Seit 2007 gibt es die Konferenz der Integrationsminister. Die Runde traf sich "
            "unter anderem in Schwerin, Magdeburg sowie in Wiesbaden.",
            {"Schwerin", "Magdeburg", "Wiesbaden"},
        ),
    ],
)
def test_a_pronoun_takes_up_the_body_of_the_sentence_before(text: str, places: set) -> None:
    assert places <= {p for _, _, p in sessions(text, "2024-05-02")}


@pytest.mark.parametrize(
    "text",
    [
        # the sentence before names another body: "Sie" is that body
        "Die Innenministerkonferenz berät über Abschiebungen; zur IntMK gibt es keine "
        "Termine. Die IMK ist älter. Sie tagte schon in Hannover, Potsdam und Saarbrücken.",
        # "Sie" is a minister, the body is not named before
        "Die Integrationsministerin besuchte viele Projekte der Integrationsministerkonferenz-"
        "Länder. Sie war schon in Hannover, Potsdam und Saarbrücken zu Gast.",
    ],
)
def test_no_place_list_without_the_body_taken_up(text: str) -> None:
    assert not {p for _, _, p in sessions(text, "2024-05-02")} & {"Hannover", "Potsdam"}


def test_hashtags_read_as_their_words() -> None:
    text = "Heute beginnt die 21. #IntMK in #Schwerin. Wir freuen uns auf die Gäste!"
    assert any(n == 21 and p == "Schwerin" for n, _, p in sessions(text, "2026-04-22"))
    # a hashtag's sign before a number is no tag: "#3" stays as written
    assert sessions("Platz #3 der Themen: Wohnen.", "2026-04-22") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die 17. Integrationsministerkonferenz ist in Hamburg zu Ende gegangen. Schon im "
            "Vorjahr in Mainz hatte es Streit um die Finanzierung gegeben.",
            (None, 2021, "Mainz"),
        ),
        (
            "Die Integrationsministerkonferenz hat ihre Beratungen beendet. Im vergangenen "
            "Jahr in Dresden war das Thema noch vertagt worden.",
            (None, 2021, "Dresden"),
        ),
    ],
)
def test_an_earlier_session_told_right_after_the_body(text: str, expected: tuple) -> None:
    assert expected in sessions(text, "2022-04-29")


def test_no_earlier_session_of_another_body_or_without_the_body_before() -> None:
    text = (
        "Die Integrationsministerkonferenz ist zu Ende. Im Vorjahr in Mainz hatte der "
        "Bundesrat über das Gesetz beraten."
    )
    assert all(p != "Mainz" for _, _, p in sessions(text, "2022-04-29"))
    text = (
        "Der Landkreis stellt seine Integrationsarbeit vor. Im Vorjahr in Mainz war das "
        "Projekt ausgezeichnet worden. Die IntMK hat davon nichts gehört."
    )
    assert all(p != "Mainz" for _, _, p in sessions(text, "2022-04-29"))


@pytest.mark.parametrize(
    "text",
    [
        "Am 1. Oktober geht der Vorsitz der Integrationsministerkonferenz von Sachsen an "
        "Thüringen über.",
        "Mit dem Jahreswechsel ging der Vorsitz der IntMK an Bremen; Termine nennt der Senat "
        "noch nicht.",
    ],
)
def test_a_chair_handover_alone_gives_no_session(text: str) -> None:
    assert sessions(text, "2025-09-25") == []


def test_a_persons_doings_right_after_the_body_are_no_earlier_session() -> None:
    text = (
        "Die 17. Integrationsministerkonferenz ist in Hamburg zu Ende gegangen. Im Vorjahr "
        "in Mainz hatte der Minister sein Amt übernommen."
    )
    assert all(p != "Mainz" for _, _, p in sessions(text, "2022-04-29"))


# ---------------------------------------------------------------- persons


def holdings(text: str) -> set[tuple[str, str, str | None]]:
    rd = resolve(_extract(text))
    names = {p.key: p.name for p in rd.persons}
    return {(names[h.person_key], h.role_class, h.land) for h in rd.holdings}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Integrationsbeauftragte der Landesregierung, Dr. Nasrin Ebadi-Lorenz, stellte "
            "den Jahresbericht vor.",
            ("Nasrin Ebadi-Lorenz", "Beauftragte"),
        ),
        (
            "Sozialministerin Oyelaran Brückner-Haas eröffnete die Fachtagung in Kiel.",
            ("Oyelaran Brückner-Haas", "Minister"),
        ),
    ],
)
def test_an_unlisted_given_name_before_a_double_barrelled_family_name(
    text: str, expected: tuple
) -> None:
    assert expected in {(o.person.name, o.role_class) for o in _extract(text).offices}


def test_a_listed_double_given_name_stays_a_given_name() -> None:
    text = "Staatssekretärin Marie-Luise Kallweit besuchte die Sprachschule."
    assert ("Marie-Luise Kallweit", "Staatssekretaer") in {
        (o.person.name, o.role_class) for o in _extract(text).offices
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Integrationsbeauftragte der Landesregierung, Herr Okonkwo, und die Ministerin "
            "besuchten das Begegnungszentrum.",
            ("Okonkwo", "Beauftragte"),
        ),
        (
            "Die Ministerin für Soziales und Integration Frau Lindqvist erläuterte die Zahlen.",
            ("Lindqvist", "Minister"),
        ),
        (
            "Staatssekretär im Innenministerium, Herr Dr. Pahlke, antwortete für die "
            "Landesregierung.",
            ("Pahlke", "Staatssekretaer"),
        ),
    ],
)
def test_a_form_of_address_opens_the_holders_family_name(text: str, expected: tuple) -> None:
    assert expected in {(o.person.name, o.role_class) for o in _extract(text).offices}


@pytest.mark.parametrize(
    "text",
    [
        # the form of address before a role noun is no name
        "Die Ministerin für Soziales, Frau Präsidentin, meine Damen und Herren, dankt allen.",
        # "Frau" and a common noun
        "Die Beauftragte der Landesregierung, Frau Gesundheit, ist eine Kunstfigur des Theaters.",
    ],
)
def test_a_form_of_address_before_no_name(text: str) -> None:
    assert {o.person.family for o in _extract(text).offices} & {
        "Präsidentin",
        "Gesundheit",
    } == set()


def test_the_bare_rank_of_a_holder_named_with_a_land_is_that_holding() -> None:
    text = (
        "Landtag Rheinland-Pfalz – 18. Wahlperiode – 40. Plenarsitzung – 12.10.2023\n\n"
        "Präsident: Das Wort hat Herr Staatsminister Brettschneider.\nHannes Brettschneider, "
        "Minister für Arbeit, Soziales und Integration:\nDie Kommunen erhalten mehr Geld."
    )
    found = holdings(text)
    assert ("Hannes Brettschneider", "Minister", "DE-RP") in found
    assert ("Hannes Brettschneider", "Minister", None) not in found


def test_the_bare_rank_alone_keeps_no_land() -> None:
    text = "Mainz. Zum Festakt sprach auch Staatsminister Hannes Brettschneider."
    assert ("Hannes Brettschneider", "Minister", "DE-RP") not in holdings(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "„Sprache ist der Schlüssel“\nDie sächsische Integrationsministerin im Gespräch "
            "mit der Elbtal-Rundschau\n\nFrau Okafor-Lenz, wie viele Kursplätze fehlen?\n"
            "Adaeze Okafor-Lenz: Rund zweitausend, schätzen wir.\nUnd die Wartezeiten?\n"
            "Okafor-Lenz: Die werden kürzer.",
            ("Adaeze Okafor-Lenz", "Minister", "DE-SN"),
        ),
        (
            "Zwischen Anspruch und Wirklichkeit\nDer Integrationsbeauftragte des Landes Hessen "
            "im Interview\n\nFrage: Herr Dr. Vukovic, was hat sich seit Ihrem Amtsantritt "
            "verändert?\nMarko Vukovic: Die Beratung ist näher an den Menschen.",
            ("Marko Vukovic", "Beauftragte", "DE-HE"),
        ),
    ],
)
def test_an_interviews_subtitle_gives_the_addressed_persons_office(
    text: str, expected: tuple
) -> None:
    assert expected in holdings(text)


@pytest.mark.parametrize(
    "text",
    [
        # the subtitle names the office, but the questions address no one by name
        "Klare Worte\nDie Integrationsministerin im Gespräch mit Schülerinnen\n\nWie war der "
        "Besuch? Frau Lehmann, die Lehrerin, war zufrieden.",
        # the subtitle names no office: the addressed person holds none here
        "Nachgefragt\nEine Kursleiterin im Gespräch\n\nFrau Pohlmann, wie läuft der Kurs?\n"
        "Jana Pohlmann: Gut, aber die Gruppen sind groß.",
    ],
)
def test_no_interviewees_office_without_subtitle_office_and_address(text: str) -> None:
    assert {f for f, _, _ in holdings(text)} & {"Lehmann", "Jana Pohlmann", "Pohlmann"} == set()


# ---------------------------------------------------------------- set 12's office rows


@pytest.mark.parametrize(
    ("text", "land"),
    [
        (
            "Freistaat Thüringen\nMinisterium für Soziales, Integration und Gleichstellung\n"
            "Medieninformation · Erfurt, 04.06.2024\n\nNeue Stellen für die Beratung",
            "DE-TH",
        ),
        (
            "Land Brandenburg\nMinisterium für Soziales, Gesundheit und Integration\n\n"
            "Pressemitteilung vom 02.05.2023",
            "DE-BB",
        ),
    ],
)
def test_a_land_line_above_the_ministrys_letterhead(text: str, land: str) -> None:
    assert facts(text)[1] == land


def test_a_headline_line_above_a_letterhead_is_no_land_line() -> None:
    # the line above names a Land among other words: not the Land's header
    text = (
        "Neue Wege für Thüringen und Sachsen\nMinisterium für Soziales, Integration und "
        "Gleichstellung\n\nPressemitteilung vom 02.05.2023\nDie Ministerin aus Schleswig-"
        "Holstein besuchte Schleswig-Holstein, Kiel und Lübeck."
    )
    assert facts(text)[1] != "DE-TH"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gastgeber Malte Ruhnau, Innenminister Schleswig-Holsteins, eröffnete die Sitzung.",
            ("Malte Ruhnau", "Minister", "DE-SH"),
        ),
        (
            "Ländervertreterin Sevgi Brandes, Sachsens Staatssekretärin für Integration, "
            "berichtete.",
            ("Sevgi Brandes", "Staatssekretaer", "DE-SN"),
        ),
    ],
)
def test_a_noun_before_the_given_name_of_an_apposition_is_no_name(
    text: str, expected: tuple
) -> None:
    assert expected in holdings(text)


def test_a_family_name_like_a_regions_demonym_before_a_bracket() -> None:
    text = "Jens Sauerländer (SPD), Niedersachsens Innenminister, stellte die Zahlen vor."
    assert ("Jens Sauerländer", "Minister", "DE-NI") in holdings(text)
    # before a noun it qualifies, the demonym stays an adjective
    text = "Die Sauerländer Kommunen, Niedersachsens Innenminister zufolge, sind überlastet."
    assert all(name != "Sauerländer" for name, _, _ in holdings(text))


def test_the_bare_staatsminister_under_the_federal_commissioners_letterhead() -> None:
    text = (
        "Die Beauftragte der Bundesregierung für Migration, Flüchtlinge und Integration\n"
        "Pressemitteilung · Berlin, 12.09.2024\n\nStaatsministerin Merve Albrecht-Sahin "
        "eröffnete die Fachkonferenz zur Einbürgerung."
    )
    assert ("Merve Albrecht-Sahin", "Beauftragte", "DE") in holdings(text)
    assert ("Merve Albrecht-Sahin", "Minister", None) not in holdings(text)


def test_two_staatsminister_under_the_commissioners_letterhead_stay_as_written() -> None:
    # which of the two is the commissioner the text does not say
    text = (
        "Die Beauftragte der Bundesregierung für Migration, Flüchtlinge und Integration\n"
        "Pressemitteilung · Berlin, 12.09.2024\n\nStaatsministerin Merve Albrecht-Sahin und "
        "Staatsminister Paul Odenthal besuchten das Museum."
    )
    assert not {h for h in holdings(text) if h[1] == "Beauftragte"}


def test_a_dateline_before_a_quotation_places_the_story() -> None:
    text = (
        "NORDSEE-KURIER · Freitag, 9. Mai 2025\n\nFlensburg. „Wir brauchen mehr Lehrkräfte“: "
        "Mit diesen Worten eröffnete Bildungsministerin Karin Vosgerau die Tagung. Ein "
        "Antrag Berlins und Hamburgs scheiterte."
    )
    assert ("Karin Vosgerau", "Minister", "DE-SH") in holdings(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Schleswig-Holsteinischer Landtag – Plenarprotokoll 20/77 – Fragestunde\n\n"
            "Präsident: Das Wort hat die Ministerin, Frau Dr. Wiebke Carstensen.\nDr. Wiebke "
            "Carstensen, Ministerin für Soziales und Integration:\nMit Hamburg und Bayern "
            "haben wir gesprochen.",
            ("Wiebke Carstensen", "Minister", "DE-SH"),
        ),
        (
            "THÜRINGER LANDTAG – 7. Wahlperiode – Plenarprotokoll 7/120\n\nStaatssekretär "
            "Olaf Heinemann: Sachsen und Hessen sehen das ähnlich, Bayern nicht.",
            ("Olaf Heinemann", "Staatssekretaer", "DE-TH"),
        ),
    ],
)
def test_a_parliaments_heading_gives_its_governments_members_their_land(
    text: str, expected: tuple
) -> None:
    assert expected in holdings(text)


def test_a_parliaments_heading_leaves_an_office_that_names_its_land() -> None:
    text = (
        "Landtag Brandenburg – 8. Wahlperiode – Plenarprotokoll 8/14\n\nAbgeordnete Lisa "
        "Marx: Die bayerische Innenministerin Karla Seidl hat das anders gesehen."
    )
    assert ("Karla Seidl", "Minister", "DE-BY") in holdings(text)
