# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_file_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_NewFileDialog(object):
    def setupUi(self, NewFileDialog):
        if not NewFileDialog.objectName():
            NewFileDialog.setObjectName(u"NewFileDialog")
        NewFileDialog.resize(640, 620)
        self.outerLayout = QVBoxLayout(NewFileDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.introLabel = QLabel(NewFileDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.parentEditLabel = QLabel(NewFileDialog)
        self.parentEditLabel.setObjectName(u"parentEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.parentEditLabel)

        self.parentEdit = QLineEdit(NewFileDialog)
        self.parentEdit.setObjectName(u"parentEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.parentEdit)

        self.agencyEditLabel = QLabel(NewFileDialog)
        self.agencyEditLabel.setObjectName(u"agencyEditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.agencyEditLabel)

        self.agencyEdit = QLineEdit(NewFileDialog)
        self.agencyEdit.setObjectName(u"agencyEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.agencyEdit)

        self.agencyNameEditLabel = QLabel(NewFileDialog)
        self.agencyNameEditLabel.setObjectName(u"agencyNameEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.agencyNameEditLabel)

        self.agencyNameEdit = QLineEdit(NewFileDialog)
        self.agencyNameEdit.setObjectName(u"agencyNameEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.agencyNameEdit)

        self.shortCodeEditLabel = QLabel(NewFileDialog)
        self.shortCodeEditLabel.setObjectName(u"shortCodeEditLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.shortCodeEditLabel)

        self.shortCodeEdit = QLineEdit(NewFileDialog)
        self.shortCodeEdit.setObjectName(u"shortCodeEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.shortCodeEdit)

        self.placeEditLabel = QLabel(NewFileDialog)
        self.placeEditLabel.setObjectName(u"placeEditLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.placeEditLabel)

        self.placeEdit = QLineEdit(NewFileDialog)
        self.placeEdit.setObjectName(u"placeEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.headTitleEditLabel = QLabel(NewFileDialog)
        self.headTitleEditLabel.setObjectName(u"headTitleEditLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.headTitleEditLabel)

        self.headTitleEdit = QLineEdit(NewFileDialog)
        self.headTitleEdit.setObjectName(u"headTitleEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.headTitleEdit)

        self.headNameEditLabel = QLabel(NewFileDialog)
        self.headNameEditLabel.setObjectName(u"headNameEditLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.headNameEditLabel)

        self.headNameEdit = QLineEdit(NewFileDialog)
        self.headNameEdit.setObjectName(u"headNameEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.headNameEdit)

        self.unitsLabel = QLabel(NewFileDialog)
        self.unitsLabel.setObjectName(u"unitsLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.unitsLabel)

        self.unitsEdit = QPlainTextEdit(NewFileDialog)
        self.unitsEdit.setObjectName(u"unitsEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.unitsEdit)

        self.frameworksLabel = QLabel(NewFileDialog)
        self.frameworksLabel.setObjectName(u"frameworksLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.frameworksLabel)

        self.frameworksList = QListWidget(NewFileDialog)
        self.frameworksList.setObjectName(u"frameworksList")
        self.frameworksList.setMaximumSize(QSize(16777215, 90))

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.frameworksList)

        self.frameworksNote = QLabel(NewFileDialog)
        self.frameworksNote.setObjectName(u"frameworksNote")
        self.frameworksNote.setWordWrap(True)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.frameworksNote)


        self.outerLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(NewFileDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.outerLayout.addWidget(self.buttonBox)


        self.retranslateUi(NewFileDialog)
        self.buttonBox.rejected.connect(NewFileDialog.reject)

        QMetaObject.connectSlotsByName(NewFileDialog)
    # setupUi

    def retranslateUi(self, NewFileDialog):
        NewFileDialog.setWindowTitle(QCoreApplication.translate("NewFileDialog", u"Create a new file", None))
        self.introLabel.setText(QCoreApplication.translate("NewFileDialog", u"One file holds every year of your agency: scores, plans, tasks and reports. These details print in the header of every document; you can change them later.", None))
        self.parentEditLabel.setText(QCoreApplication.translate("NewFileDialog", u"Parent agency (upper case):", None))
        self.parentEdit.setPlaceholderText(QCoreApplication.translate("NewFileDialog", u"\u1ee6Y BAN NH\u00c2N D\u00c2N T\u1ec8NH \u2026", None))
        self.agencyEditLabel.setText(QCoreApplication.translate("NewFileDialog", u"Issuing agency (upper case):", None))
        self.agencyEdit.setPlaceholderText(QCoreApplication.translate("NewFileDialog", u"S\u1ede \u2026", None))
        self.agencyNameEditLabel.setText(QCoreApplication.translate("NewFileDialog", u"Agency name as written in text:", None))
        self.agencyNameEdit.setPlaceholderText(QCoreApplication.translate("NewFileDialog", u"S\u1edf \u2026", None))
        self.shortCodeEditLabel.setText(QCoreApplication.translate("NewFileDialog", u"Short code used in symbols:", None))
        self.shortCodeEdit.setPlaceholderText(QCoreApplication.translate("NewFileDialog", u"STP", None))
        self.placeEditLabel.setText(QCoreApplication.translate("NewFileDialog", u"Place name on documents:", None))
        self.placeEdit.setPlaceholderText(QCoreApplication.translate("NewFileDialog", u"Tuy\u00ean Quang", None))
        self.headTitleEditLabel.setText(QCoreApplication.translate("NewFileDialog", u"Signer's title:", None))
        self.headTitleEdit.setPlaceholderText(QCoreApplication.translate("NewFileDialog", u"GI\u00c1M \u0110\u1ed0C", None))
        self.headNameEditLabel.setText(QCoreApplication.translate("NewFileDialog", u"Signer's name:", None))
        self.headNameEdit.setPlaceholderText("")
        self.unitsLabel.setText(QCoreApplication.translate("NewFileDialog", u"Units, one per line:", None))
        self.unitsEdit.setPlaceholderText(QCoreApplication.translate("NewFileDialog", u"V\u0103n ph\u00f2ng S\u1edf\n"
"Thanh tra S\u1edf\n"
"Ph\u00f2ng \u2026", None))
        self.frameworksLabel.setText(QCoreApplication.translate("NewFileDialog", u"Index to import now (optional):", None))
        self.frameworksNote.setText(QCoreApplication.translate("NewFileDialog", u"Tick an index only if your agency is scored on it; nothing is ticked for you. Your province's own index can be imported later: File \u2192 Import an index catalog\u2026", None))
    # retranslateUi

