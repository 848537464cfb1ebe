"""Back/forward history of the pages shown in one window (no Qt)."""

from __future__ import annotations


class Navigator:
    """A browser-style history of page keys such as "home" or "entry:naloxone"."""

    def __init__(self, limit: int = 100) -> None:
        self._back: list[str] = []
        self._forward: list[str] = []
        self.current: str | None = None
        self.limit = limit

    def visit(self, page: str) -> None:
        if page == self.current:
            return
        if self.current is not None:
            self._back.append(self.current)
            del self._back[: -self.limit]
        self.current = page
        self._forward.clear()

    def can_go_back(self) -> bool:
        return bool(self._back)

    def can_go_forward(self) -> bool:
        return bool(self._forward)

    def back(self) -> str | None:
        if not self._back:
            return None
        self._forward.append(self.current)
        self.current = self._back.pop()
        return self.current

    def forward(self) -> str | None:
        if not self._forward:
            return None
        self._back.append(self.current)
        self.current = self._forward.pop()
        return self.current
