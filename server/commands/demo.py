"""``champion-server demo``: a seeded sample server on loopback for the app's demo mode."""

from server import demo

NAME = "demo"
HELP = ("seed and run a sample server on loopback for the app's demo mode; prints one JSON "
        "line (url, enrolment code, usernames)")
DB = None  # it keeps its own database in --data-dir
add_arguments = demo.add_arguments


def run(args, engine) -> int:
    return demo.run(args)
