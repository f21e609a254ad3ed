"""One real Dovecot per test session (plain + STARTTLS on `port`, implicit TLS on `tls_port`); every test gets
its own synthetic account, so mailboxes, UIDs and UIDVALIDITY never leak between tests."""

from __future__ import annotations

import pytest

from tests.support.dovecot import Dovecot, require_dovecot


@pytest.fixture(scope="session")
def dovecot_server():
    require_dovecot()
    with Dovecot.start() as server:
        yield server


@pytest.fixture
def dovecot(dovecot_server):
    return dovecot_server.add_user()
