"""DTI Desk: one local file per agency for DTI and CCHC plans, scores, tasks and reports."""

__version__ = "0.1.0"
APP_NAME = "DTI Desk"
FILE_SUFFIX = ".dtidesk"
