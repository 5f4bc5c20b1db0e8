"""Server load on the default database: one server process on an SQLite file.

See bench/load.py for what a simulated laptop does and what counts as an error.
"""

from .load import run

if __name__ == "__main__":
    run("sqlite", workers=1)
