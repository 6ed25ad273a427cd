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
        "In der Debatte las die Abgeordnete Maren Tews aus dem Regierungsprogramm vor: "
        "„Sprache öffnet Türen.“",
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
            "»Ohne die Landkreise schaffen wir das nicht«, sagte der Minister für Arbeit, "
            "Soziales und Integration, Ole Brandstätter, vor der Presse.",
            "Ole Brandstätter",
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


# ---------------------------------------------------------------- session 10, second increment


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a line that stops on a function word continues on the next one, even beside a long line
        (
            "Land fördert Kurse\nSozialministerin Dr. Franziska von der\nHeydt hat heute in "
            "München die landesweite Offensive für Sprachkurse und Jobbegleitung in allen "
            "Regierungsbezirken vorgestellt.",
            ("Franziska von der Heydt", "Minister"),
        ),
        (
            "– 4 –\nNach der Rede der Staatssekretärin im Ministerium für\nInneres und Sport "
            "Niedersachsen, Dr. Carla Quast, stellten die Kommunen und die Verbände ihre Konzepte "
            "für das kommende Jahr vor.",
            ("Carla Quast", "Staatssekretaer"),
        ),
        (
            "Begrüßt wurden die Gäste von\nMinister Tarek Vogel. Danach sprachen die Vertreter der "
            "Landkreise und der kreisfreien Städte über die Lage in den Unterkünften.",
            ("Tarek Vogel", "Minister"),
        ),
    ],
)
def test_a_line_open_on_a_function_word_continues(text: str, expected: tuple) -> None:
    assert expected in offices(text)


def test_a_line_ending_in_a_content_word_stays_a_line() -> None:
    # a list: each line its own item, a name on one line is not the next line's role's
    text = "Teilnehmende\nMinisterin Ute Kranz\nLandrat Jens Bauer"
    assert ("Jens Bauer", "Minister") not in offices(text)


def test_a_nobiliary_particle_after_a_given_name_opens_the_family_name() -> None:
    assert ("Karl-Heinz van den Berg", "Staatssekretaer") in offices(
        "Neuer Staatssekretär ist Karl-Heinz van den Berg."
    )
    # "vom" after a full name is an affiliation, not a particle of the name
    assert speakers(
        "Preisträgerin Hatice Yurt vom Verein Brücke antwortete: „Wir tun das gern.“"
    ) == {"Hatice Yurt"}


@pytest.mark.parametrize(
    "text",
    [
        "Teilnehmende:\nKatrin Möll, Ministerin für Soziales, Gesundheit und Sport Sachsen\n"
        "Jannis Lühr, Staatsrat, Behörde für Arbeit Hamburg",
        "Anwesend:\nKatrin Möll, Ministerin für Soziales\nJannis Lühr, Staatsrat",
    ],
)
def test_a_list_lines_role_belongs_to_the_name_before_it(text: str) -> None:
    got = offices(text)
    assert ("Katrin Möll", "Minister") in got
    assert ("Jannis Lühr", "Minister") not in got


def test_a_role_at_a_line_end_still_takes_the_name_on_the_next_line() -> None:
    assert ("Katrin Möll", "Minister") in offices(
        "Es sprach die Ministerin für Soziales,\nKatrin Möll, zur Lage."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Staatsministerin Aylin Korte, zuständig für Migration, Flüchtlinge und Integration, "
            "forderte mehr Kurse.",
            ("Aylin Korte", "Beauftragte", "DE"),
        ),
        (
            "Auch Staatsministerin Aylin Korte (SPD), für Migration, Flüchtlinge und Integration "
            "zuständig, war gekommen.",
            ("Aylin Korte", "Beauftragte", "DE"),
        ),
        (
            "Berlin. Die Integrationsbeauftragte des Bundes, Aylin Korte, kritisierte die Kürzungen.",
            ("Aylin Korte", "Beauftragte", "DE"),
        ),
    ],
)
def test_the_federal_commissioner_by_her_remit_or_des_bundes(text: str, expected: tuple) -> None:
    got = holdings(text)
    assert expected in got
    assert ("Aylin Korte", "Minister", None) not in got


