from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from intgraph.extract.quotes import find_quote_spans, find_quotes
from intgraph.language.text import TextIndex


def speakers(text: str) -> list[str]:
    quotes, _ = find_quotes(TextIndex(text))
    return [q.speaker.name for q in quotes]


def test_speaker_before_colon() -> None:
    assert speakers("Integrationsministerin Petra Köpping: »Wir handeln jetzt gemeinsam.«") == [
        "Petra Köpping"
    ]


def test_speaker_after_so_and_verbs() -> None:
    text = "„Die Länder stehen zu ihrer Verantwortung“, so Staatssekretärin Dr. Ute Leidig."
    assert speakers(text) == ["Ute Leidig"]
    text = "„Das ist ein wichtiges Zeichen für uns alle“, erklärte Kaselitz im Vorfeld."
    assert speakers(text) == ["Kaselitz"]


def test_speaker_phrase_with_role_and_land() -> None:
    text = "„Wir brauchen ein Integrationspaket für alle“, sagte der Vorsitzende, Thüringens Migrationsminister Dieter Lauinger."
    assert speakers(text) == ["Dieter Lauinger"]


def test_two_speakers() -> None:
    text = "„Integration bewegt die Menschen im Land“, sagten Malu Dreyer und Guntram Schneider, Integrationsminister des Landes Nordrhein-Westfalen."
    assert speakers(text) == ["Malu Dreyer", "Guntram Schneider"]


def test_anaphoric_role_refers_to_the_last_named_person() -> None:
    text = (
        "Innenminister Stefan Studt leitete die Sitzung. Studt äußerte sich zuversichtlich. "
        "„Wir müssen Flüchtlingspolitik und Integration zusammendenken“, sagte der Minister."
    )
    quotes, learnt = find_quotes(TextIndex(text))
    assert [q.speaker.family for q in quotes] == ["Studt"]
    assert [o.role_class for o in learnt] == ["Minister"]


def test_mottos_are_not_quotations() -> None:
    assert speakers("Die Konferenz stand unter dem Motto „Vielfalt macht stark“.") == []


def test_mixed_quotation_marks() -> None:
    text = 'sagte sie: "Ein hoher Anteil arbeitet in den Krisenbranchen“ und ging.'
    assert [text[a:b] for _, _, a, b in find_quote_spans(text)] == [
        "Ein hoher Anteil arbeitet in den Krisenbranchen"
    ]


def test_speaker_elected_to_an_office_in_their_own_words() -> None:
    text = "Martin Modschiedler sagte: „Heute hat mich der Sächsische Landtag zum ersten Sächsischen Integrationsbeauftragten gewählt.“"
    quotes, learnt = find_quotes(TextIndex(text))
    assert [q.speaker.name for q in quotes] == ["Martin Modschiedler"]
    assert [(o.person.name, o.role_class, o.land) for o in learnt] == [
        ("Martin Modschiedler", "Beauftragte", "DE-SN")
    ]


def test_a_role_nouns_gender_outweighs_the_name_list() -> None:
    # "Merle" is listed as mostly male; "Sozialministerin" says she is a woman
    from intgraph.extract.quotes import find_quotes
    from intgraph.language.text import TextIndex

    text = (
        "Sozialministerin Merle Andersen zog Bilanz. Die SPD-Politikerin sagte: "
        "„Wir sind noch lange nicht am Ziel.“"
    )
    found, _ = find_quotes(TextIndex(text))
    assert [q.speaker.name for q in found] == ["Merle Andersen"]


# ---- attributions of news reports (passages written for these tests, not the rules' sources)


def test_speaker_named_in_apposition_after_a_descriptor_phrase() -> None:
    text = (
        "Leipzig. „Die Wartelisten werden kürzer“, sagte eine Sprecherin der Landesdirektion, "
        "Judith Amsel, auf Anfrage."
    )
    assert speakers(text) == ["Judith Amsel"]
    text = (
        "„Wir sehen keinen Grund zur Entwarnung“, warnte der langjährige Vorsitzende des "
        "Integrationsrats der Stadt, Emre Yıldız."
    )
    assert speakers(text) == ["Emre Yıldız"]


