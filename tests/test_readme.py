"""The README is tested: every command of its fenced ``sh`` blocks runs as printed, and every
example output (a ``text`` block of ``$ command`` lines and what they print) is what the command
really prints.

How the commands run:

- In document order, as one shell session would: each command runs in ``bash -c`` exactly as
  printed, and the working folder and environment it leaves (``source .venv/bin/activate``,
  ``cd``, ``export``) carry over to the next command.
- In a temporary folder laid out like a checkout after ``make build``: ``.venv`` (the test's own
  virtual environment), ``queries/`` and ``examples/`` linked from the repository, a
  ``downloads/`` folder holding the mixed downloads of the README's example (generated here),
  and ``HOME`` pointing at a temporary home whose ``~/Downloads/intmk/`` holds the sample corpus.
- Servers (a command ending in ``&``, or any ``serve`` command) are started, probed until they
  answer HTTP on their port, and stopped: a ``&`` one at the end of its block, a foreground
  one right after the probe (as a user would press Ctrl-C). The only change made to a command
  is its port: the README's fixed ports (8000, 7878) are replaced by free ones in every command
  of that block, so that the test never collides with another server on the machine.
- ``make build`` runs in a fresh ``git clone`` of this repository in a temporary folder (it sets
  up its own .venv from PyPI; pip's cache under the real ``HOME`` is used). A clone holds what
  is committed: in a work tree, commit before running this test to see your changes there. ``make test`` is
  exempt: it is what CI itself runs (``.ci/run``), and running it here would run this test again.
- An example's ``$`` command runs in a fresh folder of its own; its output must match the
  README line by line, except the figures that vary from run to run (``seconds``) or with the
  extractors' versions (``statements added``). The exit code must be 0, or 1 where the example
  lists files that ``failed`` (the documented exit code for that).

A failure names the README line of the command, what was expected and what happened.
"""

from __future__ import annotations

import contextlib
import difflib
import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
VENV = Path(sys.prefix)
EXEMPT = {
    "make test": "make test is what CI runs (.ci/run); run here it would start this test again"
}
# Lines of example output whose figure varies: (label, what may differ)
VARYING = re.compile(r"^(seconds|statements added)(\s+)[\d.,]+$")
PORT_IN_COMMAND = re.compile(r"(?:--port[ =]|--bind[ =][\w.\[\]:]*?:)(\d{2,5})\b")


# ----------------------------------------------------------------------------- reading README


@dataclass
class Command:
    line: int  # 1-based line in README.md
    text: str
    block: int  # index of its fenced block
    expected_output: list[str] | None = None  # for ``$`` lines of a text block
    expected_output_line: int = 0

    @property
    def id(self) -> str:
        return f"L{self.line}:{self.text.split('#')[0].strip()[:60]}"


@dataclass
class Block:
    index: int
    kind: str  # sh | python | text
    line: int
    commands: list[Command] = field(default_factory=list)
    code: str = ""


def read_readme(text: str) -> list[Block]:
    blocks: list[Block] = []
    current: Block | None = None
    for n, raw in enumerate(text.splitlines(), start=1):
        fence = re.match(r"^```(\w*)\s*$", raw)
        if fence and current is None:
            current = Block(len(blocks), fence.group(1) or "plain", n)
            continue
        if fence and current is not None:
            if current.kind in ("sh", "python", "text"):
                blocks.append(current)
            current = None
            continue
        if current is None:
            continue
        if current.kind == "sh" and raw.strip() and not raw.lstrip().startswith("#"):
            current.commands.append(Command(n, raw.strip(), current.index))
        elif current.kind == "python":
            current.code += raw + "\n"
        elif current.kind == "text":
            if raw.startswith("$ "):
                current.commands.append(Command(n, raw[2:].strip(), current.index, [], n + 1))
            elif current.commands:
                out = current.commands[-1].expected_output
                assert out is not None
                out.append(raw)
    return blocks


BLOCKS = read_readme(README.read_text(encoding="utf-8"))
COMMANDS = [c for b in BLOCKS for c in b.commands]


# ----------------------------------------------------------------------------- preparing folders


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


ENGLISH = (
    "The conference of integration ministers met in Berlin this week. The ministers of the "
    "federal states discussed language courses, the funding of counselling services and the "
    "recognition of foreign qualifications, and they asked the federal government to pay its "
    "share of the costs.\n"
)