def test_a_bare_staatsministerin_stays_minister() -> None:
    got = holdings("Staatsministerin Aylin Korte, zuständig für Digitales, eröffnete die Messe.")
    assert not any(cls == "Beauftragte" for _, cls, _ in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hamburg. Die Senatorin hat den Vorsitz an ihren hessischen Amtskollegen, Minister "
            "Jonas Weide, übergeben.",
            ("Jonas Weide", "Minister", "DE-HE"),
        ),
        (
            "Dabei traf er die Kollegin aus Sachsen, Staatsministerin Petra Lorenz, zum Gespräch.",
            ("Petra Lorenz", "Minister", "DE-SN"),
        ),
    ],
)
def test_a_colleague_nouns_land_is_the_offices(text: str, expected: tuple) -> None:
    assert expected in holdings(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nach der Ernennung von Dr. Jan Pohl zum neuen Staatssekretär im "
            "NRW-Integrationsministerium ging es schnell.",
            ("Jan Pohl", "Staatssekretaer", "DE-NW"),
        ),
        (
            "Mit der Berufung von Prof. Dr. Ute Brandl zur neuen Landesbeauftragten für Migration "
            "des Freistaates Sachsen ist die Stelle besetzt.",
            ("Ute Brandl", "Beauftragte", "DE-SN"),
        ),
        (
            "Die Wahl von Hanna Roth zur Ministerpräsidentin Thüringens gilt als sicher.",
            ("Hanna Roth", "Regierungschef", "DE-TH"),
        ),
    ],
)
def test_an_appointment_told_as_a_noun(text: str, expected: tuple) -> None:
    assert expected in holdings(text)


def test_an_appointment_noun_to_no_office() -> None:
    assert offices("Die Wahl von Hanna Roth zur Vorsitzenden des Vereins gilt als sicher.") == set()


def test_dessen_vorgaenger_refers_back_to_the_office_just_named() -> None:
    text = (
        "Nach der Ernennung von Dr. Jan Pohl zum Staatssekretär im Sozialministerium hat sich "
        "dessen Vorgänger Ben Scholl verabschiedet."
    )
    assert {("Jan Pohl", "Staatssekretaer"), ("Ben Scholl", "Staatssekretaer")} <= offices(text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ihr Leitsatz: „Teilhabe von Anfang an“ – so hat die Bevollmächtigte der "
            "Landesregierung für Integration, Dr. Rana Yousef, ihr Jahresprogramm überschrieben.",
            "Rana Yousef",
        ),
        ("„Kein Kind zurücklassen“, so hatte Minister Jan Roth die Kampagne genannt.", "Jan Roth"),
    ],
)
def test_so_hat_takes_up_the_words_for_its_subject(text: str, speaker: str) -> None:
    assert speakers(text) == {speaker}


def test_so_hat_with_a_body_as_subject_names_no_speaker_after_it() -> None:
    text = "„Kein Kind zurücklassen“ – so hat der Verband seine Kampagne genannt, sagte Jan Roth."
    assert speakers(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Aktuelles | Presse | Termine\n„Integration ist Handarbeit“\nStaatssekretär Jörn "
            "Petersen besucht Sprachcafés in Nordfriesland",
            {"Jörn Petersen"},
        ),
        (
            "Startseite > Presse > 2024\n„Sprache muss vor Ort beginnen“\nMinisterin Ina Kalb "
            "eröffnet neue Kursräume",
            {"Ina Kalb"},
        ),
        # a title, not a statement
        (
            "Startseite > Presse\n„Willkommen in Gera“\nMinisterin Ina Kalb eröffnet neue Kursräume",
            set(),
        ),
        # no headline: a line of running text above
        (
            "Die Rede im Landtag war kurz und klar\n„Integration ist Handarbeit“\nMinisterin Ina "
            "Kalb sprach am Montag.",
            set(),
        ),
    ],
)
def test_a_headline_quote_under_a_navigation_line(text: str, expected: set) -> None:
    assert speakers(text) == expected


def test_a_city_named_like_a_given_name_is_no_speaker() -> None:
    text = (
        "Die Ministerin besuchte eine Schule in Jena. Jena hat die Kurse verdoppelt: "
        "„Wir sind stolz darauf.“"
    )
    assert "Jena" not in speakers(text)
    person = (
        "Die 16-jährige Mira fragte nach. Mira war danach skeptisch: „Das glaube ich erst, "
        "wenn ich es sehe.“"
    )
    assert speakers(person) == {"Mira"}


@pytest.mark.parametrize(
    ("text", "person", "land"),
    [
        (
            "Die thüringische Landesregierung legt einen Plan vor. Die Integrationsministerin des "
            "Landes, Yara Ebert, hält sich zurück.",
            "Yara Ebert",
            "DE-TH",
        ),
        (
            "Sachsens Kabinett tagte in Dresden, dann in Berlin. Der Sozialminister des Landes, "
            "Olaf Kern, sprach von einem Erfolg.",
            "Olaf Kern",
            "DE-SN",
        ),
    ],
)
def test_des_landes_refers_to_the_land_named_before(text: str, person: str, land: str) -> None:
    assert any(name == person and got == land for name, _, got in holdings(text)), holdings(text)


