"""Errors with messages meant for people."""

from __future__ import annotations


class AppError(Exception):
    """Base class: str(error) is a sentence a user can act on."""

    exit_code = 2


class ContentProblem(AppError):
    """One problem in one content file (file may be None for whole-set problems)."""

    def __init__(self, file: str | None, message: str) -> None:
        self.file = file
        self.message = message
        super().__init__(f"{file}: {message}" if file else message)


class ContentError(AppError):
    """The content folder has one or more problems; all of them are listed."""

    def __init__(self, problems: list[ContentProblem]) -> None:
        self.problems = problems
        count = len(problems)
        lines = [f"{count} problem{'s' if count != 1 else ''} in the content:"]
        lines += [f"  {p}" for p in problems]
        super().__init__("\n".join(lines))


class DatabaseError(AppError):
    """The content database is missing, corrupt or from an incompatible version."""


class UnknownName(AppError):
    """Nothing of this kind has this name; close names are suggested."""

    noun = "item"

    def __init__(self, name: str, suggestions: list[str]) -> None:
        self.name = name
        self.suggestions = suggestions
        hint = f" Did you mean: {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"No {self.noun} named '{name}'.{hint}")


class UnknownEntry(UnknownName):
    """No entry has this slug."""

    exit_code = 1
    noun = "entry"

    @property
    def slug(self) -> str:
        return self.name


class LocalProblem(AppError):
    """This machine stopped an action (no space, a file-size limit, permissions, a read-only
    folder); what was being read is not at fault. The message names the folder."""

    @classmethod
    def from_os_error(cls, exc: OSError, folder, doing: str, needs: int | None = None) -> "LocalProblem":
        import errno

        need = f" (needs {megabytes(needs)})" if needs else ""
        code = exc.errno
        if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            text = f"Not enough space in {folder} to {doing}{need}."
        elif code == errno.EFBIG:
            text = (f"A file-size limit on this system (ulimit -f) stops OpioidRef writing in {folder} "
                    f"to {doing}{need}.")
        elif code in (errno.EACCES, errno.EPERM):
            text = f"Permission denied in {folder}: cannot {doing}."
        elif code == errno.EROFS:
            text = f"{folder} is read-only: cannot {doing}."
        else:
            text = f"Cannot {doing} in {folder}: {exc.strerror or exc}."
        return cls(f"{text} Nothing was changed.")


def megabytes(size: int) -> str:
    mb = size / 1_000_000
    return f"{mb:.1f} MB" if mb < 10 else f"{mb:.0f} MB"
