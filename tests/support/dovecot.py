"""A throwaway Dovecot IMAP server for integration tests (Debian's `dovecot-imapd`, no system config).

    with Dovecot.start() as server:          # the session fixture in tests/integration/imap/conftest.py
        account = server.add_user()          # psc<N>@example.test, an empty mail store, same password
        account.append(b"Subject: synthetic\r\n\r\nhello\r\n")
        account.port, account.tls_port, account.ca_file, account.user, account.password
        account.change_uidvalidity()         # doveadm mailbox update --uid-validity (messages kept)

Everything lives under one temporary directory (not pytest's tmp_path, which is 0700 while mail is owned
by an unprivileged account): config, passwd-file (`psc@example.test` plus `EXTRA_USERS` numbered accounts),
Maildir store, run dir, logs and, when `openssl` is available, a self-signed EC certificate for STARTTLS (on
`port`) and implicit TLS (`tls_port`). `dovecot -F -c <conf>` runs in its own process group; `stop()` sends
SIGTERM, then SIGKILLs the group after 0.5 s. As root, login/internal/mail processes run as `dovenull`
(Dovecot refuses mail access as uid 0); as an ordinary user, as that user. `require_dovecot()` skips when the
binaries are missing, or fails when CI=true.
"""

from __future__ import annotations

import contextlib
import imaplib
import itertools
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

from tests.support.ci import in_ci

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"
DOVEADM = shutil.which("doveadm") or "/usr/bin/doveadm"
USER = "psc@example.test"
PASSWORD = "synthetic-password-1"
START_TIMEOUT_S = 10.0
EXTRA_USERS = 500  # accounts psc1..psc500@example.test for add_user()
_counter = itertools.count(1)


def dovecot_missing_reason() -> str | None:
    for binary in (DOVECOT, DOVEADM):
        if not os.path.isfile(binary) or not os.access(binary, os.X_OK):
            return f"{binary} not found (scripts/install-test-deps.sh installs dovecot-core, dovecot-imapd)"
    return None


def require_dovecot() -> None:
    """Skip the calling test (fail when CI=true) if dovecot is not installed."""
    import pytest

    reason = dovecot_missing_reason()
    if reason:
        if in_ci():
            pytest.fail(f"dovecot required in CI: {reason}")
        pytest.skip(reason)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for_port(port: int, deadline: float) -> bool:
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.5) as s:
            s.settimeout(1.0)
            if s.recv(256).startswith(b"* OK"):
                return True
        time.sleep(0.05)
    return False


