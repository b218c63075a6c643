"""ASGI entry point for multi-worker servers: `uvicorn api.asgi:app`."""

from api.main import create_app

app = create_app()
