"""The DSM-5 opioid use disorder checklist: tick the criteria met within 12 months (Space in
the list, or click), say whether opioids are taken only as prescribed, and read the count and
severity live. Nothing is written to disk; closing the window forgets the ticks."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHBoxLayout, QLabel, QListView,
                               QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget)

from app.gui.tools._tool_window import ToolWindow
from app.tools import oud

TOOL_NAME = "oud"


def tr(text: str) -> str:
    return QCoreApplication.translate("oud", text)


def open_tool(window) -> QWidget:
    return OudWindow(window)


class CriteriaList(QListWidget):
    """The criteria, checkable; typing a criterion's number makes it current ("1" then "0" is
    10; any other key starts a new number)."""

    def __init__(self) -> None:
        super().__init__()
        self.typed = ""

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        text = event.text()
        if len(text) == 1 and text.isascii() and text.isdigit() and not (
                event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)):
            for candidate in (self.typed + text, text):
                if candidate.isdigit() and int(candidate) in oud.NUMBERS:
                    self.typed = candidate
                    self.setCurrentRow(oud.NUMBERS.index(int(candidate)))
                    return
            self.typed = ""
            return
        self.typed = ""
        super().keyPressEvent(event)

    def keyboardSearch(self, search: str) -> None:  # noqa: N802 (Qt API)
        """Numbers are handled above; words do not search (every row starts with its number)."""


class OudWindow(ToolWindow):
    def __init__(self, main_window) -> None:
        super().__init__(main_window, self.tr("DSM-5 opioid use disorder checklist"))
        intro = QLabel(escape(tr(oud.WINDOW)) + "<br>" + escape(self.tr(
            "Keys: Up/Down move through the criteria, Space ticks or unticks one, typing a number "
            "jumps to that criterion; Ctrl+Shift+C copies the summary.")))
        intro.setWordWrap(True)

        self.list = CriteriaList()
        self.list.setAccessibleName(self.tr("DSM-5 criteria met within 12 months"))
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAlternatingRowColors(True)
        for criterion in oud.CRITERIA:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, criterion.number)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.setCurrentRow(0)

        self.prescribed = QCheckBox(self.tr("Taken &only as prescribed, under medical supervision"))
        self.prescribed.setAccessibleName(self.prescribed.text().replace("&", ""))
        self.prescribed.setAccessibleDescription(tr(oud.PRESCRIBED_RULE))
        rule = QLabel(escape(tr(oud.PRESCRIBED_RULE)))
        rule.setWordWrap(True)
        rule.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Criteria counted"))
        self.severity_label = QLabel()
        self.severity_label.setWordWrap(True)
        self.severity_label.setAccessibleName(self.tr("Severity"))
        self.excluded_label = QLabel()
        self.excluded_label.setWordWrap(True)

        self.copy_button = QPushButton(self.tr("&Copy summary (Ctrl+Shift+C)"))
        self.copy_button.setAccessibleName(self.tr("Copy a plain-text summary for the chart"))
        self.copy_button.clicked.connect(self.copy_summary)
        self.clear_button = QPushButton(self.tr("C&lear all ticks"))
        self.clear_button.setAccessibleName(self.tr("Untick every criterion"))
        self.clear_button.clicked.connect(self.clear)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.prescribed)
        layout.addWidget(rule)
        layout.addWidget(self.count_label)
        layout.addWidget(self.severity_label)
        layout.addWidget(self.excluded_label)
        layout.addLayout(buttons)
        layout.addWidget(self.forget_note(self.tr(
            "Nothing is saved on this computer: closing this window forgets these ticks.")))
        layout.addWidget(self.status)

        self.shortcut(["Ctrl+Shift+C"], self.copy_summary, self.tr("Copy summary"))
        self.list.itemChanged.connect(lambda _item: self.update_result())
        self.prescribed.toggled.connect(lambda _on: self.update_result())
        self.fit(760, 640)
        self.update_result()
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def ticked(self) -> list[int]:
        return [self.list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.list.count())
                if self.list.item(row).checkState() == Qt.CheckState.Checked]

    def assessment(self) -> oud.Assessment:
        return oud.assess(self.ticked(), prescribed=self.prescribed.isChecked())

    def update_result(self) -> None:
        result = self.assessment()
        self.list.blockSignals(True)
        for row, criterion in enumerate(oud.CRITERIA):
            text = f"{criterion.number}. {tr(criterion.text)}"
            if result.prescribed and criterion.physiological:
                text += " " + self.tr("(not counted: taken only as prescribed)")
            self.list.item(row).setText(text)
        self.list.blockSignals(False)
        self.count_label.setText(self.tr("<big>Criteria counted: <b>%1</b> of %2</big>")
                                 .replace("%1", str(result.count)).replace("%2", str(len(oud.CRITERIA))))
        self.count_label.setAccessibleDescription(self.tr("%1 of %2").replace("%1", str(result.count))
                                                  .replace("%2", str(len(oud.CRITERIA))))
        self.severity_label.setText(self.tr("Severity: %1").replace("%1", tr(result.severity.label)))
        if result.not_counted:
            self.excluded_label.setText(self.tr("Ticked but not counted: %1.").replace(
                "%1", ", ".join(str(n) for n in result.not_counted)))
        else:
            self.excluded_label.clear()

    def clear(self) -> None:
        for row in range(self.list.count()):
            self.list.item(row).setCheckState(Qt.CheckState.Unchecked)
        self.show_status(self.tr("All ticks cleared."))

    def copy_summary(self) -> None:
        self.copy_text(oud.summary_text(self.assessment(), tr), self.tr("Summary copied; paste it into the chart."))