def test_descriptor_phrase_without_a_name_has_no_speaker() -> None:
    # the genitive attribute ("des Landkreistags") names an institution, not a person
    text = "„Das reicht nicht“, erklärte ein Vertreter des Landkreistags am Rande der Sitzung."
    assert speakers(text) == []


def test_possessive_before_a_colon_points_back_to_the_person() -> None:
    text = (
        "Senatorin Dilek Aksoy besuchte drei Beratungsstellen in Neukölln. Ihre Bilanz nach "
        "dem Rundgang: „Hier wird jeden Tag Großes geleistet.“"
    )
    assert speakers(text) == ["Dilek Aksoy"]
    # a possessive that names a thing quotes no one
    text = "Minister Olaf Brandes eröffnete das Zentrum. Sein Titel: „Haus der Begegnung am Markt“."
    assert speakers(text) == []


def test_caption_attribution_in_brackets() -> None:
    text = (
        "Impressionen vom Empfang\n"
        "„Ohne die Ehrenamtlichen wäre das alles nicht möglich gewesen.“ "
        "(Integrationsbeauftragte Dr. Marion Keil)"
    )
    assert speakers(text) == ["Marion Keil"]
    # a place in brackets is no speaker
    assert speakers("Das „Zentrum für Sprache und Arbeit“ (Kassel) öffnet im Juni.") == []


def test_written_statement_and_separable_verbs() -> None:
    text = (
        "„Jede Einbürgerung ist ein Bekenntnis zu unserem Land“, hieß es in einer Stellungnahme "
        "von Innenminister Gregor Hanke."
    )
    assert speakers(text) == ["Gregor Hanke"]
    text = "„Die Kurse starten im Frühjahr“, kündigte Sozialministerin Britta Lorenz an."
    assert speakers(text) == ["Britta Lorenz"]
    text = (
        "„Niemand soll ohne Beratung bleiben“ – mit diesen Worten stellte Staatssekretär "
        "Paul Demir den Haushalt vor."
    )
    assert speakers(text) == ["Paul Demir"]


def test_family_name_known_earlier_before_a_colon() -> None:
    text = (
        "Der Landtag debattierte über Sprachkitas. Ministerin Carola Weiß verteidigte den Plan. "
        "Weiß sagte im Ausschuss: „Wir halten an jeder Stelle fest.“"
    )
    assert speakers(text) == ["Carola Weiß"]


def test_person_named_inside_a_quotation_does_not_speak_the_next_one() -> None:
    text = (
        "„Wir haben mit Bundesministerin Helene Roth lange verhandelt“, so Amsel weiter. "
        "„Das hat sich gelohnt.“"
    )
    assert "Helene Roth" not in speakers(text)


def test_transcript_labels_on_their_own_line() -> None:
    text = (
        "Pressekonferenz mit Integrationsministerin Hanna Vogel und Staatssekretär Ben Roth\n\n"
        "Vogel:\n\nGuten Tag, wir stellen heute den neuen Aktionsplan vor.\n\n"
        "Roth:\n\nIch ergänze kurz die Zahlen für das laufende Jahr."
    )
    assert sorted(set(speakers(text))) == ["Ben Roth", "Hanna Vogel"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["a", " ", "\n", "  ", "\t", "bc", "\u00a0", "x" * 50, " " * 30])).map(
        "".join
    ),
    st.integers(0, 3000),
    st.integers(0, 3000),
)
def test_evidence_sentence_flattens_only_what_it_keeps(text: str, start: int, end: int) -> None:
    """A quotation's evidence is its sentence flattened and cut at 600 characters; only as much
    is flattened as that needs (issue 16), with the same text as flattening it all."""
    import re

    from intgraph.extract.quotes import _sentence

    assert _sentence(text, start, end) == re.sub(r"\s+", " ", text[start:end])[:600]


