"""Reference data from ``ontology/reference/*.csv``: Länder, places, ministries, IntMK sessions
and programmes. Read once per process; the CSV files are the only copy (see ontology/README.md).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from intgraph.errors import ModelError
from intgraph.paths import reference_dir

LAND_CODE = re.compile(r"^DE(-[A-Z]{2})?$")


@dataclass(frozen=True, slots=True)
class LandRef:
    code: str
    name_de: str
    name_en: str
    genitives: tuple[str, ...]
    adjective: str
    demonym: str | None
    aliases: tuple[str, ...]
    capital: str


@dataclass(frozen=True, slots=True)
class PlaceRef:
    name: str
    land: str
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class MinistryName:
    key: str
    land: str
    name: str
    valid_from: str | None
    valid_until: str | None
    abbreviation: str | None


@dataclass(frozen=True, slots=True)
class SessionRef:
    number: int
    year: int
    start_date: str | None
    end_date: str | None
    place: str | None
    chair_land: str | None
    chair_name: str | None
    motto: str | None
    certainty: str | None


@dataclass(frozen=True, slots=True)
class ProgrammeDef:
    key: str
    label_de: str
    label_en: str
    level: str | None
    target_group: str | None
    pattern: re.Pattern[str]


def _rows(name: str, required: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    path = reference_dir() / name
    try:
        with Path(path).open(encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            missing = [c for c in required if c not in (reader.fieldnames or [])]
            if missing:
                raise ModelError(
                    f"{path}:1: missing column(s) {', '.join(missing)}; "
                    f"expected at least {', '.join(required)}"
                )
            return [
                (i + 2, {k: (v or "").strip() for k, v in row.items()})
                for i, row in enumerate(reader)
            ]
    except OSError as exc:
        raise ModelError(f"cannot read reference data {path}: {exc.strerror}") from None


def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split("|") if v.strip())


def _check_land(code: str, name: str, line: int) -> str:
    if not LAND_CODE.match(code):
        raise ModelError(
            f"{reference_dir() / name}:{line}: Land code {code!r} is not an ISO 3166-2:DE code "
            "such as DE-SN, nor DE for the federation"
        )
    return code


@cache
def laender() -> tuple[LandRef, ...]:
    out = []
    for line, r in _rows("laender.csv", ("code", "name_de", "name_en", "genitive", "adjective")):
        out.append(
            LandRef(
                code=_check_land(r["code"], "laender.csv", line),
                name_de=r["name_de"],
                name_en=r["name_en"],
                genitives=_split(r["genitive"]),
                adjective=r["adjective"],
                demonym=r.get("demonym") or None,
                aliases=_split(r.get("aliases", "")),
                capital=r.get("capital", ""),
            )
        )
    if len(out) != 16:
        raise ModelError(f"{reference_dir() / 'laender.csv'}: expected 16 Länder, found {len(out)}")
    return tuple(out)


@cache
def land_by_code() -> dict[str, LandRef]:
    return {land.code: land for land in laender()}


@dataclass(frozen=True, slots=True)
class PersonRef:
    key: str
    name: str
    variants: tuple[str, ...]
    land: str | None


@cache
def persons() -> tuple[PersonRef, ...]:
    """Known office holders with their spelling variants (registry keys for person IRIs)."""
    return tuple(
        PersonRef(
            key=r["key"],
            name=r["name"],
            variants=_split(r.get("variants", "")),
            land=_check_land(r["land"], "persons.csv", line) if r.get("land") else None,
        )
        for line, r in _rows("persons.csv", ("key", "name"))
    )


@cache
def places() -> tuple[PlaceRef, ...]:
    return tuple(
        PlaceRef(
            r["name"], _check_land(r["land"], "places.csv", line), _split(r.get("aliases", ""))
        )
        for line, r in _rows("places.csv", ("name", "land"))
    )


@cache
def ministries() -> tuple[MinistryName, ...]:
    return tuple(
        MinistryName(
            key=r["key"],
            land=_check_land(r["land"], "ministries.csv", line),
            name=r["name"],
            valid_from=r.get("valid_from") or None,
            valid_until=r.get("valid_until") or None,
            abbreviation=r.get("abbreviation") or None,
        )
        for line, r in _rows("ministries.csv", ("key", "land", "name"))
    )


@cache
def sessions() -> tuple[SessionRef, ...]:
    out = []
    for line, r in _rows("intmk-sessions.csv", ("number", "year", "place", "chair_land")):
        try:
            number, year = int(r["number"]), int(r["year"])
        except ValueError:
            raise ModelError(
                f"{reference_dir() / 'intmk-sessions.csv'}:{line}: number and year must be "
                f"whole numbers, got {r['number']!r} and {r['year']!r}"
            ) from None
        chair = r.get("chair_land") or None
        if chair:
            _check_land(chair, "intmk-sessions.csv", line)
        out.append(
            SessionRef(
                number=number,
                year=year,
                start_date=r.get("start_date") or None,
                end_date=r.get("end_date") or None,
                place=r.get("place") or None,
                chair_land=chair,
                chair_name=r.get("chair_name") or None,
                motto=r.get("motto") or None,
                certainty=r.get("certainty") or None,
            )
        )
    return tuple(out)


def _closed_up(pattern: str) -> str:
    r"""``pattern`` where an optional hyphen before a capital (``Job-?Turbo``) also matches the
    compound written closed up, its second part in lower case as German spells it ("Jobturbo").

    >>> _closed_up(r"Job-?Turbo\w*")
    'Job(?:-?T|t)urbo\\w*'
    """
    return re.sub(r"-\?([A-ZÄÖÜ])", lambda m: f"(?:-?{m[1]}|{m[1].lower()})", pattern)


def _coupled(pattern: str) -> str:
    r"""``pattern`` with each space between words also matching a hyphen: a name of several
    words inside a compound is joined by hyphens ("Gesamtprogramm-Sprache-Broschüre",
    "Integration-durch-Sport-Projekte"); spaces in character classes or escaped stay.

    >>> _coupled(r"Gesamtprogramm\w* Sprache|IQ[- ]Netzwerk")
    'Gesamtprogramm\\w*[ -]Sprache|IQ[- ]Netzwerk'
    """
    out, in_class, escaped = [], False, False
    for ch in pattern:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == " ":
            out.append("[ -]")
            continue
        out.append(ch)
    return "".join(out)


@cache
def programmes() -> tuple[ProgrammeDef, ...]:
    out = []
    for line, r in _rows("programmes.csv", ("key", "label_de", "label_en", "patterns")):
        try:
            pattern = re.compile(rf"(?<![\w-])(?:{_coupled(_closed_up(r['patterns']))})")
        except re.error as exc:
            raise ModelError(
                f"{reference_dir() / 'programmes.csv'}:{line}: pattern for {r['key']!r} is not a "
                f"valid regular expression: {exc}"
            ) from None
        out.append(
            ProgrammeDef(
                key=r["key"],
                label_de=r["label_de"],
                label_en=r["label_en"],
                level=r.get("level") or None,
                target_group=r.get("target_group_de") or None,
                pattern=pattern,
            )
        )
    return tuple(out)


@dataclass(frozen=True, slots=True)
class WikidataLink:
    kind: str  # polity | ministry | person
    key: str  # the entity's reference key (ISO code, ministry key, person key)
    qid: str
    source: str


_QID = re.compile(r"^Q[1-9][0-9]*$")


@cache
def wikidata_links() -> tuple[WikidataLink, ...]:
    """Wikidata IDs of reference entities (``wikidata.csv``), each with where it was taken from."""
    out = []
    for line, r in _rows("wikidata.csv", ("kind", "key", "wikidata", "source")):
        kind, qid = r["kind"].strip(), r["wikidata"].strip()
        if kind not in ("polity", "ministry", "person"):
            raise ModelError(
                f"wikidata.csv:{line}: kind {kind!r}; allowed: polity, ministry, person"
            )
        if not _QID.match(qid):
            raise ModelError(f"wikidata.csv:{line}: {qid!r} is not a Wikidata item ID (Q123)")
        if not r["source"].strip():
            raise ModelError(f"wikidata.csv:{line}: say where the ID {qid} was taken from")
        out.append(WikidataLink(kind, r["key"].strip(), qid, r["source"].strip()))
    return tuple(out)
