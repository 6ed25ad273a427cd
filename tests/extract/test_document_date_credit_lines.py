"""A news item's own date in its credit (invented passages; issue 12): the publication and the
date in brackets closing the item (``(Ostsee-Bote, 14.06.2023)``) or its heading line
(``Interview (Saale-Zeitung, 3. Mai 2024)``), or a date standing alone after the item's last
sentence; and the bracketed dates inside running text that are events or citations."""

from __future__ import annotations

import pytest

from intgraph.extract.dates import document_date


def date_of(text: str) -> str | None:
    found = document_date(text)
    return found[0] if found else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the credit on the item's last line, on its own line or after the last sentence
        ("Die Länder wollen mehr Kurse anbieten.\n(Ostsee-Bote, 14.06.2023)", "2023-06-14"),
        ("Der Senat stimmte zu. Die Opposition lehnte ab. (Main-Echo, 02.11.2021)", "2021-11-02"),
        ("Mehr Geld für Beratung.\n\n(Rhein-Post, 7. März 2019)\n", "2019-03-07"),
        ("Kiel. Die Ministerin reist ab. (KN, 30.09.2020)", "2020-09-30"),
        # the credit on a heading line of a few words
        ("Interview (Saale-Zeitung, 03.05.2024)\nFrage: Was erwarten Sie?", "2024-05-03"),
        ("Kommentar (Harz-Kurier, 19.01.2022)\nDer Bund muss handeln.", "2022-01-19"),
        # a date alone after the last sentence
        ("Die Minister berieten lange. Eine Einigung gab es nicht. 12.04.2018", "2018-04-12"),
        ("Der Bund sagte Hilfe zu.\n18.02.2016", "2016-02-18"),
    ],
)
def test_a_news_items_credit_dates_it(text: str, expected: str) -> None:
    assert date_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a bracketed date inside a sentence that goes on
        "Die Frist (Stichtag, 12.03.2025) läuft bald ab. Mehr folgt im Herbst.",
        # a paper cited with its number, at the text's end
        "Die Landesregierung verweist auf ihre Antwort (Drucksache 7/123, 12.03.2025)",
        # a bracket on a first line that is a sentence, the text going on
        "Die Ministerin sagte es am Montag vor dem Ausschuss (Sitzung, 12.03.2025)\nDanach ging es weiter.",
        # a date after a preposition at the end: an event
        "Die Konferenz tagt am 21.03.2012",
        # a date before more text is no closing date
        "Die Minister berieten. 12.04.2018 war ein langer Tag für alle.",
    ],
)
def test_dates_in_running_text_are_no_credit(text: str) -> None:
    assert date_of(text) is None
