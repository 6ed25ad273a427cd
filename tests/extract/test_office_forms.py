"""Office holders in forms unseen text takes (invented passages; issue 12): abbreviated titles
of attendance lists, a capital's adjective as the Land, complements with a possessive or a
second remit, offices not yet taken up, a city-state as the goal of a journey."""

from __future__ import annotations

import pytest

from intgraph.extract import extract
from intgraph.models import Document
from intgraph.resolve import resolve


def holdings(text: str) -> set[tuple[str, str, str | None]]:
    rd = resolve(extract(Document("x.txt", "x.txt", text, "0" * 64)))
    names = {p.key: p.name for p in rd.persons}
    return {(names[h.person_key], h.role_class, h.land) for h in rd.holdings}


# ------------------------------------------------------- abbreviated titles in attendance lists


def test_abbreviated_titles_on_lines_labelled_by_land() -> None:
    got = holdings(
        "Anwesend:\n"
        "SN   StMin'in Dr. Marion Quast\n"
        "BE   Sen'in Leyla Demir\n"
        "HH   StR Jan-Ole Brodersen\n"
        "RP   Min. Tanja Hilgers\n"
        "BY   MR Dr. Xaver Pfleiderer\n"
    )
    assert got == {
        ("Marion Quast", "Minister", "DE-SN"),
        ("Leyla Demir", "Senator", "DE-BE"),
        ("Jan-Ole Brodersen", "Staatssekretaer", "DE-HH"),
        ("Tanja Hilgers", "Minister", "DE-RP"),
    }  # MR (Ministerialrat) is a civil servant


def test_staatsrat_abbreviation_outside_the_city_states_is_no_office() -> None:
    # "StR" is also a teacher's rank (Studienrat): only the city-states have a Staatsrat
    assert holdings("Den Workshop leitete StR Heiko Brandl vom Gymnasium in Passau.") == set()
    assert holdings("NI   StR'in Sanne Kuipers\nNI   StS Arved Lohse\n") == {
        ("Arved Lohse", "Staatssekretaer", "DE-NI")
    }


def test_dotted_abbreviations_need_their_stop_and_a_full_name() -> None:
    # alone, without another abbreviated title near it or a Land beside it, "Min." and "Sen."
    # are anyone's (review 9, finding 7)
    assert holdings("Es sprach Min. Tanja Hilgers.") == set()
    assert holdings("Washington. Sen. Ellen Parker kritisierte die Regierung.") == set()
    assert ("Karin Probe", "Senator", "DE-HB") in holdings(
        "Am Gespräch nahmen teil: Sen. Karin Probe (HB) und Vertreter der Kommunen."
    )
    assert ("Tanja Hilgers", "Minister", "DE-RP") in holdings("RP   Min. Tanja Hilgers\n")
    # "Min." of minutes, "Sen" as a family name, "Sen." before a sentence's first word
    assert holdings("Nach 20 Min. Pause zitierte Carla Vogt den Ökonomen Amartya Sen.") == set()
    assert holdings("Das sagte schon Amartya Sen. Danach kam die Aussprache.") == set()


