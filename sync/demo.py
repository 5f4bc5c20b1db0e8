"""The name ui/app.py looks up for demo mode's server; the code lives in demo_server.py."""

from .demo_server import DemoServer, start_demo_server

__all__ = ["DemoServer", "start_demo_server"]
