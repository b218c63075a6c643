"""Dependencies shared by the routes, as `Annotated` aliases (`SessionDep`, `SettingsDep`)."""

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.engine import Engine
from sqlmodel import Session

from api.config import Settings

__all__ = ["EngineDep", "SessionDep", "SettingsDep", "get_engine", "get_session", "get_settings_dep"]


def get_engine(request: Request) -> Engine:
    """The app's database engine (created at start-up)."""
    return request.app.state.engine


def get_session(request: Request) -> Iterator[Session]:
    """One database session per request."""
    with Session(request.app.state.engine) as session:
        yield session


def get_settings_dep(request: Request) -> Settings:
    """The settings this app was built with."""
    return request.app.state.settings


EngineDep = Annotated[Engine, Depends(get_engine)]
SessionDep = Annotated[Session, Depends(get_session)]
SettingsDep = Annotated[Settings, Depends(get_settings_dep)]