def _make_cert(directory: Path) -> tuple[Path, Path] | None:
    openssl = shutil.which("openssl")
    if not openssl:
        return None
    cert, key = directory / "cert.pem", directory / "key.pem"
    proc = subprocess.run(
        [
            openssl,
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=localhost",
            "-addext",
            "subjectAltName=DNS:localhost,IP:127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        capture_output=True,
        timeout=30,
        check=False,
    )
    if proc.returncode != 0:
        return None
    return cert, key


@dataclass
class Dovecot:
    root: Path
    port: int
    tls_port: int | None
    ca_file: Path | None
    user: str = USER
    password: str = PASSWORD
    host: str = "127.0.0.1"
    _proc: subprocess.Popen | None = field(default=None, repr=False)

    @property
    def config(self) -> Path:
        return self.root / "dovecot.conf"

    @property
    def maildir(self) -> Path:
        return self.root / "mail" / self.user

    @classmethod
    @contextlib.contextmanager
    def start(cls, *, tls: bool = True):
        server = cls._prepare(tls=tls)
        try:
            server._launch()
            yield server
        finally:
            server.stop()
            shutil.rmtree(server.root, ignore_errors=True)

    @classmethod
    def _prepare(cls, *, tls: bool) -> Dovecot:
        reason = dovecot_missing_reason()
        if reason:
            raise RuntimeError(reason)
        # Not under pytest's tmp_path: that tree is mode 0700 and the mail user may not be us.
        root = Path(tempfile.mkdtemp(prefix="pscbot-dovecot-"))
        root.chmod(0o755)
        if os.geteuid() == 0:
            # Dovecot refuses mail access as uid 0; use an existing unprivileged system account.
            account = next((pwd.getpwnam(n) for n in ("dovenull", "nobody") if _user_exists(n)), None)
            if account is None:
                raise RuntimeError("no unprivileged account (dovenull/nobody) for dovecot's mail user")
            login_user, internal_user = account.pw_name, account.pw_name
            uid, gid = account.pw_uid, account.pw_gid
        else:
            me = pwd.getpwuid(os.getuid())
            login_user = internal_user = me.pw_name
            uid, gid = me.pw_uid, me.pw_gid
        certs = _make_cert(root) if tls else None
        port = free_port()
        tls_port = free_port() if certs else None
        for sub in ("run", "state", "mail", "home"):
            (root / sub).mkdir()
        for sub in ("mail", "home"):
            os.chown(root / sub, uid, gid)
        users = [USER] + [f"psc{n}@example.test" for n in range(1, EXTRA_USERS + 1)]
        (root / "passwd").write_text(
            "".join(f"{user}:{{PLAIN}}{PASSWORD}:{uid}:{gid}::{root}/home/{user}\n" for user in users)
        )
        ssl_lines = f"ssl = yes\nssl_cert = <{certs[0]}\nssl_key = <{certs[1]}\n" if certs else "ssl = no\n"
        imaps = (
            f"  inet_listener imaps {{\n    address = 127.0.0.1\n    port = {tls_port}\n    ssl = yes\n  }}\n"
            if tls_port
            else "  inet_listener imaps {\n    port = 0\n  }\n"
        )
        (root / "dovecot.conf").write_text(f"""\
# pscbot test server: generated, throwaway.
base_dir = {root}/run
state_dir = {root}/state
instance_name = pscbot-test-{port}
log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
default_login_user = {login_user}
default_internal_user = {internal_user}
first_valid_uid = {min(uid, 100) if uid else 0}
first_valid_gid = 0
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
{ssl_lines}mail_location = maildir:{root}/mail/%u
mail_uid = {uid}
mail_gid = {gid}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/home/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
{imaps}  chroot =
}}
service anvil {{
  chroot =
}}
service auth-worker {{
  user = {"root" if os.geteuid() == 0 else login_user}
}}
protocol imap {{
  mail_max_userip_connections = 50
}}
""")
        return cls(root=root, port=port, tls_port=tls_port, ca_file=certs[0] if certs else None)

    def _launch(self) -> None:
        with open(self.root / "stderr.log", "wb") as err:
            self._proc = subprocess.Popen(
                [DOVECOT, "-F", "-c", str(self.config)],
                stdout=subprocess.DEVNULL,
                stderr=err,
                start_new_session=True,
            )
        deadline = time.monotonic() + START_TIMEOUT_S
        ok = _wait_for_port(self.port, deadline)
        if ok and self.tls_port:
            ok = _wait_for_port_tcp(self.tls_port, deadline)
        if not ok:
            log = self.logs()
            self.stop()
            raise RuntimeError(f"dovecot did not start within {START_TIMEOUT_S}s:\n{log}")

    def logs(self) -> str:
        out = []
        for name in ("stderr.log", "dovecot.log"):
            path = self.root / name
            if path.exists():
                out.append(path.read_text(errors="replace")[-4000:])
        return "\n".join(out)

    def stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        # A throwaway server: ask politely, then end the whole process group (imap, auth, login children).
        if proc.poll() is None:
            proc.terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=0.5)
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=5)

    # -- helpers for tests -------------------------------------------------------------------------

    def add_user(self) -> Dovecot:
        """A handle for another synthetic account on this server, with an empty mail store.

        The passwd-file is written once with `EXTRA_USERS` accounts at start (Dovecot's reload of a changed
        passwd-file is not immediate, so accounts are not added on the fly).
        """
        n = next(_counter)
        if n > EXTRA_USERS:
            raise RuntimeError(f"more than {EXTRA_USERS} test accounts requested from one server")
        return replace(self, user=f"psc{n}@example.test", _proc=None)

    def client(self) -> imaplib.IMAP4:
        conn = imaplib.IMAP4(self.host, self.port, timeout=5)
        conn.login(self.user, self.password)
        return conn

    def append(self, *messages: bytes, folder: str = "INBOX") -> None:
        conn = self.client()
        try:
            if folder.upper() != "INBOX":
                conn.create(folder)  # NO if it exists: fine
            for raw in messages:
                typ, data = conn.append(folder, None, None, raw)
                if typ != "OK":
                    raise RuntimeError(f"APPEND failed: {data!r}")
        finally:
            with contextlib.suppress(Exception):
                conn.logout()

    def uidvalidity(self, folder: str = "INBOX") -> int:
        conn = self.client()
        try:
            typ, data = conn.status(folder, "(UIDVALIDITY)")
            assert typ == "OK", data
            text = data[0].decode()
            return int(text.rsplit("UIDVALIDITY", 1)[1].strip(" )"))
        finally:
            with contextlib.suppress(Exception):
                conn.logout()

    def change_uidvalidity(self, folder: str = "INBOX") -> int:
        """Give `folder` a new UIDVALIDITY while keeping its messages (doveadm mailbox update)."""
        new = self.uidvalidity(folder) + 1000
        proc = subprocess.run(
            [DOVEADM, "-c", str(self.config), "mailbox", "update", "-u", self.user, "--uid-validity", str(new), folder],
            capture_output=True,
            timeout=15,
            check=False,
        )
        if proc.returncode != 0:
            raise RuntimeError(f"doveadm mailbox update failed: {proc.stderr.decode(errors='replace')}")
        return new


def _wait_for_port_tcp(port: int, deadline: float) -> bool:
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
        time.sleep(0.05)
    return False


def _user_exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True
