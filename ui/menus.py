"""The window's menus and their shortcuts (a part of `ui.main_window.MainWindow`).

Every action is added to the window too, so its shortcut works whichever page has focus. The
Go menu has one action per page; `MainWindow.set_role` shows the role's and numbers their
Ctrl+1….
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from ui.navigation import PAGES


class WindowMenus:
    """Mixin for MainWindow: builds the menu bar from the window's own slots. Its words are
    in MainWindow's translation context, where they were before they moved here."""

    def _action(self, menu, text: str, name: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        self.addAction(action)  # shortcuts work whichever page has focus
        return action

    def _build_menus(self) -> None:
        menus = self.menuBar()
        menus.setObjectName("menuBar")
        file = menus.addMenu(QCoreApplication.translate("MainWindow", "&File"))
        file.setObjectName("menuFile")
        self.new_action = self._action(file, QCoreApplication.translate("MainWindow", "&New visit…"), "actionNew",
                                       QKeySequence.StandardKey.New, self.new_visit)
        self.save_action = self._action(file, QCoreApplication.translate("MainWindow", "&Save draft"), "actionSave",
                                        QKeySequence.StandardKey.Save,
                                        lambda: self.visit.save_draft())
        self.submit_action = self._action(file, QCoreApplication.translate("MainWindow", "S&ubmit"), "actionSubmit", "Ctrl+Return",
                                          self.submit)
        file.addSeparator()
        self._action(file, QCoreApplication.translate("MainWindow", "&Quit"), "actionQuit", QKeySequence.StandardKey.Quit,
                     self.close)
        edit = menus.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
        edit.setObjectName("menuEdit")
        self.find_action = self._action(edit, QCoreApplication.translate("MainWindow", "&Find in my log…"), "actionFind",
                                        QKeySequence.StandardKey.Find, self.find)
        edit.addSeparator()
        self.settings_action = self._action(edit, QCoreApplication.translate("MainWindow", "Se&ttings…"), "actionSettings",
                                            "Ctrl+,", self.settings_requested)
        go = menus.addMenu(QCoreApplication.translate("MainWindow", "&Go"))
        go.setObjectName("menuGo")
        # One action per page; set_role shows the role's and numbers their Ctrl+1….
        self.go_actions = {spec.key: self._action(
            go, QCoreApplication.translate("Navigation", spec.label), f"actionGo_{spec.key}",
            None, lambda _=False, k=spec.key: self.show_page(k)) for spec in PAGES}
        sync = menus.addMenu(QCoreApplication.translate("MainWindow", "S&ync"))
        sync.setObjectName("menuSync")
        self.sync_action = self._action(sync, QCoreApplication.translate("MainWindow", "&Sync now"), "actionSync", "F5",
                                        self.sync_now)
        sync.addSeparator()
        self.connect_action = self._action(sync, QCoreApplication.translate("MainWindow", "&Connect to your landlord…"),
                                           "actionConnect", None, self.connect_to_landlord)
        self.disconnect_action = self._action(sync, QCoreApplication.translate("MainWindow", "&Disconnect"), "actionDisconnect",
                                              None, self.disconnect_from_landlord)
        self.connect_action.setEnabled(False)
        self.disconnect_action.setEnabled(False)
        sync.addSeparator()
        # An erasure request (coordinators only: set_role shows it; ui/security/erasure.py).
        self.erase_action = self._action(sync, QCoreApplication.translate("MainWindow", "&Erase a resident's data…"),
                                         "actionErase", None, self.erase_residents_data)
        help_menu = menus.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
        help_menu.setObjectName("menuHelp")
        self._action(help_menu, QCoreApplication.translate("MainWindow", "&Keyboard shortcuts"), "actionShortcuts", "F1",
                     self.shortcuts)
        self._action(help_menu, QCoreApplication.translate("MainWindow", "&About Estate Champion"), "actionAbout", None,
                     self.about)