def test_des_landes_with_only_a_city_states_name_before_stays_open() -> None:
    # "Berlin" as the seat of the federal government is no antecedent of "des Landes"
    text = "Ein Signal an Berlin. Die Integrationsministerin des Landes, Yara Ebert, schweigt."
    assert ("Yara Ebert", "Minister") in offices(text)
    assert not any(o.land for o in _extract(text).offices)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kiel. Ministerpräsident Ole Hansen hat Schleswig-Holsteins neuen "
            "Integrationsbeauftragten vorgestellt: Der 44-jährige Sozialarbeiter Tarek Masri soll "
            "das Amt im Juni antreten.",
            ("Tarek Masri", "Beauftragte", "DE-SH"),
        ),
        (
            "Dresden. Die Staatsregierung hat Sachsens neue Ausländerbeauftragte vorgestellt: Die "
            "Juristin Hanna Rieck kommt aus Leipzig.",
            ("Hanna Rieck", "Beauftragte", "DE-SN"),
        ),
        (
            "Sachsen bekommt einen neuen Integrationsbeauftragten: Der frühere Lehrer Jonas "
            "Brenner übernimmt im Mai.",
            ("Jonas Brenner", "Beauftragte", "DE-SN"),
        ),
    ],
)
def test_an_announced_office_and_a_described_holder(text: str, expected: tuple) -> None:
    assert expected in holdings(text)


@pytest.mark.parametrize(
    "text",
    [
        # the adjective's ending and the holder's gender disagree
        "Dresden. Die Staatsregierung hat Sachsens neue Ausländerbeauftragte vorgestellt: Der "
        "Jurist Jonas Rieck kommt aus Leipzig.",
        # no public body appoints
        "Der Caritasverband hat einen neuen Beauftragten vorgestellt: Der Sozialarbeiter Jonas "
        "Brenner beginnt im Mai.",
    ],
)
def test_an_announced_office_without_agreement_or_government(text: str) -> None:
    assert not any(cls == "Beauftragte" for _, cls in offices(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mainz. Ministerin Kira Bach soll künftig auch das Amt der Landesbeauftragten für "
            "Migration übernehmen, teilte die Staatskanzlei mit. Die bisherige Beauftragte Mia "
            "Schön wechselt in den Bundestag.",
            ("Mia Schön", "Beauftragte"),
        ),
        (
            "Der Integrationsbeauftragte des Landes Sachsen, Paul Wendt, tritt ab. Sein Amt "
            "übernimmt im Mai die neue Beauftragte Lea Vogt aus Leipzig.",
            ("Lea Vogt", "Beauftragte"),
        ),
    ],
)
def test_a_bare_commissioner_set_apart_in_time_is_the_office_named_before(
    text: str, expected: tuple
) -> None:
    assert expected in offices(text)


@pytest.mark.parametrize(
    "text",
    [
        # no commissioner's office named before
        "Die bisherige Beauftragte Mia Schön wechselt in den Bundestag.",
        # a town's commissioner before is no Land office
        "Die Integrationsbeauftragte der Stadt Jena, Ute Kranz, lobte den Plan. Die frühere "
        "Beauftragte Mia Schön widersprach.",
    ],
)
def test_a_bare_commissioner_without_an_office_before(text: str) -> None:
    assert ("Mia Schön", "Beauftragte") not in offices(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kiel. Die Staatssekretärin im Kieler Sozialministerium hat eine Bilanz gezogen. "
            "Viele Kitas hätten Personal verloren, sagte Wiebke Hanke vor dem Ausschuss.",
            ("Wiebke Hanke", "Staatssekretaer", "DE-SH"),
        ),
        (
            "Erfurt. Der thüringische Integrationsminister hat den Bericht vorgelegt. Die Lage "
            "sei ernst, erklärte Jonas Brehm im Landtag.",
            ("Jonas Brehm", "Minister", "DE-TH"),
        ),
    ],
)
def test_an_unnamed_office_and_the_reported_speaker_of_the_next_sentence(
    text: str, expected: tuple
) -> None:
    assert expected in holdings(text)


@pytest.mark.parametrize(
    "text",
    [
        # described by another function, tied to another body, disagreeing in gender
        "Erfurt. Der thüringische Integrationsminister hat den Bericht vorgelegt. Die Lage sei "
        "ernst, sagte die Abgeordnete Jana Brehm im Landtag.",
        "Erfurt. Der thüringische Integrationsminister hat den Bericht vorgelegt. Die Lage sei "
        "ernst, sagte Jonas Brehm vom Flüchtlingsrat.",
        "Erfurt. Der thüringische Integrationsminister hat den Bericht vorgelegt. Die Lage sei "
        "ernst, sagte Jana Brehm im Landtag.",
    ],
)
def test_the_next_sentences_speaker_who_is_someone_else(text: str) -> None:
    assert not any(cls == "Minister" for _, cls in offices(text))