def test_pronoun_after_the_verb_takes_the_person_of_its_gender_named_before() -> None:
    text = (
        "Senatorin Jana Wolff und Staatsrat Mehmet Aydın eröffneten die Messe. "
        "„Jeder Ausbildungsplatz zählt“, sagte er."
    )
    assert speakers(text) == ["Mehmet Aydın"]
    # "sagten sie" is several people: no single speaker
    text = (
        "Senatorin Jana Wolff und Staatsrat Mehmet Aydın kamen. „Wir freuen uns sehr“, sagten sie."
    )
    assert speakers(text) == []


def test_family_name_before_a_verb_and_a_colon() -> None:
    text = (
        "„Es fehlt an Lehrkräften“, sagte Wolff. Aydın fügte am Ende hinzu: „Wir bilden mehr aus.“"
    )
    assert speakers(text) == ["Wolff", "Aydın"]


def test_words_a_sentence_reports_as_someones() -> None:
    text = "Laut Senatorin Jana Wolff ist der Pakt „ein Versprechen an die Betriebe“."
    assert speakers(text) == ["Jana Wolff"]
    text = "Wie Staatsrat Mehmet Aydın mitteilte, soll das Amt „bis zum Sommer vollständig digital“ arbeiten."
    assert speakers(text) == ["Mehmet Aydın"]
    # a one-word scare quote is nobody's words
    assert speakers("Laut Senatorin Jana Wolff ist die „Bezahlkarte“ umstritten.") == []


def test_a_new_sentence_naming_the_quotation_as_someones_verdict() -> None:
    text = "„Die Schulen brauchen mehr Sprachlehrkräfte.“ So lautet die Bilanz von Senatorin Jana Wolff."
    assert speakers(text) == ["Jana Wolff"]
    # a sentence that names no verdict attributes nothing
    text = "„Die Schulen brauchen mehr Sprachlehrkräfte.“ So steht es im Bericht von Senatorin Jana Wolff."
    assert speakers(text) == []


def _quote_spans_plain(text: str) -> list[tuple[int, int, int, int]]:
    """find_quote_spans as first written (every character read in Python), for comparison."""
    from intgraph.extract.quotes import _OPEN_CLOSE, _SINGLE

    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "‚" and (i == 0 or text[i - 1] in " \t\n(:"):
            m = _SINGLE.match(text, i + 1)
            if m and len(m.group(1).strip()) >= 3:
                out.append((i, m.end(), i + 1, m.end(1)))
                i = m.end()
            else:
                i += 1
            continue
        if (
            c in _OPEN_CLOSE
            and (c != '"' or i == 0 or not text[i - 1].isalnum())
            and (c != "“" or i == 0 or text[i - 1] in " \n(:")
            and (
                c not in "»«"
                or ((i == 0 or not text[i - 1].isalnum()) and text[i + 1 : i + 2].strip())
            )
        ):
            closers = _OPEN_CLOSE[c]
            nests = c in "„»«"
            depth = 1
            j = i + 1
            while j < n:
                ch = text[j]
                if ch in closers and not (nests and ch == c):
                    depth -= 1
                    if depth == 0:
                        break
                elif nests and ch == c:
                    if text[max(i, j - 2) : j].strip() != "" or j - i < 3:
                        depth += 1
                elif ch == "\n" and text[j + 1 : j + 2] == "\n" and j - i > 2000:
                    break
                j += 1
            if j - i - 1 >= 3:
                out.append((i, min(j + 1, n), i + 1, j))
            i = j + 1
        else:
            i += 1
    return out


_MARKS = ["„", "“", "”", "»", "«", '"', "‚", "‘", "’", "\n", "\n\n", " ", "(", ":", "ab",
          "Wir handeln", "x" * 1100]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_MARKS), max_size=30).map("".join))
def test_quote_spans_as_reading_every_character(text: str) -> None:
    assert find_quote_spans(text) == _quote_spans_plain(text)
