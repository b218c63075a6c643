"""Keys derived from the secret key, for the client data at rest.

- `versleutel` / `ontsleutel`: AES-256-GCM with a random 96-bit nonce; the row's id is authenticated data, so
  an encrypted profile cannot be moved to another row unnoticed. Stored as `v1.<base64url(nonce‖ciphertext)>`.
- `insz_hash`: HMAC-SHA256 of the eleven digits: the same INSZ finds the same profile, but the number itself is
  never stored (without the key the hash cannot be turned back into an INSZ).
- `profiel_hash`: HMAC-SHA256 of a profile's canonical JSON, for the audit trail and the advice history ("which
  profile was this advice for, and did it change since") without keeping the profile.

Each use has its own key (HKDF-SHA256 with a distinct label). Changing SECRET_KEY makes saved profiles
unreadable: export them first (documented in the README).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from functools import lru_cache
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

__all__ = ["Ontsleutelfout", "insz_hash", "ontsleutel", "profiel_hash", "versleutel"]

VERSIE = "v1"


class Ontsleutelfout(ValueError):
    """The data cannot be decrypted (another secret key, or tampered with)."""


@lru_cache(maxsize=32)
def _sleutel(geheim: str, doel: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=f"rechtenverkenner/{doel}".encode()).derive(
        geheim.encode()
    )


def versleutel(geheim: str, data: Any, *, context: str) -> str:
    """JSON-serialisable `data` → ciphertext bound to `context` (the row id)."""
    nonce = os.urandom(12)
    tekst = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
    blob = AESGCM(_sleutel(geheim, "clientgegevens/v1")).encrypt(nonce, tekst, context.encode())
    return f"{VERSIE}.{base64.urlsafe_b64encode(nonce + blob).decode()}"


def ontsleutel(geheim: str, waarde: str, *, context: str) -> Any:
    versie, _, inhoud = waarde.partition(".")
    if versie != VERSIE:
        raise Ontsleutelfout(f"onbekende versleutelingsversie {versie!r}")
    try:
        ruw = base64.urlsafe_b64decode(inhoud.encode())
        tekst = AESGCM(_sleutel(geheim, "clientgegevens/v1")).decrypt(ruw[:12], ruw[12:], context.encode())
    except (InvalidTag, ValueError) as exc:
        raise Ontsleutelfout("de gegevens kunnen niet ontsleuteld worden (andere SECRET_KEY?)") from exc
    return json.loads(tekst)


def insz_hash(geheim: str, insz: str) -> str:
    return hmac.new(_sleutel(geheim, "insz/v1"), insz.encode(), hashlib.sha256).hexdigest()


def profiel_hash(geheim: str, profiel: dict[str, Any]) -> str:
    canoniek = json.dumps(profiel, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hmac.new(_sleutel(geheim, "profielhash/v1"), canoniek.encode(), hashlib.sha256).hexdigest()
