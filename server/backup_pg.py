"""PostgreSQL's side of `champion-server backup` and `restore`: PostgreSQL's own tools.

`pg_dump --format=custom` takes a consistent snapshot while the server runs. A restore
empties the database and loads the dump in ONE transaction (`pg_restore` writes the SQL,
`psql --single-transaction` runs it behind the `DROP TABLE`s), so it lands whole or not at
all. The password reaches the tools through ``PGPASSWORD``, never the command line (which
any user of the machine can read in ``ps``).
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
from pathlib import Path

from sqlalchemy import Engine, inspect, text
from sqlalchemy.engine import URL

# libpq settings a landlord may put in the URL's query (?sslmode=require, ?host=/run/... for a
# Unix socket with peer authentication).
_LIBPQ_PARAMS = ("host", "port", "passfile", "service", "sslmode", "sslrootcert", "sslcert", "sslkey", "connect_timeout",
                 "application_name", "options", "target_session_attrs")


class ToolMissing(RuntimeError):
    pass


def tool(name: str) -> str:
    """The path of pg_dump, pg_restore or psql: on PATH, else Debian's versioned folders."""
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if candidates:
        return candidates[-1]
    raise ToolMissing(
        f"{name} was not found. Install PostgreSQL's client tools on this machine, the same "
        "major version as the database server or newer (Debian and Ubuntu: apt-get install "
        "postgresql-client).")


def conninfo(url: URL) -> tuple[str, dict[str, str]]:
    """(libpq connection string without the password, environment with PGPASSWORD)."""
    parts = {"host": url.host, "port": url.port, "user": url.username,
             "dbname": url.database}
    parts.update({k: v for k, v in url.query.items() if k in _LIBPQ_PARAMS and isinstance(v, str)})

    def quoted(value) -> str:
        return "'" + str(value).replace("\\", "\\\\").replace("'", "\\'") + "'"

    info = " ".join(f"{k}={quoted(v)}" for k, v in parts.items() if v not in (None, ""))
    # The DROP ... CASCADE notices would only be noise on the operator's terminal.
    env = {**os.environ, "PGOPTIONS": "-c client_min_messages=warning"}
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    return info, env


def _run(command: list[str], env: dict[str, str], what: str) -> None:
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{what} failed: {done.stderr.strip() or done.returncode}")


def dump(engine: Engine, target: Path) -> None:
    info, env = conninfo(engine.url)
    _run([tool("pg_dump"), "--format=custom", "--no-owner", "--no-privileges",
          f"--file={target}", f"--dbname={info}"], env, "pg_dump")


def other_connections(engine: Engine) -> int:
    """Client connections to this database other than ours: a running champion-server."""
    with engine.connect() as conn:
        return conn.execute(text(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
            "AND pid <> pg_backend_pid() AND backend_type = 'client backend'")).scalar_one()


def has_tables(engine: Engine) -> bool:
    with engine.connect() as conn:
        return bool(inspect(conn).get_table_names())


def load(engine: Engine, source: Path) -> None:
    """Replace every table in the database's schema with the dump's, in one transaction."""
    info, env = conninfo(engine.url)
    with engine.connect() as conn:
        tables = inspect(conn).get_table_names()
    psql = subprocess.Popen(
        [tool("psql"), "--no-psqlrc", "--quiet", "--single-transaction", "-v", "ON_ERROR_STOP=1",
         f"--dbname={info}"], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE, env=env)
    assert psql.stdin is not None and psql.stderr is not None
    restore = subprocess.Popen(
        [tool("pg_restore"), "--no-owner", "--no-privileges", "--file=-", str(source)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert restore.stdout is not None and restore.stderr is not None
    try:
        for table in tables:
            psql.stdin.write(f'DROP TABLE IF EXISTS "{table}" CASCADE;\n'.encode())
        shutil.copyfileobj(restore.stdout, psql.stdin, 1024 * 1024)
    except BrokenPipeError:
        pass  # psql stopped at an error: its stderr says which
    finally:
        restore.stdout.close()
        restore_err = restore.stderr.read().decode(errors="replace").strip()
        restore.wait()
        if restore.returncode != 0:
            psql.kill()  # an unfinished script must not commit
        else:
            psql.stdin.close()
        psql_err = psql.stderr.read().decode(errors="replace").strip()
        psql.wait()
    if restore.returncode != 0:
        raise RuntimeError(f"pg_restore could not read the backup: {restore_err}")
    if psql.returncode != 0:
        raise RuntimeError(f"loading the backup failed, so nothing was changed: {psql_err}")
