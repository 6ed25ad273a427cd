"""Frozen records passed from one stage to the next.

load → :class:`Document`; extract → :class:`Extraction` (mentions with character spans);
resolve → :class:`ResolvedDocument` (entities with stable keys, each statement with evidence).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Document:
    """A source file read and normalised to text.

    ``text`` is the normalised text every character offset in the graph refers to.
    """

    path: str
    file_name: str
    text: str
    content_hash: str  # sha256 of the file's bytes
    media_type: str = "text/plain"
    title: str | None = None

    @property
    def key(self) -> str:
        """Stable document key: the first 16 hex digits of the content hash."""
        return self.content_hash[:16]


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a statement was read: character span, its sentence, and the extractor."""

    start: int
    end: int
    sentence: str
    extractor: str  # versioned name, e.g. "offices.v1"


# ---------------------------------------------------------------- extraction output


@dataclass(frozen=True, slots=True)
class LandMention:
    code: str  # ISO 3166-2 code or "DE"
    start: int
    end: int
    form: str  # name | genitive | adjective | demonym | alias | federal


@dataclass(slots=True)
class PersonMention:
    family: str
    given: str | None
    start: int
    end: int
    honorific: str | None = None
    in_caption: bool = False

    @property
    def name(self) -> str:
        return f"{self.given} {self.family}" if self.given else self.family


@dataclass(slots=True)
class OfficeMention:
    person: PersonMention
    role_text: str
    role_class: str  # Minister | Senator | Staatssekretaer | Beauftragte | Regierungschef
    land: str | None  # stated next to the role, if any
    ministry_key: str | None
    federal: bool
    evidence: Evidence
    phrase: tuple[int, int] | None = None  # the whole role phrase, complement included
    # read from a descriptor that refers back to the person ("… unterstrich die Ministerin"):
    # no Land is implied beyond what the descriptor itself names
    anaphoric: bool = False


@dataclass(slots=True)
class QuoteMention:
    text: str
    speaker: PersonMention
    evidence: Evidence


@dataclass(slots=True)
class SessionMention:
    number: int | None
    year: int | None
    place: str | None
    chair_land: str | None
    start_date: str | None
    evidence: Evidence


@dataclass(slots=True)
class ChairMention:
    land: str
    evidence: Evidence


@dataclass(slots=True)
class MotionMention:
    title: str
    submitters: set[str] = field(default_factory=set)
    supporters: set[str] = field(default_factory=set)
    result: str = "unknown"  # adopted | rejected | unknown
    agenda_item: str | None = None
    session_number: int | None = None
    session_year: int | None = None
    addressee: str | None = None
    evidence: Evidence | None = None


@dataclass(frozen=True, slots=True)
class ProgrammeMention:
    key: str
    label: str
    provisional: bool
    evidence: Evidence


@dataclass(slots=True)
class DocumentFacts:
    date: str | None = None
    date_evidence: Evidence | None = None
    publisher_land: str | None = None
    publisher_ministry: str | None = None
    publisher_evidence: Evidence | None = None
    kind: str = "web-page"
    title: str | None = None


@dataclass(slots=True)
class Extraction:
    document: Document
    facts: DocumentFacts
    lands: list[LandMention]
    persons: list[PersonMention]
    offices: list[OfficeMention]
    quotes: list[QuoteMention]
    sessions: list[SessionMention]
    chairs: list[ChairMention]
    motions: list[MotionMention]
    programmes: list[ProgrammeMention]


# ---------------------------------------------------------------- resolved entities


@dataclass(slots=True)
class Person:
    key: str
    name: str
    given: str | None
    family: str
    honorific: str | None
    evidence: list[Evidence] = field(default_factory=list)
    registered: bool = False  # key from the reference registry, not from the name


@dataclass(slots=True)
class Holding:
    person_key: str
    role_class: str
    role_label: str
    land: str | None
    ministry_key: str | None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(slots=True)
class Quote:
    person_key: str
    text: str
    evidence: Evidence


@dataclass(slots=True)
class Session:
    key: str  # the session number as text, or a provisional key
    number: int | None
    year: int | None
    place: str | None
    chair_land: str | None
    start_date: str | None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(slots=True)
class Motion:
    key: str
    title: str
    session_key: str | None
    submitters: list[str]
    supporters: list[str]
    result: str
    agenda_item: str | None
    addressee: str | None
    evidence: list[Evidence] = field(default_factory=list)
    programmes: list[str] = field(default_factory=list)  # keys of programmes the motion concerns


@dataclass(slots=True)
class ProgrammeRef:
    key: str
    label: str
    provisional: bool
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(slots=True)
class ResolvedDocument:
    document: Document
    facts: DocumentFacts
    persons: list[Person]
    holdings: list[Holding]
    quotes: list[Quote]
    sessions: list[Session]
    motions: list[Motion]
    programmes: list[ProgrammeRef]
