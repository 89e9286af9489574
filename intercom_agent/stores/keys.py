"""Encryption at rest: Fernet keys, several at once while rotating, newest first.

Keys come from ``INTERCOM_AGENT_KEY`` (one key, or several separated by commas, newest first) or,
for the embedded store, from a key file beside the database (one key per line, newest first; created
with mode 0600 on first use). Tokens are sealed with the newest key and opened with any of them, so a
new key can be added first, every token re-encrypted (``intercom-agent rotate-key``), and the old key
then removed.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Mapping
from pathlib import Path

from intercom_agent.errors import IntercomError

KEY_VARIABLE = "INTERCOM_AGENT_KEY"


class KeyConfigError(IntercomError, ValueError):
    """A key is malformed, or none of the keys opens a stored token."""


def private_file(path: Path) -> None:
    """Create ``path`` if missing, and make it readable and writable by its owner only.

    A store or key file that is a symbolic link, or that belongs to another user, is refused: a link
    planted in the data directory would otherwise make the store write through it.
    """
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    _refuse_foreign(path.parent, directory=True)
    try:
        fd = os.open(path, os.O_CREAT | os.O_RDWR | getattr(os, "O_NOFOLLOW", 0), 0o600)
    except OSError as exc:
        if path.is_symlink():
            raise KeyConfigError(
                f"{path} is a symbolic link: refusing to use it. Remove it, or pick another home."
            ) from None
        raise KeyConfigError(f"cannot open {path}: {exc.strerror or exc}.") from None
    try:
        _refuse_foreign(path, fd=fd)
        os.fchmod(fd, stat.S_IRUSR | stat.S_IWUSR)
    finally:
        os.close(fd)


def _refuse_foreign(path: Path, *, fd: int | None = None, directory: bool = False) -> None:
    """Refuse a file (or directory) owned by another user (on systems that have owners)."""
    if not hasattr(os, "getuid"):
        return
    info = os.fstat(fd) if fd is not None else os.stat(path)
    if info.st_uid != os.getuid():
        kind = "directory" if directory else "file"
        raise KeyConfigError(f"{path} is a {kind} owned by another user: refusing to use it.")


def data_dir(environ: Mapping[str, str] | None = None) -> Path:
    """Where the embedded store lives: $INTERCOM_AGENT_HOME, else the XDG data dir."""
    env = os.environ if environ is None else environ
    if env.get("INTERCOM_AGENT_HOME"):
        return Path(env["INTERCOM_AGENT_HOME"])
    base = env.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "intercom-agent"


class Keyring:
    """Seal with the newest key, open with any (``cryptography``'s MultiFernet)."""

    def __init__(self, keys: list[bytes], key_file: Path | None = None) -> None:
        from cryptography.fernet import Fernet, MultiFernet

        if not keys:
            raise KeyConfigError(
                f"no encryption key: set {KEY_VARIABLE} (generate one with: intercom-agent rotate-key --new-key)"
            )
        try:
            self._fernets = [Fernet(key) for key in keys]
        except ValueError:
            raise KeyConfigError(
                f"{KEY_VARIABLE} holds a malformed key: each key is 32 url-safe base64-encoded bytes "
                "(Fernet.generate_key()), several separated by commas, newest first."
            ) from None
        self._multi = MultiFernet(self._fernets)
        self.keys = list(keys)
        self.key_file = key_file

    def __repr__(self) -> str:
        return f"Keyring({len(self.keys)} keys)"

    @classmethod
    def from_env(cls, directory: Path | None = None, environ: Mapping[str, str] | None = None) -> Keyring:
        """Keys from INTERCOM_AGENT_KEY, else from ``directory``/key (created when ``directory`` is given)."""
        env = os.environ if environ is None else environ
        if env.get(KEY_VARIABLE, "").strip():
            return cls([k.strip().encode() for k in env[KEY_VARIABLE].split(",") if k.strip()])
        if directory is None:
            raise KeyConfigError(
                f"no encryption key: set {KEY_VARIABLE} (a Fernet key; several, comma-separated, newest first)."
            )
        return cls(read_key_file(directory / "key"), key_file=directory / "key")

    def seal(self, token: str) -> bytes:
        return self._multi.encrypt(token.encode())

    def open(self, sealed: bytes, credential_id: str = "") -> str:
        from cryptography.fernet import InvalidToken

        try:
            return self._multi.decrypt(bytes(sealed)).decode()
        except InvalidToken:
            raise KeyConfigError(
                f"cannot decrypt the token of credential {credential_id!r}: it was sealed with a key that is not "
                f"among the configured ones. Put that key back in {KEY_VARIABLE} (after the newest)."
            ) from None

    def digest(self, text: str) -> str:
        """A keyed hash of ``text`` (the audit trail's stand-in for free text): equal texts give equal
        digests under the same newest key, and nobody without the key can test a guess."""
        key = hashlib.sha256(b"intercom-agent audit digest:" + self.keys[0]).digest()
        return hashlib.blake2s(text.encode(), key=key, digest_size=8).hexdigest()

    def rotate(self, sealed: bytes) -> bytes:
        """The same token sealed with the newest key."""
        return self._multi.rotate(bytes(sealed))


def new_key() -> bytes:
    from cryptography.fernet import Fernet

    return Fernet.generate_key()


def _nofollow(path: Path, flags: int) -> int:
    return os.open(path, flags | getattr(os, "O_NOFOLLOW", 0), 0o600)


def read_key_file(path: Path) -> list[bytes]:
    """The keys of a key file, newest first (a new file gets one fresh key). Never through a link."""
    private_file(path)
    with os.fdopen(_nofollow(path, os.O_RDONLY), "rb") as handle:
        content = handle.read()
    if not content.strip():
        content = new_key() + b"\n"
        write_key_file(path, [content.strip()])
    return [line.strip() for line in content.splitlines() if line.strip()]


def write_key_file(path: Path, keys: list[bytes]) -> None:
    private_file(path)
    with os.fdopen(_nofollow(path, os.O_WRONLY | os.O_TRUNC), "wb") as handle:
        handle.write(b"".join(key + b"\n" for key in keys))
