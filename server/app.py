"""The FastAPI application: routers, error shape, body limits, and /meta."""

import contextlib
import logging
import logging.config
import os

import anyio.to_thread
from fastapi import FastAPI, Request
from fastapi.openapi.utils import get_openapi
from pydantic import BaseModel
from pydantic.json_schema import models_json_schema
from sqlalchemy import Engine

import champion_app
from champion_app import protocol
from champion_app.protocol import API_VERSION, Meta
from champion_app.records import KINDS

from . import (
    accounts_api,
    auth,
    blobs,
    config,
    coordinator,
    erasures,
    health,
    held_api,
    pull,
    push,
    request_log,
)
from .blobs import BlobStore
from .db import make_db_engine, meta_value, reading, request_threads, utcnow
from .errors import install
from .imports import settings
from .limits import BodyLimit
from .migrations import require_current

log = logging.getLogger(__name__)
MIN_CLIENT_VERSION = "0.1.0"


def create_app(engine: Engine | str, blob_dir: str) -> FastAPI:
    if isinstance(engine, str):
        engine = make_db_engine(engine)
    @contextlib.asynccontextmanager
    async def lifespan(_app):
        # As many request threads as the pool has connections (docs/server.md, "Threads").
        anyio.to_thread.current_default_thread_limiter().total_tokens = request_threads(engine)
        yield

    app = FastAPI(lifespan=lifespan,
        title="Estate Champion sync server", version=champion_app.__version__,
        description="The landlord's sync server for Estate Champion (SYNC_PROTOCOL.md, "
        "version 1). Send `Authorization: Bearer <device token>` on every call but /meta, "
        "enrol and login. Errors are `{\"error\": {\"code\", \"message\", \"fields\"}}`.")
    app.state.engine = engine
    app.state.blobs = BlobStore(blob_dir)
    app.state.blob_quota = config.blob_quota_bytes()
    install(app)
    app.add_middleware(BodyLimit)
    app.add_middleware(request_log.RequestLog)  # outermost: request ids, a line per request
    for module in (auth, push, pull, blobs, coordinator, held_api, accounts_api, erasures,
                   health):
        app.include_router(module.router)

    @app.get("/api/v1/meta", response_model=Meta, tags=["meta"])
    def meta(request: Request) -> dict:
        """What a client checks first: protocol version, server clock and epoch, landlord."""
        with reading(request.app.state.engine) as conn:
            values = settings(conn)
            epoch = meta_value(conn, "server_epoch")
        return {"api_version": API_VERSION, "server_time": utcnow(), "server_epoch": epoch,
                "landlord_name": values.get("landlord_name", ""),
                "emergency_repairs_phone": values.get("emergency_repairs_phone", ""),
                "min_client_version": MIN_CLIENT_VERSION}

    # FastAPI's documented way to extend the schema is to replace this method.
    app.openapi = lambda: _openapi_with_models(app)  # type: ignore[method-assign]
    return app


# Push carries each mutation's data as a plain object (validated one by one), and pull's
# changes carry entity data: publish those shapes too, so /openapi.json is the whole contract.
_WIRE_MODELS: tuple[type[BaseModel], ...] = (protocol.ServerRecordVersion, protocol.Review, protocol.Comment,
                protocol.Action, protocol.ServerAction, protocol.CaseEvent,
                protocol.ServerCaseEvent, protocol.Estate, protocol.Block,
                protocol.Home, protocol.Job, protocol.Operative, protocol.Setting,
                protocol.Champion, protocol.Change, *(spec.model for spec in KINDS))


# A body that is not UTF-8 text is refused before validation, by FastAPI, with a 400.
_UNREADABLE_BODY = {"description": "The body could not be read (it is not UTF-8 text).",
                    "content": {"application/json": {
                        "schema": {"$ref": "#/components/schemas/ErrorBody"}}}}


def _openapi_with_models(app: FastAPI) -> dict:
    if app.openapi_schema:
        return app.openapi_schema
    doc = get_openapi(title=app.title, version=app.version, description=app.description,
                      routes=app.routes)
    _, defs = models_json_schema([(m, "serialization") for m in _WIRE_MODELS],
                                 ref_template="#/components/schemas/{model}")
    schemas = doc.setdefault("components", {}).setdefault("schemas", {})
    for name, schema in defs.get("$defs", {}).items():
        schemas.setdefault(name, schema)
    for operations in doc["paths"].values():
        for operation in operations.values():
            if "application/json" in operation.get("requestBody", {}).get("content", {}):
                operation["responses"].setdefault("400", _UNREADABLE_BODY)
    app.openapi_schema = doc
    return doc


def configure_logging() -> None:
    """The server's loggers at CHAMPION_SERVER_LOG_LEVEL, in CHAMPION_SERVER_LOG_FORMAT
    (server/request_log.py; one record is one line whatever it quotes), unless uvicorn has set
    up logging already (`serve` hands it the same configuration). Nothing logged anywhere
    carries a token, code or password."""
    level = os.environ.get(config.ENV_LOG_LEVEL, "info")
    if not logging.getLogger().handlers:
        logging.config.dictConfig(request_log.logging_config(level, config.log_format()))
    logging.getLogger("server").setLevel("DEBUG" if level.upper() == "TRACE" else level.upper())


def create_app_from_env() -> FastAPI:
    """The factory uvicorn workers call (`champion-server serve` sets the environment)."""
    configure_logging()
    engine = make_db_engine(config.default_db())
    require_current(engine)
    return create_app(engine, config.default_blob_dir())
