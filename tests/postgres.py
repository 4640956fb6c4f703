"""A throw-away PostgreSQL server on 127.0.0.1 for the DuckLake and Prefect server tests:
Debian's `postgresql` binaries, a fresh cluster in a temporary folder, trust auth on loopback."""
from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

USER = "xinzhi"


def bindir() -> Path | None:
    """Where initdb and pg_ctl are: on PATH, or Debian's versioned folder (newest first)."""
    on_path = shutil.which("initdb")
    if on_path:
        return Path(on_path).resolve().parent
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]), reverse=True)
    return Path(found[0]).parent if found else None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Postgres:
    def __init__(self):
        self.bin = bindir()
        # Not under pytest's tmp folder: its parents are private to root, and the server
        # must not run as root (it refuses), so it runs as the `postgres` user.
        self.folder = Path(tempfile.mkdtemp(prefix="xinzhi-pg-"))
        self.data = self.folder / "data"
        self.port = free_port()
        self.as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self.as_user:
            shutil.chown(self.folder, "postgres")

    def _run(self, *args: str) -> None:
        subprocess.run(self.as_user + list(args), check=True, capture_output=True, timeout=120, cwd=self.folder)

    def start(self) -> "Postgres":
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-A", "trust", "-U", USER, "-E", "UTF8",
                  "--no-sync")
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off"
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", options, "-l", str(self.folder / "log"),
                  "-w", "start")
        return self

    def create_database(self, name: str) -> str:
        """A new database; returns its libpq key=value string."""
        self._run(str(self.bin / "createdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U", USER, name)
        return f"dbname={name} host=127.0.0.1 port={self.port} user={USER}"

    def url(self, name: str) -> str:
        """SQLAlchemy URL for Prefect's server database."""
        return f"postgresql+asyncpg://{USER}@127.0.0.1:{self.port}/{name}"

    def stop(self) -> None:
        subprocess.run(self.as_user + [str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"],
                       capture_output=True, timeout=60, cwd=self.folder)
        shutil.rmtree(self.folder, ignore_errors=True)