# ------------------------------------------------------- a capital's adjective gives the Land


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Potsdamer Sozialministerin Gesa Ilgner besuchte am Montag eine Sprachschule.",
            ("Gesa Ilgner", "Minister", "DE-BB"),
        ),
        (
            "Eingeladen hatte der Staatssekretär im Dresdner Innenministerium, Falk Rietzschel.",
            ("Falk Rietzschel", "Staatssekretaer", "DE-SN"),
        ),
        (
            "Staatssekretärin Jorinde Paulsen aus der Kieler Staatskanzlei eröffnete den Abend.",
            ("Jorinde Paulsen", "Staatssekretaer", "DE-SH"),
        ),
        (
            "Mit am Tisch saß Innenminister Bodo Wilke vom Magdeburger Innenministerium.",
            ("Bodo Wilke", "Minister", "DE-ST"),
        ),
    ],
)
def test_a_capitals_adjective_places_a_cabinet_office(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in holdings(text)


def test_a_towns_adjective_makes_a_commissioner_the_towns() -> None:
    # a town has commissioners but no ministers: "die Mainzer Integrationsbeauftragte" is the city's
    assert holdings("Die Mainzer Integrationsbeauftragte Elif Sarı lud zum Fest ein.") == set()
    assert holdings("Der Kasseler Ausländerbeauftragte Timo Raab warnte vor Kürzungen.") == set()
    # a city-state's is the Land's
    assert ("Elif Sarı", "Beauftragte", "DE-HH") in holdings(
        "Die Hamburger Integrationsbeauftragte Elif Sarı lud zum Fest ein."
    )
    # a mayor stays no office, and his city's adjective gives no minister a Land
    assert holdings(
        "Der Erfurter Oberbürgermeister Jens Kolbe und Sozialministerin Heike Taubert sprachen."
    ) == {("Heike Taubert", "Minister", None)}


# ------------------------------------------------------- complements: possessive, second remit


def test_a_possessive_genitive_complement_then_the_name() -> None:
    got = holdings(
        "Integrationsministerin Rieke Asmus (Schleswig-Holstein) traf später den "
        "Ministerpräsidenten ihres Landes, Dr. Gunnar Thiessen, in Kiel."
    )
    assert ("Gunnar Thiessen", "Regierungschef", "DE-SH") in got
    got = holdings("Der Staatssekretär seines Hauses, Leon Wirth, kündigte ein Gesetz an.")
    assert ("Leon Wirth", "Staatssekretaer", None) in got


def test_a_second_remit_after_a_comma_stays_in_the_complement() -> None:
    got = holdings(
        "Die hessische Ministerin für Soziales, für Familie und Integration, Marit Kloos "
        "(SPD), stellte den Bericht vor."
    )
    assert got == {("Marit Kloos", "Minister", "DE-HE")}
    # a comma before a name ends the complement as before
    assert ("Ole Brandt", "Senator", "DE-HB") in holdings(
        "Der Bremer Senator für Inneres, Ole Brandt, widersprach."
    )


# ------------------------------------------------------- offices not yet taken up


def test_a_designated_or_future_holder_holds_no_office_yet() -> None:
    assert holdings("Die designierte Sozialministerin Pia Grundmann will im Mai anfangen.") == set()
    assert holdings("Der künftige sächsische Staatssekretär Rolf Adam stellte sich vor.") == set()
    assert holdings(
        "Die angehende Senatorin Nuray Yilmaz wird am Donnerstag vereidigt. Bis dahin amtiert "
        "Staatsrat Eike Jensen (Bremen)."
    ) == {("Eike Jensen", "Staatssekretaer", "DE-HB")}
    # "neue" is in office
    assert ("Pia Grundmann", "Minister", None) in holdings(
        "Die neue Sozialministerin Pia Grundmann hat ihr Amt angetreten."
    )


# ------------------------------------------------------- a city-state as a journey's goal


def test_a_city_state_as_the_goal_of_a_journey_gives_no_land() -> None:
    got = holdings(
        "Schwerin. Ministerpräsident Arne Kohlhaas reist am Abend zur MPK nach Berlin. "
        "Sozialministerin Lene Voss vertritt ihn."
    )
    assert got == {
        ("Arne Kohlhaas", "Regierungschef", "DE-MV"),
        ("Lene Voss", "Minister", "DE-MV"),
    }
    # Berlin named as the text's subject stays the Land
    assert ("Lene Voss", "Senator", "DE-BE") in holdings(
        "Integration in Berlin: Sozialsenatorin Lene Voss legt den Bericht vor."
    )


def test_the_one_land_named_later_counts_where_the_texts_places_lie_in_it() -> None:
    got = holdings(
        "Debatte im Landtag in Magdeburg\n\nInnenministerin Katrin Lühr eröffnete die "
        "Aussprache. Später sprach Sachsen-Anhalts Integrationsbeauftragte Sofia Brandt."
    )
    assert ("Katrin Lühr", "Minister", "DE-ST") in got
    # places in another Land than the one named: no Land for the minister
    got = holdings(
        "Besuch in Kassel\n\nInnenministerin Katrin Lühr eröffnete die Aussprache. Später "
        "sprach Sachsen-Anhalts Integrationsbeauftragte Sofia Brandt."
    )
    assert ("Katrin Lühr", "Minister", None) in got


# ------------------------------------------------------- an apposition moved to the sentence's end


def test_an_apposition_after_the_verb_describes_the_last_person_named() -> None:
    got = holdings(
        "Den Bericht nahm am Montag Staatsministerin Leonie Brack entgegen, die Beauftragte "
        "der Bundesregierung für Migration, Flüchtlinge und Integration."
    )
    assert got == {("Leonie Brack", "Beauftragte", "DE")}  # the federal rank: Beauftragte only
    got = holdings(
        "Die Urkunden überreichte der Landrat an Timo Gerber, den ich lange kenne, und an "
        "Ruben Falk, der Staatssekretär im Ministerium für Soziales des Saarlandes."
    )
    assert ("Ruben Falk", "Staatssekretaer", "DE-SL") in got


def test_a_relative_clause_or_a_disagreeing_article_is_no_apposition() -> None:
    # "die" opens a relative clause: the role is its object
    assert (
        holdings(
            "Den Preis überreichte Jonas Weber an Anna Roth, die Integrationsbeauftragte des "
            "Landes Bremen kritisiert hatte."
        )
        == set()
    )
    # "der Minister …" cannot describe the woman named last
    assert (
        holdings(
            "Die Gäste begrüßte am Abend Carla Vogt im Schloss, der Minister für Inneres des "
            "Landes Hessen."
        )
        == set()
    )


# ------------------------------------------------------- the speaker's predecessors in an office


def test_the_speaker_naming_their_predecessors_in_an_office_held_it() -> None:
    got = holdings(
        "„Meine Vorgänger als sächsischer Ausländerbeauftragter haben viel erreicht“, sagte "
        "Jens Uhlig zum Abschied."
    )
    assert got == {("Jens Uhlig", "Beauftragte", "DE-SN")}
    got = holdings(
        "„Meine Nachfolgerin als Staatssekretärin wird es nicht leicht haben“, sagte Mareike "
        "Holst am Freitag in Potsdam."
    )
    assert ("Mareike Holst", "Staatssekretaer", "DE-BB") in got


def test_another_persons_office_named_by_the_speaker_is_not_theirs() -> None:
    assert holdings("„Ihre Vorgängerin als Ministerin war beliebt“, sagte Jonas Weber.") == set()
    assert (
        holdings(
            "„Meine Kollegin als Ministerin zu unterstützen, ist mir wichtig“, sagte Jonas Weber."
        )
        == set()
    )


# ------------------------------------------------------- an interview's addressee


def test_the_addressee_of_an_interview_question_holds_the_role_stated() -> None:
    got = holdings(
        "Frage: Herr Dr. Wendt, Sie waren bis 2019 Staatssekretär im Sozialministerium in "
        "Mainz. Vermissen Sie das Amt?\n\nWendt: Manchmal."
    )
    assert got == {("Wendt", "Staatssekretaer", "DE-RP")}
    got = holdings(
        "Frau Okafor, Sie sind seit März die neue Integrationsbeauftragte der Landesregierung "
        "Sachsen-Anhalt. Was haben Sie vor?\n\nOkafor: Zuhören.\n\nIhre Vorgängerin Ulla Kreß "
        "hat das Amt 2015 aufgebaut. Was übernehmen Sie?"
    )
    assert got == {
        ("Okafor", "Beauftragte", "DE-ST"),
        ("Ulla Kreß", "Beauftragte", "DE-ST"),  # a former holder of the addressee's office
    }


def test_an_address_without_a_role_or_by_the_role_gives_no_office() -> None:
    assert holdings("Herr Minister, Sie sind seit 2020 im Amt. Was bleibt?") == set()
    assert (
        holdings("Frau Kaya, Sie sind Juristin und kennen die Integrationsbeauftragte gut.")
        == set()
    )


def test_an_address_with_a_span_of_time_before_the_role() -> None:
    got = holdings(
        "Herr Brandt, Sie sind seit gut zwei Jahren Innenminister in Hessen. Was hat sich "
        "geändert?\n\nBrandt: Vieles."
    )
    assert got == {("Brandt", "Minister", "DE-HE")}
    assert ("Demir", "Beauftragte", "DE-BW") in holdings(
        "Frau Demir, Sie sind seit einem Jahr Landesbeauftragte für Integration in "
        "Baden-Württemberg. Was hat Sie überrascht?"
    )
    # a membership, not an office
    assert (
        holdings(
            "Herr Brandt, Sie sind seit zwei Jahren Mitglied im Beirat der Integrationsministerin."
        )
        == set()
    )


# ------------------------------------------------------- a head of government's own minister


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kiel (dpa) – Ministerpräsident Malte Harms hat seinem Sozialminister den Rücken "
            "gestärkt. Jan Petersen mache eine gute Arbeit, sagte Harms.",
            ("Jan Petersen", "Minister", "DE-SH"),
        ),
        (
            "Erfurt (dpa) – Regierungschefin Dana Wolf verteidigte ihre Integrationsministerin "
            "gegen die Kritik der Kommunen. Ilka Sommer habe alles richtig gemacht, sagte Wolf.",
            ("Ilka Sommer", "Minister", "DE-TH"),
        ),
        (
            "Der sächsische Ministerpräsident Olaf Kretz will seinen Staatssekretär für "
            "Integration halten. Bernd Riedel solle bleiben, hieß es in Dresden.",
            ("Bernd Riedel", "Staatssekretaer", "DE-SN"),
        ),
    ],
)
def test_a_heads_of_government_minister_named_in_the_next_sentence(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in holdings(text)


def test_no_cabinet_member_without_a_head_of_government_or_a_subject_name() -> None:
    # the possessive of a member of parliament
    assert (
        holdings(
            "Kiel (dpa) – Die Abgeordnete Uta Berg kritisierte ihren Staatssekretär. Jan Petersen "
            "schwieg."
        )
        == set()
    )
    # the next sentence's person described by another function, or set against the one before
    for second in ("Oppositionsführer Jan Petersen jubelte.", "Jan Petersen sieht das anders."):
        got = holdings(
            "Kiel (dpa) – Ministerpräsident Malte Harms hat seinen Sozialminister kritisiert. "
            + second
        )
        assert got == {("Malte Harms", "Regierungschef", "DE-SH")}


# ------------------------------------------------------- a pronoun pointing forward to the name


def test_a_pronoun_subject_of_a_copula_points_forward_past_a_dash_or_a_colon() -> None:
    got = holdings(
        "Erfurt. Sie war acht Jahre lang Integrationsbeauftragte des Freistaats Thüringen – "
        "jetzt verabschiedet sich Gudrun Wellner in den Ruhestand."
    )
    assert ("Gudrun Wellner", "Beauftragte", "DE-TH") in got
    got = holdings(
        "Er ist Minister für Arbeit und zugleich Beauftragter für Integration in Hessen: "
        "Jonas Treber über seine Doppelrolle."
    )
    assert {("Jonas Treber", "Minister", "DE-HE"), ("Jonas Treber", "Beauftragte", "DE-HE")} <= got


def test_a_forward_pronoun_does_not_reach_a_speaker_or_a_person_of_the_other_gender() -> None:
    assert holdings("Er ist Minister für Soziales in Hessen – sagt Anna Beispiel.") == set()
    assert holdings("Er war Minister in Hessen – nun kommt Anna Beispiel.") == set()
    # another clause before the name: no pointer
    assert holdings("Sie war Ministerin in Hessen, dann kam Anna Beispiel.") == set()


# ------------------------------------------------------- a signed letter or foreword


def test_the_writer_of_a_signed_foreword_holds_the_role_they_give_themself() -> None:
    text = (
        "Grußwort\nLiebe Leserinnen und Leser,\nals Beauftragter für Integration des Landes "
        "Hessen lade ich Sie herzlich ein.\nAnna Beispiel hatte die Reihe als meine Vorgängerin "
        "begründet.\n\nMit freundlichen Grüßen\nJonas Treber\n"
    )
    got = holdings(text)
    assert ("Jonas Treber", "Beauftragte", "DE-HE") in got
    assert ("Anna Beispiel", "Beauftragte", "DE-HE") in got
    # another's office after "als": no role of the writer's
    text = "Liebe Leserinnen und Leser,\nmeine Kollegin als Ministerin lud mich ein.\nIhr\nJonas Treber\n"
    assert holdings(text) == set()
    # no closing formula above the name: no writer
    text = "Liebe Leserinnen und Leser,\nals Beauftragter des Landes Hessen lade ich Sie ein.\n"
    assert holdings(text) == set()


def test_a_complement_goes_on_after_a_word_broken_at_the_lines_end() -> None:
    text = (
        "Liebe Leserinnen und Leser,\nals Ministerin für Justiz und Ver-\nbraucherschutz des "
        "Freistaats Thüringen grüße ich Sie.\nIhre\nDr. Karin Beispiel\n"
    )
    assert holdings(text) == {("Karin Beispiel", "Minister", "DE-TH")}


def test_the_buergermeister_in_a_release_of_bremens_senate_heads_its_government() -> None:
    text = (
        "Senatspressestelle Bremen | 02.05.2024\nDie Senatorin für Soziales dankte "
        "Bürgermeister Andreas Beispiel für die Unterstützung.\n"
    )
    assert ("Andreas Beispiel", "Regierungschef", "DE-HB") in holdings(text)
    # a town's mayor named with the town, and a Bürgermeister outside Bremen's Senate
    text = (
        "Senatspressestelle Bremen | 02.05.2024\nDie Senatorin traf Bürgermeister Jan "
        "Beispiel von Bremerhaven.\n"
    )
    assert not any(r == "Regierungschef" for _, r, _ in holdings(text))
    assert (
        holdings("Stadt Fürth | 02.05.2024\nDie Ministerin traf Bürgermeister Jan Beispiel.\n")
        == set()
    )
