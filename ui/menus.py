"""The window's menus and their shortcuts (a part of `ui.main_window.MainWindow`).

Every action is added to the window too, so its shortcut works whichever page has focus. The
Go menu has one action per page; `MainWindow.set_role` shows the role's and numbers their
Ctrl+1….
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from ui.navigation import PAGES


def _action_property(name: str) -> property:
    def get(self):
        self.build_menu_actions()
        return self.__dict__[name]

    def set_(self, value) -> None:
        self.__dict__[name] = value

    return property(get, set_, doc=f"{name}: the menus' actions are built when first asked for.")


class WindowMenus:
    """Mixin for MainWindow: builds the menu bar from the window's own slots. Its words are
    in MainWindow's translation context, where they were before they moved here.

    The menus' titles are built with the window; their 23 actions after its first paint
    (`build_menu_actions`, called by ui/app.py while the window is still locked, or by
    anything that asks for an action first), so the first paint does not wait for them."""

    new_action = _action_property("new_action")
    save_action = _action_property("save_action")
    submit_action = _action_property("submit_action")
    find_action = _action_property("find_action")
    settings_action = _action_property("settings_action")
    go_actions = _action_property("go_actions")
    sync_action = _action_property("sync_action")
    connect_action = _action_property("connect_action")
    disconnect_action = _action_property("disconnect_action")
    erase_action = _action_property("erase_action")

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
        """The menu bar and its menus' titles (their actions: `build_menu_actions`)."""
        self._actions_built = False
        menus = self.menuBar()
        menus.setObjectName("menuBar")
        self._menus = {}
        for name, title in (("menuFile", QCoreApplication.translate("MainWindow", "&File")),
                            ("menuEdit", QCoreApplication.translate("MainWindow", "&Edit")),
                            ("menuGo", QCoreApplication.translate("MainWindow", "&Go")),
                            ("menuSync", QCoreApplication.translate("MainWindow", "S&ync")),
                            ("menuHelp", QCoreApplication.translate("MainWindow", "&Help"))):
            menu = menus.addMenu(title)
            menu.setObjectName(name)
            self._menus[name] = menu

    def build_menu_actions(self) -> None:
        """The menus' actions and shortcuts, once; as the role and the lock want them."""
        if self._actions_built:
            return
        self._actions_built = True
        self._build_actions()
        self._lock_new_actions()  # built while locked: off until the window is unlocked
        self._show_role_actions()  # after: while locked, it changes what unlocking restores

    def _build_actions(self) -> None:
        file, edit, go, sync, help_menu = (self._menus[name] for name in (
            "menuFile", "menuEdit", "menuGo", "menuSync", "menuHelp"))
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
        self.find_action = self._action(edit, QCoreApplication.translate("MainWindow", "&Find in my log…"), "actionFind",
                                        QKeySequence.StandardKey.Find, self.find)
        edit.addSeparator()
        self.settings_action = self._action(edit, QCoreApplication.translate("MainWindow", "Se&ttings…"), "actionSettings",
                                            "Ctrl+,", self.settings_requested)
        # One action per page; set_role shows the role's and numbers their Ctrl+1….
        self.go_actions = {spec.key: self._action(
            go, QCoreApplication.translate("Navigation", spec.label), f"actionGo_{spec.key}",
            None, lambda _=False, k=spec.key: self.show_page(k)) for spec in PAGES}
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
        self._action(help_menu, QCoreApplication.translate("MainWindow", "&Keyboard shortcuts"), "actionShortcuts", "F1",
                     self.shortcuts)
        self._action(help_menu, QCoreApplication.translate("MainWindow", "&About Estate Champion"), "actionAbout", None,
                     self.about)
