#include "logging.h"

Q_LOGGING_CATEGORY(lcProbe, "mailflow.probe", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWorkspace, "mailflow.workspace", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModel, "mailflow.model", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "mailflow.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "mailflow.cli", QtInfoMsg)
