"""Office holders outside the "role next to name" frame (invented passages, one per rule)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intgraph.extract import extract, holders
from intgraph.extract.persons import find_offices
from intgraph.language.lands import dateline_land
from intgraph.language.text import TextIndex
from intgraph.models import Document
from intgraph.resolve import resolve


def offices(text: str) -> set[tuple[str, str, str | None]]:
    return {(o.person.name, o.role_class, o.land) for o in find_offices(TextIndex(text))}


def holdings(text: str) -> set[tuple[str, str, str | None]]:
    rd = resolve(extract(Document("x.txt", "x.txt", text, "0" * 64)))
    names = {p.key: p.name for p in rd.persons}
    return {(names[h.person_key], h.role_class, h.land) for h in rd.holdings}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Neue Staatssekretärin im Innenministerium ist die Verwaltungsjuristin Henrike Olbers.",
            ("Henrike Olbers", "Staatssekretaer"),
        ),
        ("Neuer Integrationsbeauftragter wird Till Amsel.", ("Till Amsel", "Beauftragte")),
        ("Seit Montag ist Jana Kroll neue Sozialministerin.", ("Jana Kroll", "Minister")),
        (
            "Die Abgeordnete Mira Tolk wurde am Freitag als neue Justizministerin vereidigt.",
            ("Mira Tolk", "Minister"),
        ),
        (
            "Zur neuen Integrationsbeauftragten wurde am Dienstag Anna Roth ernannt.",
            ("Anna Roth", "Beauftragte"),
        ),
        (
            "Das Kabinett hat Anna Roth zur Staatssekretärin berufen.",
            ("Anna Roth", "Staatssekretaer"),
        ),
        ("Anna Roth übernimmt das Amt der Ausländerbeauftragten.", ("Anna Roth", "Beauftragte")),
    ],
)
def test_copula_and_predicative_als(text: str, expected: tuple[str, str]) -> None:
    assert expected in {(n, c) for n, c, _ in offices(text)}


def test_als_without_a_verb_of_appointment_gives_nothing() -> None:
    # "als" compares here; no clause makes the person the holder
    assert offices("Ole Sand sprach so deutlich wie selten als Gast der Runde.") == set()
    assert offices("Anna Roth sprach als Vertreterin der Integrationsbeauftragten.") == set()
    assert offices("Anna Roth dankte dem Amt der Integrationsbeauftragten.") == set()


def test_former_holder_named_with_the_office() -> None:
    text = (
        "Mein Dank gilt meinem Vorgänger als brandenburgischer Integrationsbeauftragter, "
        "Henning Vossberg, für die Vorarbeit."
    )
    assert ("Henning Vossberg", "Beauftragte", "DE-BB") in offices(text)


def test_former_holder_inherits_the_office_of_the_possessor() -> None:
    text = (
        "Die saarländische Sozialministerin Katrin Albers stellte den Plan vor. Ihre Vorgängerin "
        "im Amt, die heutige Landrätin Gudrun Pelzer, hatte ihn angestoßen."
    )
    assert ("Gudrun Pelzer", "Minister", "DE-SL") in offices(text)


def test_successor_by_copula_inherits_the_office() -> None:
    text = "Staatssekretär Jonas Weidel geht in den Ruhestand. Sein Nachfolger wird Paul Brink."
    assert ("Paul Brink", "Staatssekretaer", None) in offices(text)


def test_attendance_list_with_land_labels() -> None:
    text = (
        "Anwesend:\nHessen: Staatsministerin Carla Dietz\nSaarland: Minister Arne Blum\n"
        "Bund: Parlamentarischer Staatssekretär Udo Fenn (BMI)\nProtokoll: Referent Tim Gast\n"
    )
    assert offices(text) == {
        ("Carla Dietz", "Minister", "DE-HE"),
        ("Arne Blum", "Minister", "DE-SL"),
        ("Udo Fenn", "Staatssekretaer", "DE"),
    }


def test_table_rows_with_name_role_and_land() -> None:
    text = (
        "| Name | Funktion | Land |\n| --- | --- | --- |\n"
        "| Lene Harms | Senatorin für Soziales | Bremen |\n| Bodo Kranz | Staatssekretär | Sachsen |\n"
    )
    assert offices(text) == {
        ("Lene Harms", "Senator", "DE-HB"),
        ("Bodo Kranz", "Staatssekretaer", "DE-SN"),
    }


def test_self_introduction() -> None:
    text = (
        "Liebe Besucherinnen und Besucher,\nseit Januar darf ich als Migrationsbeauftragte des "
        "Freistaates Thüringen für Sie da sein. Mein Name ist Ayla Demirel, und ich freue mich auf Sie."
    )
    assert ("Ayla Demirel", "Beauftragte", "DE-TH") in offices(text)


def test_second_title_with_zugleich() -> None:
    text = "Ministerin Rita Vogel, zugleich Integrationsbeauftragte der Landesregierung, sprach."
    assert {c for _, c, _ in offices(text)} == {"Minister", "Beauftragte"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bremens Bürgermeister Jan Olling lud ein.", {("Jan Olling", "Regierungschef", "DE-HB")}),
        (
            "Der Bürgermeister und Präsident des Senats der Freien Hansestadt Bremen, Jan Olling, lud ein.",
            {("Jan Olling", "Regierungschef", "DE-HB")},
        ),
        (
            "Hamburgs Erste Bürgermeisterin Kaja Ruhl sprach.",
            {("Kaja Ruhl", "Regierungschef", "DE-HH")},
        ),
        # also a Bavarian town mayor's title: the Land comes from the text, not the title
        ("Erste Bürgermeisterin Kaja Ruhl sprach.", {("Kaja Ruhl", "Regierungschef", None)}),
        ("Bürgermeister Heinz Pohl aus Eschborn begrüßte die Gäste.", set()),
        ("Die Zweite Bürgermeisterin Hamburgs, Eda Lind, sprach.", set()),
    ],
)
def test_city_state_heads_of_government(text: str, expected: set) -> None:
    assert offices(text) == expected


def test_role_then_given_name_only_is_the_person_named_before() -> None:
    text = (
        "Sachsens Kultusministerin Greta Wolfram besuchte die Schule. Die Kinder riefen: "
        "„Danke, Ministerin Greta!“"
    )
    assert holdings(text) == {("Greta Wolfram", "Minister", "DE-SN")}


def test_news_dateline_gives_the_land_of_an_office_without_one() -> None:
    text = "Rostocker Anzeiger\n\nSchwerin – Ministerpräsident Lars Kühn eröffnete die Messe."
    assert holdings(text) == {("Lars Kühn", "Regierungschef", "DE-MV")}
    assert dateline_land("Mainz (dpa) – Der Minister sagte") == "DE-RP"


def test_descriptor_gives_an_office_to_a_person_without_one() -> None:
    text = (
        "„Wir bleiben dran“, sagte Albers. Man werde die Kommunen entlasten, unterstrich die "
        "Ministerin am Abend."
    )
    assert ("Albers", "Minister") in {(n, c) for n, c, _ in holdings(text)}


def test_plural_descriptor_gives_nothing() -> None:
    text = "„Wir bleiben dran“, sagte Albers. Die Beauftragten forderten mehr Geld."
    assert holdings(text) == set()


def test_the_chair_of_the_conference_takes_the_chairing_land() -> None:
    text = (
        "Zum 1. Juli hat Brandenburg den Vorsitz der Integrationsministerkonferenz von Berlin "
        "übernommen. Damit ist Sozialministerin Ines Roth ein Jahr lang Vorsitzende der Konferenz. "
        "Berlin hatte die Konferenz zuvor ausgerichtet; in Berlin tagte auch der Beirat."
    )
    assert holdings(text) == {("Ines Roth", "Minister", "DE-BB")}


def test_signature_name_line_then_role_line() -> None:
    text = (
        "Ich freue mich auf den Austausch.\n\nIhre\nTamara Selig\n"
        "Beauftragte der Landesregierung für Migration und Integration\n"
    )
    assert ("Tamara Selig", "Beauftragte") in {(n, c) for n, c, _ in offices(text)}


def test_role_line_then_name_line() -> None:
    assert ("Ute Fink", "Staatssekretaer", None) in offices("Staatssekretärin\nDr. Ute Fink\n")


def test_land_in_brackets_after_the_name() -> None:
    text = (
        "Es sprachen Staatssekretär Ole Brand (Berlin), Ministerin Eva Kurz (SPD, Bayern) und "
        "Staatssekretärin Ute Fink (BMI)."
    )
    assert offices(text) == {
        ("Ole Brand", "Staatssekretaer", "DE-BE"),
        ("Eva Kurz", "Minister", "DE-BY"),
        ("Ute Fink", "Staatssekretaer", "DE"),
    }


def test_name_then_role_with_an_adjective_of_time() -> None:
    text = (
        "Gestern stellte sich Lea Brandt, die neue Integrationsbeauftragte des Landes Hessen, vor."
    )
    assert offices(text) == {("Lea Brandt", "Beauftragte", "DE-HE")}


def test_plural_role_before_coordinated_names() -> None:
    text = (
        "Zu Gast waren die Ministerinnen Eva Kurz (Bayern) und Lea Brandt (Hessen). "
        "Die Staatssekretäre Ole Brand, Timo Fenn und Uwe Sander sprachen danach."
    )
    assert offices(text) == {
        ("Eva Kurz", "Minister", "DE-BY"),
        ("Lea Brandt", "Minister", "DE-HE"),
        ("Ole Brand", "Staatssekretaer", None),
        ("Timo Fenn", "Staatssekretaer", None),
        ("Uwe Sander", "Staatssekretaer", None),
    }


def test_a_singular_role_does_not_spread_over_coordinated_names() -> None:
    text = "Minister Jonas Weidel und Anna Muster vom Verein Brücke kamen."
    assert offices(text) == {("Jonas Weidel", "Minister", None)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a conjunction is lower-case inside a sentence: capitalised after a given name it is
        # the family name
        (
            "Grüße von Ministerpräsident Stephan Weil überbrachte er.",
            ("Stephan Weil", "Regierungschef"),
        ),
        # a derivational ending on a word the lexicon does not know
        ("Sozialministerin Kristin Alheit eröffnete die Tagung.", ("Kristin Alheit", "Minister")),
        ("Minister a. D. Rainer Bauer sprach ebenfalls.", ("Rainer Bauer", "Minister")),
        (
            "Die Regierungschefin Manuela Brandt sprach zuerst.",
            ("Manuela Brandt", "Regierungschef"),
        ),
    ],
)
def test_name_and_role_forms(text: str, expected: tuple[str, str]) -> None:
    assert expected in {(n, c) for n, c, _ in offices(text)}


def test_a_noun_with_a_derivational_ending_is_no_family_name() -> None:
    assert offices("Ministerin Petra Gesundheit sprach.") != {
        ("Petra Gesundheit", "Minister", None)
    }


def test_possessive_gives_the_land_of_the_holder_named_before() -> None:
    text = "Hessens Integrationsminister Kai Klose und seine Staatssekretärin Anne Janz kamen."
    assert offices(text) == {
        ("Kai Klose", "Minister", "DE-HE"),
        ("Anne Janz", "Staatssekretaer", "DE-HE"),
    }


def test_kanzlerin_is_federal_head_of_government() -> None:
    assert offices("Kanzlerin Angela Merkel kam später.") == {
        ("Angela Merkel", "Regierungschef", "DE")
    }


def test_list_lines_with_the_land_after_the_name() -> None:
    text = (
        "Teilnehmende:\n– Ministerin Eva Kurz, Bayern\n– Senator Paul Wendt, Hamburg\n"
        "– Staatssekretärin Ute Fink, Bundesministerium des Innern\n"
    )
    assert offices(text) == {
        ("Eva Kurz", "Minister", "DE-BY"),
        ("Paul Wendt", "Senator", "DE-HH"),
        ("Ute Fink", "Staatssekretaer", "DE"),
    }


def test_aus_land_after_the_name() -> None:
    text = "Sozialministerin Heike Werner (Linke) aus Thüringen kam."
    assert offices(text) == {("Heike Werner", "Minister", "DE-TH")}


def test_copula_heisst() -> None:
    text = "Der neue Integrationsbeauftragte heißt Tim Berger."
    assert offices(text) == {("Tim Berger", "Beauftragte", None)}


def test_successor_of_a_named_holder() -> None:
    text = "Nachfolgerin von Staatssekretärin Tina Roth wird Meike Brand."
    assert offices(text) == {
        ("Tina Roth", "Staatssekretaer", None),
        ("Meike Brand", "Staatssekretaer", None),
    }


def test_name_then_role_with_a_land_adjective() -> None:
    text = "Petra Köpping, Sächsische Staatsministerin für Soziales und Gesellschaftlichen Zusammenhalt"
    assert offices(text) == {("Petra Köpping", "Minister", "DE-SN")}


def test_first_person_role_inside_the_speakers_quotation() -> None:
    text = "„Als Integrationsbeauftragte des Landes Hessen bin ich stolz darauf“, sagte Lea Brandt."
    assert holdings(text) == {("Lea Brandt", "Beauftragte", "DE-HE")}


def test_land_prefix_of_a_hyphenated_role() -> None:
    assert offices("NRW-Integrationsministerin Josefine Paul sprach.") == {
        ("Josefine Paul", "Minister", "DE-NW")
    }


def test_fronted_als_phrase() -> None:
    text = "Als zuständige Ministerin hat Katja Meier die Leitung übernommen."
    assert offices(text) == {("Katja Meier", "Minister", None)}


def test_dateline_with_a_full_stop() -> None:
    assert dateline_land("Stuttgart. Der Minister sagte, man helfe.") == "DE-BW"


def test_table_row_with_land_cell_and_role_name_cell() -> None:
    text = (
        "| Land | Vertretung |\n|---|---|\n| Bayern | Staatsministerin Edeltraud Kainz |\n"
        "| Berlin | Staatssekretär Ole Brandt |\n"
    )
    assert offices(text) == {
        ("Edeltraud Kainz", "Minister", "DE-BY"),
        ("Ole Brandt", "Staatssekretaer", "DE-BE"),
    }


def test_list_lines_labelled_with_a_dash() -> None:
    text = "Teilnehmer\nBayern – Staatsministerin Edeltraud Kainz\nSaarland - Minister Ole Brandt\n"
    assert offices(text) == {
        ("Edeltraud Kainz", "Minister", "DE-BY"),
        ("Ole Brandt", "Minister", "DE-SL"),
    }


_NAME_WORDS = [
    "Anna", "Beispiel", "Maria", "Muster", "Dr.", "Prof.", "Karl", "von", "der", "Heide", "ist",
    "wurde", "als", "neue", "Ministerin", "Staatssekretär", ".", ";", ",", "|", "und", "Lucha",
    "Petra", "Köpping", "Manfred", "Hamburg", "die", "Integration",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(_NAME_WORDS), min_size=1, max_size=40).map(" ".join),
    st.lists(st.tuples(st.integers(0, 45), st.integers(0, 45)), min_size=1, max_size=12),
)
def test_last_name_and_sentence_bounds_as_plain_scans(
    text: str, queries: list[tuple[int, int]]
) -> None:
    """The role frames keep a block's sentence ends and the names read from a sentence start
    (issue 16: a table without full stops made each role rescan the block); the answers are
    those of the plain scans, in whatever order they are asked."""
    from intgraph.extract.holders import _last_name_in, _names_in, _sentence_bounds
    from intgraph.language.lexicon import TITLES
    from intgraph.language.text import tokenize

    toks = tokenize(text, 0, len(text))
    stops = {".", "!", "?", ";"}

    def stop(k: int) -> bool:  # the full stop of "Dr." ends no sentence
        return toks[k].text in stops and not (
            toks[k].text == "." and k > 0 and toks[k - 1].text in TITLES
        )

    for a, b in queries:
        i = a % len(toks)
        lo = i
        while lo > 0 and not stop(lo - 1):
            lo -= 1
        hi = i
        while hi < len(toks) and not stop(hi):
            hi += 1
        assert _sentence_bounds(toks, i) == (lo, hi)
        end = min(b, len(toks))
        plain = _names_in(toks, lo, end)
        got = _last_name_in(toks, lo, end)
        want = plain[-1] if plain else None
        assert (got and (got[0], got[1].name, got[1].start, got[1].end)) == (
            want and (want[0], want[1].name, want[1].start, want[1].end)
        )


_CELLS = [
    "Ilka Muster", "Senatorin", "Bremen", "Staatsministerin Eva Brandt", "HB", "Bund", "Minister",
    "Dr. Jan Roth", "Antrag zur Sprachförderung", "angenommen", "Land", "Amt", "Name", "²", "",
]  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.lists(st.sampled_from(_CELLS), min_size=1, max_size=5).map(
            lambda cells: "| " + " | ".join(cells) + " |"
        ),
        min_size=1,
        max_size=8,
    ),
    st.sampled_from(["\n", "\n\n"]),
)
def test_table_rows_read_from_their_blocks_tokens_as_from_their_own(
    rows: list[str], sep: str
) -> None:
    # issue 16: the table frames take a cell's tokens from its block's, not tokenising again
    from intgraph.language.text import tokenize

    text = "Die Beauftragten der Länder.\n\n" + sep.join(r.replace("| |", "|\t|") for r in rows)
    index = TextIndex(text)
    blocks = [(s, e, tokenize(text, s, e)) for s, e in index.blocks]
    assert holders.table_offices(index, set(), blocks) == holders.table_offices(index, set())
