"""A pronoun as the subject of a verb of seeming with the speaker's manner before a colon
introduces that person's words ("Sie wirkte gelöst: „…“", "Er blieb gelassen: „…“";
:data:`intgraph.language.speech.SPEECH_PREDICATE`), as one of "zeigte sich" does.

Every passage is invented for this test, with negatives.
"""

from __future__ import annotations

from intgraph.extract.quotes import find_quotes
from intgraph.language.text import TextIndex


def speakers(text: str) -> list[str]:
    quotes, _ = find_quotes(TextIndex(text))
    return sorted({q.speaker.name for q in quotes})


def test_pronoun_before_a_verb_of_seeming_and_a_colon() -> None:
    assert speakers("Anna Kreft kam spät. Sie wirkte gelöst: „Wir schaffen das.“") == ["Anna Kreft"]
    assert speakers(
        "Minister Jonas Berndt trat vor die Presse. Er blieb gelassen: „Die Zahlen sinken.“"
    ) == ["Jonas Berndt"]
    assert speakers(
        "Senatorin Ida Kemper sprach zuletzt. Sie klang kämpferisch: „Wir geben nicht auf.“"
    ) == ["Ida Kemper"]


def test_pronoun_before_a_verb_of_seeming_negatives() -> None:
    # the pronoun's gender agrees with no one named before
    assert speakers("Jonas Kreft kam spät. Sie wirkte gelöst: „Wir schaffen das.“") == []
    # a manner word that is none of the speaker's attitude: no verb of saying
    assert speakers("Anna Kreft kam spät. Sie wirkte müde. Das Plakat: „Wir schaffen das.“") == []
