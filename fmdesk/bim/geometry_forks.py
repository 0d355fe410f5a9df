"""The operating-system side of the worker pool: forked processes, their pipes and exits.

Kept apart from :mod:`fmdesk.bim.geometry_coordinator`, which decides what each worker meshes:
these are the Linux details it relies on (descriptors of the model file, death signals, pipe
sizes, reaping by process descriptor, a shared buffer for a worker's last words).
"""

from __future__ import annotations

import contextlib
import ctypes
import mmap
import os
import resource
import signal

__all__ = [
    "PIPE_BYTES",
    "die_with_parent",
    "enlarge_pipe",
    "first_line",
    "own_cpu",
    "read_bug",
    "reap",
    "reopen_model_file",
    "write_bug",
]

PIPE_BYTES = 1 << 20


def write_bug(buffer: mmap.mmap, error: BaseException) -> None:
    """Leave a worker's exception, one line, where the coordinator can read it after the exit."""
    text = f"{type(error).__name__}: {first_line(error)}".encode()[: len(buffer) - 1]
    buffer[: len(text) + 1] = text + b"\x00"


def read_bug(buffer: mmap.mmap) -> str:
    """What :func:`write_bug` left."""
    return bytes(buffer).split(b"\x00", 1)[0].decode("utf-8", "replace")


def own_cpu() -> float:
    """CPU seconds this process has used."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def reap(pid: int, pidfd: int) -> int:
    """Wait for a worker's exit and close its process descriptor; its exit code (-signal when
    killed)."""
    try:
        _, status = os.waitpid(pid, 0)
    except ChildProcessError:
        status = 0
    finally:
        os.close(pidfd)
    return os.waitstatus_to_exitcode(status)


def reopen_model_file(path: str) -> None:
    """Give this process its own descriptor of the model file.

    A lazily parsed model reads instances from the file when they are first used, with a seek
    and a read on a descriptor the forked workers would otherwise share with each other (and
    its file position with it).
    """
    target = os.path.realpath(path)
    with contextlib.suppress(OSError):
        for name in os.listdir("/proc/self/fd"):
            fd = int(name)
            with contextlib.suppress(OSError):
                if os.path.realpath(f"/proc/self/fd/{name}") == target:
                    fresh = os.open(target, os.O_RDONLY)
                    os.dup2(fresh, fd)
                    os.close(fresh)


def die_with_parent() -> None:
    """Linux: be killed when the coordinator dies (it is single-threaded, so this is exact)."""
    with contextlib.suppress(Exception):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def enlarge_pipe(fd: int) -> None:
    """A 1 MB pipe lets a worker write a whole batch without waiting for the reader."""
    with contextlib.suppress(Exception):
        import fcntl

        fcntl.fcntl(fd, 1031, PIPE_BYTES)  # F_SETPIPE_SZ


def first_line(error: BaseException) -> str:
    """An exception's message, first line only (one sentence for the viewer)."""
    text = str(error)
    return text.splitlines()[0] if text else ""
