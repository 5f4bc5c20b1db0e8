"""What a pushed record may name, and who may read a photo (issue 13, findings 9-10).

Finding 9: a version's device_id was taken from the payload (the audit trail could be
forged), and a record could name a home, block or job outside its estate. Finding 10: a
champion could read another patch's photo by citing its SHA-256 in their own record,
`/blobs/missing` told anyone whether a photo existed, any bytes were stored as a "photo", and
unreferenced uploads had no limit.
"""

import hashlib
import os

import pytest

from .helpers import mutation, new_id, photo, pull_all, push_ok, version

pytestmark = pytest.mark.timeout(180)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def jpeg(size: int = 64) -> bytes:
    """Bytes that start like a JPEG file (the server checks the header, not the picture)."""
    return b"\xff\xd8\xff\xe0" + os.urandom(size)


def enrolled(server, estates=("E1",)) -> dict:
    user = server.add_champion(f"champ-{new_id()[:8]}", list(estates))
    return server.enrol(user["code"])


def put(server, auth, content: bytes, sha: str | None = None):
    sha = sha or hashlib.sha256(content).hexdigest()
    return server.request("PUT", f"/blobs/{sha}", raw=content, token=auth["token"])


# --- finding 9 ------------------------------------------------------------------------------

def test_a_versions_device_comes_from_the_token(server):
    champ = enrolled(server)
    data = version("E1", device_id="someone-elses-laptop")
    [applied] = push_ok(server, champ, mutation("record_version", data))
    assert applied["status"] == "applied"
    changes, _ = pull_all(server, champ)
    [mine] = [c for c in changes if c["id"] == data["version_id"]]
    assert mine["data"]["device_id"] == champ["device_id"]


@pytest.mark.parametrize("field, value", [("block_id", "B2"), ("home_id", "H2"),
                                          ("job_ref", "WO-2")])
def test_a_record_cannot_name_a_place_outside_its_estate(server, field, value):
    champ = enrolled(server)
    [result] = push_ok(server, champ, mutation("record_version", version("E1", **{field: value})))
    assert result["status"] == "rejected" and result["error"]["code"] == "validation"
    assert field in result["error"]["fields"]
    # Coordinators are held to the same rule: the place must be in the record's estate.
    coord = server.login(server.add_coordinator(f"c-{new_id()[:8]}")["username"],
                         "correct horse 42")
    [result] = push_ok(server, coord, mutation("record_version", version("E1", **{field: value})))
    assert result["status"] == "rejected" and field in result["error"]["fields"]


def test_places_inside_the_estate_and_typed_job_refs_are_fine(server):
    champ = enrolled(server)
    results = push_ok(server, champ,
                      mutation("record_version", version("E1", block_id="B1", home_id="H1",
                                                         job_ref="WO-1")),
                      mutation("record_version", version("E1", job_ref="WO-TYPED-BY-HAND")))
    assert [r["status"] for r in results] == ["applied", "applied"]


# --- finding 10 -----------------------------------------------------------------------------

def test_citing_another_patchs_photo_does_not_unlock_it(server):
    """The audit's case: champion B names A's photo in their own record, then fetches it."""
    alice, bob = enrolled(server, ["E1"]), enrolled(server, ["E2"])
    content = jpeg()
    sha, attachment = photo(content)
    assert put(server, alice, content)[0] == 201
    [applied] = push_ok(server, alice, mutation("record_version",
                                                version("E1", attachments=[attachment])))
    assert applied["status"] == "applied"

    [answer] = push_ok(server, bob, mutation("record_version",
                                             version("E2", attachments=[attachment])))
    assert answer["status"] == "needs_blobs" and answer["missing"] == [sha]
    status, _ = server.request("GET", f"/blobs/{sha}", token=bob["token"])
    assert status == 403
    assert server.request("GET", f"/blobs/{sha}", token=alice["token"]) == (200, content)


def test_blobs_missing_reveals_nothing_about_other_peoples_photos(server):
    alice, bob = enrolled(server), enrolled(server)
    content = jpeg()
    sha = hashlib.sha256(content).hexdigest()
    assert put(server, alice, content)[0] == 201
    status, answer = server.request("POST", "/blobs/missing", {"sha256": [sha]},
                                    token=bob["token"])
    assert status == 200 and answer == {"missing": [sha]}  # as if the server had never seen it
    # Once Bob sends the bytes himself (he had them all along), they count as his too.
    assert put(server, bob, content)[0] == 200
    assert server.request("POST", "/blobs/missing", {"sha256": [sha]},
                          token=bob["token"])[1] == {"missing": []}
    [applied] = push_ok(server, bob, mutation("record_version", version(
        "E1", attachments=[photo(content)[1]])))
    assert applied["status"] == "applied"
    assert server.request("GET", f"/blobs/{sha}", token=bob["token"]) == (200, content)


@pytest.mark.parametrize("content", [b"<html><script>alert(1)</script></html>",
                                     b"MZ\x90\x00 an executable", b"GIF89a not ours",
                                     b"\xff\xd8", PNG_SIGNATURE[:7]])
def test_blob_bytes_must_be_a_jpeg_or_png(server, content):
    champ = enrolled(server)
    status, answer = put(server, champ, content)
    assert status == 422 and answer["error"]["code"] == "not_an_image"


def test_jpeg_and_png_are_taken(server):
    champ = enrolled(server)
    assert put(server, champ, jpeg())[0] == 201
    png = PNG_SIGNATURE + b"\x00\x00\x00\rIHDR" + os.urandom(32)
    assert put(server, champ, png)[0] == 201


def test_unreferenced_uploads_have_a_quota(own_server):
    server = own_server(env={"CHAMPION_SERVER_BLOB_QUOTA_MB": "1"})
    champ = enrolled(server)
    first, second, third = (jpeg(400 * 1024) for _ in range(3))
    assert put(server, champ, first)[0] == 201
    assert put(server, champ, second)[0] == 201
    status, answer = put(server, champ, third)
    assert status == 413 and answer["error"]["code"] == "quota"
    # Citing a photo in a record frees its share of the quota.
    [applied] = push_ok(server, champ, mutation("record_version", version(
        "E1", attachments=[photo(first)[1]])))
    assert applied["status"] == "applied"
    assert put(server, champ, third)[0] == 201
    # The quota is per person: another champion is not held up by this one.
    assert put(server, enrolled(server), jpeg(400 * 1024))[0] == 201
