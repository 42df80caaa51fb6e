#pragma once

#include <QLoggingCategory>

// One category per area; turn them on with QT_LOGGING_RULES="mailflow.probe.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcProbe)
Q_DECLARE_LOGGING_CATEGORY(lcWorkspace)
Q_DECLARE_LOGGING_CATEGORY(lcModel)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