def mixed_downloads(folder: Path) -> None:
    """The README's "folder of mixed downloads": seven readable documents (text, Markdown,
    cp1252 text, a PDF with a text layer, a saved HTML page), one copy of another, and one file
    for each reason the README lists."""
    from fixtures.documents import (
        encrypted_pdf,
        image_only_pdf,
        ministry_page_html,
        press_release_pdf,
        truncated_pdf,
    )

    folder.mkdir(parents=True)
    corpus = sorted((ROOT / "examples" / "corpus").iterdir())
    for f in corpus[:4]:
        shutil.copy(f, folder / f.name)
    shutil.copy(corpus[1], folder / "kopie.txt")
    saxony = ROOT / "tests" / "data" / "documents" / "medieninformation_sachsen.txt"
    (folder / "medieninformation.txt").write_bytes(
        saxony.read_text(encoding="utf-8").encode("cp1252")
    )
    press_release_pdf(folder / "pressemitteilung.pdf")
    ministry_page_html(folder / "landesportal.html")
    os.symlink(".", folder / "schleife")
    truncated_pdf(folder / "abgebrochen.pdf")
    (folder / "binär.txt").write_bytes(b"PK\x03\x04\x00\x00\x14\x00" * 64)
    (folder / "english.txt").write_text(ENGLISH, encoding="utf-8")
    encrypted_pdf(folder / "geschuetzt.pdf")
    (folder / "leer.txt").write_bytes(b"")
    (folder / "nur-script.html").write_text(
        "<!DOCTYPE html><html><head><script>var a = 1;</script></head>"
        "<body><script>document.write('x')</script></body></html>",
        encoding="utf-8",
    )
    with (folder / "riesig.txt").open("wb") as f:
        f.truncate(105_000_000)  # sparse: the size is checked before anything is read
    image_only_pdf(folder / "scan.pdf")


def prepare(folder: Path) -> dict[str, str]:
    """A checkout-like working folder and a home; the environment of a fresh terminal."""
    work, home = folder / "work", folder / "home"
    work.mkdir(parents=True)
    (home / "Downloads").mkdir(parents=True)
    shutil.copytree(ROOT / "examples" / "corpus", home / "Downloads" / "intmk")
    (work / ".venv").symlink_to(VENV)
    for name in ("queries", "examples"):
        (work / name).symlink_to(ROOT / name)
    mixed_downloads(work / "downloads")
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")}
    env["PATH"] = os.pathsep.join(
        p for p in env.get("PATH", "").split(os.pathsep) if Path(p) != VENV / "bin"
    )
    env["HOME"] = str(home)
    env["PWD"] = str(work)
    env["COLUMNS"] = "100"
    return env


# ----------------------------------------------------------------------------- running


@dataclass
class Outcome:
    command: Command
    rc: int | None = None
    stdout: str = ""
    stderr: str = ""
    problem: str | None = None  # set when the command did not do what the README says
    skipped: str | None = None


def _tail(text: str, n: int = 30) -> str:
    # pip's notes on this machine's local package folders hide the error that matters
    lines = [x for x in text.rstrip().splitlines() if not x.startswith("WARNING: Location")]
    return "\n".join(lines[-n:]) if lines else "(nothing)"


class Session:
    """One terminal: working folder and environment carry over from command to command."""

    def __init__(self, env: dict[str, str], cwd: Path, scratch: Path) -> None:
        self.env, self.cwd, self.scratch = env, cwd, scratch
        self.servers: list[tuple[Command, subprocess.Popen]] = []

    def run(self, cmd: Command, text: str) -> Outcome:
        state = self.scratch / f"state-{cmd.line}"
        script = f"{text}\n__rc=$?\nenv -0 > {shlex.quote(str(state))}.env\npwd > {shlex.quote(str(state))}.pwd\nexit $__rc\n"
        try:
            done = subprocess.run(
                ["bash", "-c", script],
                cwd=self.cwd,
                env=self.env,
                capture_output=True,
                text=True,
                timeout=900,
                stdin=subprocess.DEVNULL,
            )
        except subprocess.TimeoutExpired:
            return Outcome(cmd, problem="did not finish within 15 minutes")
        env_file, pwd_file = Path(f"{state}.env"), Path(f"{state}.pwd")
        if env_file.exists():
            pairs = env_file.read_bytes().split(b"\0")
            self.env = dict(p.decode().split("=", 1) for p in pairs if b"=" in p)
            self.cwd = Path(pwd_file.read_text().strip())
        return Outcome(cmd, done.returncode, done.stdout, done.stderr)

    def start(self, cmd: Command, text: str, port: int | None, keep: bool) -> Outcome:
        log = self.scratch / f"server-{cmd.line}.log"
        with log.open("wb") as out:
            proc = subprocess.Popen(
                ["bash", "-c", text],
                cwd=self.cwd,
                env=self.env,
                stdout=out,
                stderr=out,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )
        outcome = Outcome(cmd)
        if port is None:
            outcome.problem = "starts a server, but the test cannot tell its port"
        else:
            outcome.problem = _probe(proc, port)
        outcome.stderr = log.read_text(errors="replace")
        if outcome.problem is None and keep:
            self.servers.append((cmd, proc))
        else:
            _stop(proc)
            outcome.stderr = log.read_text(errors="replace")
        outcome.rc = 0 if outcome.problem is None else proc.returncode
        return outcome

    def stop_servers(self) -> None:
        for _, proc in self.servers:
            _stop(proc)
        self.servers.clear()


