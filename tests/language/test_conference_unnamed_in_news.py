"""News that never name the IntMK are about it where they tell a motion or a decision (1) from
a city where one of its sessions met, dated in the days it met (the reference has the city and
the days), (2) of a Land's motion named by the Land's adjective and put to a vote ("der Berliner
Antrag fand eine knappe Mehrheit"), or (3) of the integration ministers in the dative plural as
the body ("bei den Integrationsministern der Länder gescheitert"). Another body named, another
date, a city no session met in, or no motion or decision told: not the IntMK. Invented
passages; the sessions are the reference's (19th in Rostock 20/21 March 2024, 18th in Wiesbaden
26/27 April 2023, 20th in Göttingen 23/24 April 2025).
"""

from __future__ import annotations

from intgraph.language.decisions import mentions_conference


# ---------------------------------------------------------------- a session's city and days
def test_a_motion_from_a_session_city_in_its_days_is_the_bodys() -> None:
    assert mentions_conference(
        "Abgelehnt wurde in Rostock ein Antrag zur Ausweitung der Beratung.\n\n"
        "Ostsee-Welle, 21.03.2024"
    )
    assert mentions_conference(
        "Frage: Herr Senator, Ihr Antrag zum Wohnungsbau ist in Wiesbaden gescheitert?\n"
        "Antwort: Ja, leider. – Kurier vom 28. April 2023"
    )
    # the alias of the city ("Warnemünde" for Rostock), a resolution, a preview some days before
    assert mentions_conference(
        "Warnemünde, 19. März 2024 – Zum Auftakt soll eine Resolution zur Teilhabe vorgelegt "
        "werden."
    )
    # a decision verb, a page dated a week after the session
    assert mentions_conference(
        "Die Beschlüsse von Göttingen im Überblick. Die Runde beschloss, die Beratung zu "
        "stärken.\nStand: 30.04.2025"
    )
    # the city in the dateline, the decision in the lead
    assert mentions_conference(
        "Rostock – Die Ministerinnen stellten den Beschluss zur Sprachförderung vor. "
        "(veröffentlicht 20.03.2024)"
    )


def test_a_session_city_without_its_days_or_a_decision_is_no_body() -> None:
    # the city, but another year; the city, but months later
    assert not mentions_conference(
        "Abgelehnt wurde in Rostock ein Antrag zur Ausweitung der Beratung. 21.03.2023"
    )
    assert not mentions_conference(
        "In Wiesbaden wurde der Antrag der Fraktion abgelehnt. Wiesbadener Tagblatt, 14.09.2023"
    )
    # the days, but a city no session met in
    assert not mentions_conference("In Bonn wurde ein Antrag zur Beratung angenommen. 21.03.2024")
    # city and days, but no motion or decision told
    assert not mentions_conference(
        "Die Ministerin besuchte in Rostock eine Kita und lobte die Erzieherinnen. 21.03.2024"
    )
    # city and days, but another body decides
    assert not mentions_conference(
        "Die Bürgerschaft hat in Rostock einen Antrag zur Stadtbahn angenommen. 21.03.2024"
    )
    assert not mentions_conference(
        "In Göttingen beschloss der Landtag am 24.04.2025 einen Antrag zur Schulsozialarbeit."
    )


# ---------------------------------------------------------------- a Land's adjective
def test_a_lands_adjective_before_a_voted_motion_names_the_bodys_motion() -> None:
    assert mentions_conference(
        "Der Berliner Antrag zur Härtefallregelung fand eine knappe Mehrheit."
    )
    assert mentions_conference(
        "Die Annahme des rheinland-pfälzischen Antrags zu Clearingstellen gilt als Erfolg."
    )
    assert mentions_conference("Den sächsischen Antrag zur Pflege lehnten die Länder ab.")
    assert mentions_conference(
        "Überraschend fiel der bayerische Antrag, die Kurse zu verkürzen, durch."
    )
    assert mentions_conference("Einstimmig angenommen wurde die Hamburger Resolution zur Teilhabe.")


def test_a_lands_adjective_without_a_vote_or_before_another_noun_is_no_body() -> None:
    # no vote told
    assert not mentions_conference("Der Berliner Antrag zur Härtefallregelung liegt noch vor.")
    # the adjective before another noun, the motion someone else's
    assert not mentions_conference(
        "Die Berliner Zeitung berichtet, ein Antrag der Opposition sei abgelehnt worden."
    )
    # another body's vote
    assert not mentions_conference("Der bayerische Antrag fand im Bundesrat keine Mehrheit.")
    # a court's ruling on a Land's application
    assert not mentions_conference(
        "Das Gericht hat den hessischen Antrag auf Eilrechtsschutz abgelehnt."
    )


# ---------------------------------------------------------------- the ministers in the dative
def test_the_integration_ministers_in_the_dative_plural_are_the_body() -> None:
    assert mentions_conference(
        "Bremen ist mit seiner Initiative für Sprachkurse bei den Integrationsministern der "
        "Länder gescheitert."
    )
    assert mentions_conference(
        "Von den Integrationsministern und -ministern der Länder kam ein klares Signal."
    )


def test_one_integration_minister_in_the_dative_is_no_body() -> None:
    assert not mentions_conference(
        "Der Verband übergab dem Integrationsminister Klaus Beispiel eine Petition."
    )
    assert not mentions_conference("Den Integrationsministern Bayerns fehlt das Geld.")
