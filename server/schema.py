"""The server's tables (SQLAlchemy Core), one schema for SQLite and PostgreSQL.

Entity data travels as JSON text: the server stores what it validated and sends it back as
is, so a column per field would only be a second copy of the wire models to keep in step.
Columns exist where the server filters or enforces something (ids, estates, owners, seq).

A change here needs a revision in `server/alembic/versions/` too (docs/server.md, "Changing
the schema"); a test fails while the two differ.
"""

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

ID = 64

server_meta = Table(
    "server_meta", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

# One row. Every change takes its seq from here inside the committing transaction; the row
# lock (PostgreSQL) or the writer lock (SQLite) is held to commit, so seqs commit in order.
seq_counter = Table(
    "seq_counter", metadata,
    Column("id", Integer, primary_key=True),
    Column("value", BigInteger, nullable=False),
)

users = Table(
    "users", metadata,
    Column("id", String(ID), primary_key=True),
    Column("username", String(100), nullable=False, unique=True),
    Column("display_name", String(200), nullable=False, default=""),
    Column("role", String(20), nullable=False),
    Column("password_hash", Text),
    Column("created_at", DateTime(timezone=True), nullable=False),
    # The seq of the last patch change: a champion's cursor older than this gets reset.
    Column("patch_changed_seq", BigInteger, nullable=False, default=0),
    # A disabled account cannot sign in and its devices are refused; a removed one is also
    # disabled for good, kept only so its records still name their author.
    Column("disabled_at", DateTime(timezone=True)),
    Column("removed_at", DateTime(timezone=True)),
)

user_estates = Table(
    "user_estates", metadata,
    Column("user_id", String(ID), primary_key=True),
    Column("estate_id", String(ID), primary_key=True),
)

# Every estate that has ever been in a user's patch: a version for one of them that is no
# longer in the patch is held for a coordinator, one for any other estate is refused.
patch_history = Table(
    "patch_history", metadata,
    Column("user_id", String(ID), primary_key=True),
    Column("estate_id", String(ID), primary_key=True),
)

devices = Table(
    "devices", metadata,
    Column("id", String(ID), primary_key=True),
    Column("user_id", String(ID), nullable=False, index=True),
    Column("name", String(100), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("revoked_at", DateTime(timezone=True)),
    # The last authenticated request, written at most once a minute (accounts.note_seen):
    # the coordinators' "last sync" for a champion.
    Column("last_seen_at", DateTime(timezone=True)),
    # Where the sign-in came from: an account under attack still takes sign-ins from here.
    Column("address", String(64)),
    # A lost laptop: revoked *and* to be wiped; told so at its next contact (401 device_wiped).
    Column("wipe_requested_at", DateTime(timezone=True)),
    Column("wipe_told_at", DateTime(timezone=True)),
    # The app version the device last named (X-Champion-Version), written when it changes
    # (server/seen.py): who runs an old app, for coordinators and `champion-server stats`.
    Column("app_version", String(32)),
)

enrolment_codes = Table(
    "enrolment_codes", metadata,
    Column("code_hash", String(64), primary_key=True),
    Column("user_id", String(ID), nullable=False, index=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
    Column("used_at", DateTime(timezone=True)),
)

# One counter per limited thing (an address, a username, the two together), keyed by the
# SHA-256 of its name, so the table holds at most one row per thing seen in a window and
# expired rows are pruned as new tries come in (server/ratelimit.py).
rate_limits = Table(
    "rate_limits", metadata,
    Column("key", String(64), primary_key=True),
    Column("expires_at", DateTime(timezone=True), nullable=False, index=True),
    Column("count", Integer, nullable=False),
)

# Every admin action, export and erasure: who, what, to whom, when (server/audit.py).
audit_log = Table(
    "audit_log", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime(timezone=True), nullable=False, index=True),
    Column("actor_id", String(ID)),
    Column("actor", String(200), nullable=False),
    Column("action", String(50), nullable=False),
    Column("target", String(200), nullable=False),
    Column("detail", Text, nullable=False),
)

# Reference data (estate, block, home, job, operative, setting), as imported.
reference = Table(
    "reference", metadata,
    Column("entity", String(20), primary_key=True),
    Column("id", String(ID), primary_key=True),
    Column("estate_id", String(ID)),
    Column("data", Text, nullable=False),
    Column("seq", BigInteger, nullable=False),
)

records = Table(
    "records", metadata,
    Column("record_id", String(ID), primary_key=True),
    Column("owner_id", String(ID), nullable=False, index=True),
    Column("estate_id", String(ID), nullable=False),
    Column("head_version_id", String(ID), nullable=False),
)

record_versions = Table(
    "record_versions", metadata,
    Column("version_id", String(ID), primary_key=True),
    Column("record_id", String(ID), nullable=False, index=True),
    Column("author_id", String(ID), nullable=False),
    Column("estate_id", String(ID), nullable=False),
    Column("content_hash", String(64), nullable=False),
    Column("data", Text, nullable=False),
    Column("received_at", DateTime(timezone=True), nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("conflict", Boolean, nullable=False, default=False),
    # Sent for an estate that was in the champion's patch but is not any more: stored (so
    # nothing is stranded) but held until a coordinator accepts it (server/held.py).
    Column("held", Boolean, nullable=False, default=False),
    # Past the contact-details retention period: contact removed (server/retention.py).
    Column("contact_cleared_at", DateTime(timezone=True)),
)

# Records erased by retention or an erasure request: a push for one is refused, so a laptop
# that was offline cannot bring it back (the erased content itself is gone).
erased_records = Table(
    "erased_records", metadata,
    Column("record_id", String(ID), primary_key=True),
    Column("erased_at", DateTime(timezone=True), nullable=False),
    Column("reason", String(20), nullable=False),
)

reviews = Table(
    "reviews", metadata,
    Column("review_id", String(ID), primary_key=True),
    Column("version_id", String(ID), nullable=False, index=True),
    Column("content_hash", String(64), nullable=False),
    Column("data", Text, nullable=False),
    Column("seq", BigInteger, nullable=False),
)

comments = Table(
    "comments", metadata,
    Column("comment_id", String(ID), primary_key=True),
    Column("record_id", String(ID), nullable=False, index=True),
    Column("author_id", String(ID), nullable=False),
    Column("content_hash", String(64), nullable=False),
    Column("data", Text, nullable=False),
    Column("seq", BigInteger, nullable=False),
)

actions = Table(
    "actions", metadata,
    Column("action_id", String(ID), primary_key=True),
    Column("version", Integer, nullable=False),
    Column("estate_id", String(ID), nullable=False),
    Column("published", Boolean, nullable=False),
    Column("data", Text, nullable=False),
    Column("seq", BigInteger, nullable=False),
)

# Hazard cases and complaint referrals: append-only events, like reviews (issue #10).
case_events = Table(
    "case_events", metadata,
    Column("event_id", String(ID), primary_key=True),
    Column("record_id", String(ID), nullable=False, index=True),
    Column("author_id", String(ID), nullable=False),
    Column("content_hash", String(64), nullable=False),
    Column("data", Text, nullable=False),
    Column("seq", BigInteger, nullable=False),
)

# The dedupe table: the unique mutation_id is what makes a repeated push store once.
mutations = Table(
    "mutations", metadata,
    Column("mutation_id", String(ID), primary_key=True),
    Column("content_hash", String(64), nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("user_id", String(ID), nullable=False),
    Column("received_at", DateTime(timezone=True), nullable=False),
)

# A champion may cite (and read) a blob only when they sent its bytes themselves or a record
# they own cites it: knowing a SHA-256 is not having the photo.
blob_citations = Table(
    "blob_citations", metadata,
    Column("sha256", String(64), primary_key=True),
    Column("user_id", String(ID), primary_key=True),
)

blob_uploads = Table(
    "blob_uploads", metadata,
    Column("sha256", String(64), primary_key=True),
    Column("user_id", String(ID), primary_key=True),
    Column("bytes", BigInteger, nullable=False),
    Column("uploaded_at", DateTime(timezone=True), nullable=False),
)

# The change log pulls read, in seq order. `audience` says who may see a row:
#   all         every signed-in user (operatives, settings)
#   estate      champions whose patch holds estate_id (estates, blocks, homes, jobs)
#   owner       the champion owner_id (their record versions; reviews, comments and case
#               events on them)
#   published   champions whose patch holds estate_id, with champion_op (published actions)
#   coordinator coordinators only (champion accounts, unpublished actions)
# Coordinators and admins see every row.
changes = Table(
    "changes", metadata,
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("entity", String(20), nullable=False),
    Column("entity_id", String(ID), nullable=False),
    Column("op", String(10), nullable=False),
    Column("audience", String(20), nullable=False),
    Column("estate_id", String(ID)),
    Column("owner_id", String(ID)),
    Column("champion_op", String(10)),
    Column("data", Text),
)
Index("ix_changes_owner", changes.c.owner_id, changes.c.seq)
Index("ix_changes_estate", changes.c.estate_id, changes.c.seq)

# Issue #16. Pushed changes the server refused, counted per day and reason (a mutation
# `rejected`, or a whole push refused: too large, invalid, another device's): stats only.
push_rejections = Table(
    "push_rejections", metadata,
    Column("day", String(10), primary_key=True),  # YYYY-MM-DD, UTC
    Column("code", String(40), primary_key=True),
    Column("count", BigInteger, nullable=False),
)
