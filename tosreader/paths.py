"""Where the app finds its bundled resources and keeps user data, config and history."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "tosreader"
APP_AUTHOR = "ToS Reader"


def resource_dir() -> Path:
    """The folder holding rule packs, samples, styles and translations."""
    override = os.environ.get("TOSREADER_RESOURCES")
    if override:
        return Path(override)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    beside_package = Path(__file__).resolve().parent.parent / "resources"
    if beside_package.is_dir():
        return beside_package
    return Path(__file__).resolve().parent / "resources"


def config_dir() -> Path:
    """The user's config folder (settings, user rule packs); honours TOSREADER_CONFIG_DIR."""
    override = os.environ.get("TOSREADER_CONFIG_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def data_dir() -> Path:
    """The user's data folder (history database); honours TOSREADER_DATA_DIR."""
    override = os.environ.get("TOSREADER_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def cache_dir() -> Path:
    """The user's cache folder (work that can always be redone); honours TOSREADER_CACHE_DIR."""
    override = os.environ.get("TOSREADER_CACHE_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR))


def user_rules_dir() -> Path:
    """Where a user drops extra rule packs: <config>/rules/<lang>/*.toml."""
    return config_dir() / "rules"
