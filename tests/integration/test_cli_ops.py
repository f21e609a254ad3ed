"""The command line as an operator uses it: the same home from any folder, words not reprs, honest exit codes."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from bot.alerts.dispatcher import DispatchStats
from bot.progress import Progress
from bot.summaries import describe_pass
from bot.triage.pipeline import PipelineStats
from bot.triage.sources.poller import PollResult


def pscbot(home: Path, cwd: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("PSCBOT_", "Microsoft")) and k != "DATABASE_URL"}
    clean.update(PSCBOT_HOME=str(home), PSCBOT_DEMO_DATA="false", **env)
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd,
        env=clean,
        capture_output=True,
        text=True,
        timeout=180,
        stdin=subprocess.DEVNULL,
    )


def test_every_command_finds_the_same_home_from_any_folder(tmp_path):
    home, elsewhere, other = tmp_path / "home", tmp_path / "a", tmp_path / "b"
    for folder in (home, elsewhere, other):
        folder.mkdir()
    (home / ".env").write_text("DATABASE_URL=sqlite:///state/cases.db\n")

    first = pscbot(home, elsewhere, "db", "upgrade")
    assert first.returncode == 0, first.stderr
    assert (home / "state" / "cases.db").is_file() and not (elsewhere / "state").exists()
    assert first.stdout.startswith("created the schema in")

    again = pscbot(home, other, "db", "upgrade")
    assert again.returncode == 0 and "already up to date" in again.stdout and not (other / "state").exists()

    where = pscbot(home, other, "home")
    assert f"home: {home} (PSCBOT_HOME)" in where.stdout
    assert f".env: {home / '.env'} (present)" in where.stdout
    assert f"database: sqlite:///{home / 'state' / 'cases.db'}" in where.stdout


def test_classify_exits_non_zero_for_a_missing_file(tmp_path):
    done = pscbot(tmp_path, tmp_path, "triage", "classify", str(tmp_path / "missing.eml"))
    assert done.returncode == 1
    assert "cannot read file" in done.stdout
    assert done.stderr.strip() == "pscbot: 1 of 1 files could not be read"


def test_classify_with_a_missing_rules_file_is_one_line(tmp_path):
    mail = tmp_path / "a.eml"
    mail.write_text("Subject: IRF request\n\nSynthetic body.\n")
    done = pscbot(tmp_path, tmp_path, "triage", "classify", str(mail), "--rules", str(tmp_path / "nope.yaml"))
    assert done.returncode == 2
    assert done.stderr.splitlines() == [f"pscbot: --rules: no such file {tmp_path / 'nope.yaml'}"]


def test_export_into_a_missing_folder_is_one_line(tmp_path):
    target = tmp_path / "no" / "such" / "folder" / "cases.csv"
    done = pscbot(tmp_path, tmp_path, "cases", "export", "--out", str(target))
    assert done.returncode == 1
    assert done.stderr.splitlines()[-1] == f"pscbot: cannot use {target}: No such file or directory"
    assert "Traceback" not in done.stderr


def test_kb_ingest_of_a_missing_file_fails(tmp_path):
    done = pscbot(tmp_path, tmp_path, "kb", "ingest", str(tmp_path / "missing.md"))
    assert done.returncode == 1
    assert "Traceback" not in done.stderr


def test_a_mailbox_pass_is_described_in_words():
    lines = describe_pass(
        {
            "polled": PollResult(stored_new=13, duplicates=2),
            "triaged": PipelineStats(claimed=13, processed=12, quarantined=1, linked=9, cases_created=3, alerts=4),
            "dispatched": DispatchStats(claimed=5, sent=4, retried=1),
        }
    )
    assert lines == [
        "mailbox: 13 new messages stored, 2 duplicates skipped, 0 errors",
        "triage: 12 e-mails triaged, 1 quarantined, 3 cases created, 9 linked to cases, 4 alerts raised",
        "delivery: 4 alert cards sent, 1 to retry, 0 in doubt, 0 dead, 0 conversations gone",
    ]
    assert "PollResult" not in "\n".join(lines)
    off = describe_pass({"polled": None, "triaged": PipelineStats(), "dispatched": DispatchStats()})
    assert off[0] == "mailbox: no mail source configured (PSCBOT_MAIL_SOURCE=off)"


def test_progress_is_drawn_only_on_a_terminal():
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    piped, terminal = io.StringIO(), Terminal()
    for stream in (piped, terminal):
        with Progress("import", stream) as progress:
            for done in range(1, 11):
                progress(done, 10, f"row {done}")
    assert piped.getvalue() == ""
    assert "import" in terminal.getvalue() and "10/10" in terminal.getvalue()


def test_a_failed_send_is_described_in_words():
    from bot.summaries import describe_outcome
    from bot.transport.outcomes import Failed, RecipientGone, Throttled

    assert describe_outcome(Throttled(12.0)) == (
        "Teams is rate-limiting the bot; try again later (Teams asks to wait 12 s)"
    )
    assert describe_outcome(RecipientGone(403, "BotNotInConversationRoster")) == (
        "the bot is no longer in that conversation (HTTP 403, BotNotInConversationRoster)"
    )
    assert describe_outcome(Failed(None, "timeout", in_doubt=True)) == (
        "the Bot Connector call failed (no answer: timeout)"
    )