def _probe(proc: subprocess.Popen, port: int, seconds: float = 60) -> str | None:
    """None once http://127.0.0.1:PORT/ answers with a status below 500; else what happened."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return f"exited {proc.returncode} before it answered on port {port}"
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as r:
                return None if r.status < 500 else f"answered {r.status} on /"
        except urllib.error.HTTPError as exc:
            return None if exc.code < 500 else f"answered {exc.code} on /"
        except OSError:
            time.sleep(0.2)
    return f"did not answer on port {port} within {seconds:.0f} s"


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, signal.SIGINT)  # Ctrl-C
            proc.wait(timeout=20)
        except (subprocess.TimeoutExpired, ProcessLookupError):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)


def _is_server(tokens: list[str]) -> bool:
    return "serve" in tokens[:3] or tokens[-1:] == ["&"]


def _ports(block: Block) -> dict[str, str]:
    """The README's fixed ports in this block's server commands, each mapped to a free port."""
    ports: dict[str, str] = {}
    for c in block.commands:
        tokens = shlex.split(c.text, comments=True)
        if tokens and _is_server(tokens):
            for p in PORT_IN_COMMAND.findall(c.text):
                ports.setdefault(p, str(free_port()))
    return ports


def _with_ports(text: str, ports: dict[str, str]) -> str:
    for old, new in ports.items():
        text = re.sub(rf"(?<=[: =]){old}\b", new, text)
    return text


def make_build(cmd: Command, scratch: Path) -> Outcome:
    clone = scratch / "clone"
    subprocess.run(
        ["git", "clone", "--quiet", str(ROOT), str(clone)], check=True, capture_output=True
    )
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")}
    done = subprocess.run(
        ["bash", "-c", cmd.text],
        cwd=clone,
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
        stdin=subprocess.DEVNULL,
    )
    outcome = Outcome(cmd, done.returncode, done.stdout, done.stderr)
    overview = clone / "exports" / "html" / "overview.html"
    if done.returncode == 0 and not (clone / ".intgraph" / "store").is_dir():
        outcome.problem = "left no store in .intgraph/store/ (the README says it does)"
    elif done.returncode == 0 and not overview.exists():
        outcome.problem = "wrote no exports/html/overview.html (the README says it does)"
    shutil.rmtree(clone, ignore_errors=True)
    return outcome


def run_sh_block(block: Block, session: Session, scratch: Path) -> Iterator[Outcome]:
    ports = _ports(block)
    try:
        for cmd in block.commands:
            first = " ".join(shlex.split(cmd.text, comments=True)[:2])
            if first in EXEMPT:
                yield Outcome(cmd, skipped=EXEMPT[first])
                continue
            if first == "make build":
                yield make_build(cmd, scratch)
                continue
            text = _with_ports(cmd.text, ports)
            tokens = shlex.split(text, comments=True)
            if _is_server(tokens):
                found = PORT_IN_COMMAND.findall(text)
                port = int(found[0]) if found else None
                background = tokens[-1] == "&"
                if background:
                    text = text[: text.rindex("&")]
                yield session.start(cmd, text, port, keep=background)
            else:
                yield session.run(cmd, text)
    finally:
        session.stop_servers()


def run_python_block(block: Block, session: Session, scratch: Path) -> Outcome:
    script = scratch / f"readme-line-{block.line}.py"
    script.write_text(block.code, encoding="utf-8")
    cmd = Command(block.line, f"python {script.name}  (the python block)", block.index)
    outcome = session.run(cmd, f"python {shlex.quote(str(script))}")
    return outcome


def run_example(cmd: Command, scratch: Path) -> Outcome:
    env = prepare(scratch)
    session = Session(env, scratch / "work", scratch)
    activated = session.run(cmd, "source .venv/bin/activate")
    if activated.rc != 0:
        return Outcome(cmd, problem=f"source .venv/bin/activate failed: {activated.stderr}")
    return session.run(cmd, cmd.text)


# ----------------------------------------------------------------------------- the checks


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict[int, Outcome]:
    """Runs the whole README once, in order; the tests below look at one command each."""
    scratch = tmp_path_factory.mktemp("readme")
    env = prepare(scratch)
    session = Session(env, scratch / "work", scratch)
    results: dict[int, Outcome] = {}
    for block in BLOCKS:
        if block.kind == "sh":
            for outcome in run_sh_block(block, session, scratch):
                results[outcome.command.line] = outcome
        elif block.kind == "python":
            results[block.line] = run_python_block(block, session, scratch)
        elif block.kind == "text":
            for cmd in block.commands:
                results[cmd.line] = run_example(cmd, tmp_path_factory.mktemp("example"))
    return results


def _where(cmd: Command) -> str:
    return f"README.md line {cmd.line}: `{cmd.text}`"


def _check_rc(outcome: Outcome, expected: int) -> None:
    cmd = outcome.command
    if outcome.problem:
        pytest.fail(f"{_where(cmd)} {outcome.problem}\n--- its output ---\n{_tail(outcome.stderr)}")
    if outcome.rc != expected:
        pytest.fail(
            f"{_where(cmd)} exited {outcome.rc}, expected {expected}\n"
            f"--- stderr ---\n{_tail(outcome.stderr)}\n--- stdout ---\n{_tail(outcome.stdout)}"
        )


def _same(expected: str, actual: str) -> bool:
    e, a = VARYING.match(expected), VARYING.match(actual)
    if e and a:
        return e.group(1) == a.group(1)
    return expected.rstrip() == actual.rstrip()


@pytest.mark.parametrize(
    "line", [c.line for c in COMMANDS if c.expected_output is None], ids=lambda n: f"L{n}"
)
def test_readme_command_runs_as_printed(outcomes: dict[int, Outcome], line: int) -> None:
    outcome = outcomes[line]
    if outcome.skipped:
        pytest.skip(f"README.md line {line}: {outcome.skipped}")
    _check_rc(outcome, 0)


@pytest.mark.parametrize(
    "line", [c.line for c in COMMANDS if c.expected_output is not None], ids=lambda n: f"L{n}"
)
def test_readme_example_output_is_what_the_command_prints(
    outcomes: dict[int, Outcome], line: int
) -> None:
    outcome = outcomes[line]
    cmd = outcome.command
    assert cmd.expected_output is not None
    expected = [x for x in cmd.expected_output if x.strip()]
    _check_rc(outcome, 1 if any(x.startswith("failed:") for x in expected) else 0)
    actual = [x for x in (outcome.stdout + outcome.stderr).splitlines() if x.strip()]
    if len(actual) == len(expected) and all(map(_same, expected, actual)):
        return
    first = next(
        (i for i, (e, a) in enumerate(zip(expected, actual, strict=False)) if not _same(e, a)),
        min(len(expected), len(actual)),
    )
    diff = "\n".join(
        difflib.unified_diff(expected, actual, "README.md", "real output", lineterm="")
    )
    pytest.fail(
        f"{_where(cmd)}: its output differs from the README from README.md line "
        f"{cmd.expected_output_line + first} on (figures of 'seconds' and 'statements added' "
        f"may differ)\n{diff}\n--- the real output, to paste into README.md ---\n"
        + "\n".join(actual)
    )


@pytest.mark.parametrize("line", [b.line for b in BLOCKS if b.kind == "python"])
def test_readme_python_example_runs(outcomes: dict[int, Outcome], line: int) -> None:
    outcome = outcomes[line]
    _check_rc(outcome, 0)
    assert outcome.stdout.strip(), f"README.md line {line}: the python block printed nothing"


def test_readme_has_commands_to_test() -> None:
    """Guards the reader: the README's blocks are found."""
    assert len([c for c in COMMANDS if c.expected_output is None]) >= 10
    assert any(c.expected_output for c in COMMANDS)
