"""TLS with a landlord's own certificate authority: the real server behind real TLS on
loopback, its certificate signed by a throw-away CA made here.

Found by following docs/deploy.md: with REQUESTS_CA_BUNDLE (or CURL_CA_BUNDLE) set, as many
managed machines have it, requests let that variable win over the session's bundle, so
`--ca-bundle` was silently ignored and the laptop could never connect.
"""

import datetime
import ipaddress
import threading
import time
from pathlib import Path

import pytest
import uvicorn
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from server.app import create_app
from server.migrations import migrate
from sync import connection
from sync.client import SyncClient
from sync.errors import SyncError
from tests.live_server import LiveServer, free_port
from tests.sync_helpers import doorstep, open_store, sync


def _cert(subject: str, issuer_key, issuer_name, key, *, ca: bool) -> x509.Certificate:
    now = datetime.datetime.now(datetime.UTC)
    builder = (x509.CertificateBuilder()
               .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)]))
               .issuer_name(issuer_name or x509.Name([x509.NameAttribute(NameOID.COMMON_NAME,
                                                                         subject)]))
               .public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(now - datetime.timedelta(minutes=5))
               .not_valid_after(now + datetime.timedelta(days=1))
               .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
    if ca:
        builder = builder.add_extension(x509.KeyUsage(
            digital_signature=True, key_cert_sign=True, crl_sign=True, content_commitment=False,
            key_encipherment=False, data_encipherment=False, key_agreement=False,
            encipher_only=False, decipher_only=False), critical=True)
    else:
        builder = builder.add_extension(x509.SubjectAlternativeName(
            [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False)
    return builder.sign(issuer_key or key, hashes.SHA256())


def _pem(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory):
    """The real server app under uvicorn with TLS; (url, CA file, LiveServer for admin)."""
    folder = tmp_path_factory.mktemp("tls")
    ca_key, key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca = _cert("Landlord test CA", None, None, ca_key, ca=True)
    leaf = _cert("localhost", ca_key, ca.subject, key, ca=False)
    ca_file = _pem(folder / "ca.pem", ca.public_bytes(serialization.Encoding.PEM))
    cert_file = _pem(folder / "server.pem", leaf.public_bytes(serialization.Encoding.PEM))
    key_file = _pem(folder / "server.key", key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    admin = LiveServer(folder)  # not started: its admin helpers on the same database
    admin.add_sample_patch()
    migrate(admin.engine)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(
        create_app(admin.db_url, str(admin.blob_dir)), host="127.0.0.1", port=port,
        ssl_certfile=str(cert_file), ssl_keyfile=str(key_file), log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started
    yield f"https://localhost:{port}", ca_file, admin
    server.should_exit = True
    thread.join(10)
    admin.close()


@pytest.fixture
def system_bundle_in_env(monkeypatch):
    """As on many managed machines: the system's bundle named in the environment."""
    for name in ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"):
        monkeypatch.setenv(name, "/etc/ssl/certs/ca-certificates.crt")


def test_the_landlords_ca_bundle_is_used_whatever_the_environment(tls_server,
                                                                  system_bundle_in_env):
    url, ca_file, _admin = tls_server
    with SyncClient(url, ca_bundle=str(ca_file)) as client:
        assert client.meta().api_version == 1


def test_without_the_bundle_the_certificate_is_refused(tls_server, monkeypatch):
    url, _ca_file, _admin = tls_server
    monkeypatch.delenv("CHAMPION_CA_BUNDLE", raising=False)
    with SyncClient(url) as client, pytest.raises(SyncError, match="security certificate"):
        client.meta()


def test_connect_and_sync_through_tls_with_the_stored_bundle(tls_server, tmp_path,
                                                              system_bundle_in_env):
    url, ca_file, admin = tls_server
    champion = admin.add_champion("tls-champ", ["E1"])
    store = open_store(tmp_path)
    try:
        connection.connect(store, url, code=champion["code"], ca_bundle=str(ca_file))
        doorstep(store, "Sent over TLS")
        result = sync(store)  # a new client from the stored connection and its bundle
        assert result.applied == 1 and store.outbox_count() == 0
    finally:
        store.close()
