"""Server load as a landlord deploys it for real: two server processes on one PostgreSQL.

The database is a fresh one made next to CHAMPION_TEST_PG_URL (default: the local test
server, see scripts/pg-start) and dropped afterwards. See bench/load.py for the rest.
"""

from .load import run

if __name__ == "__main__":
    run("postgres", workers=2)
