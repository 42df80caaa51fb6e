#pragma once

#include "model/workspace.h"

#include <QJsonObject>

#include <optional>

namespace mailflow::store {

// Turns the JSON of a current-version workspace file into a Workspace, checking structure and
// types only; what the values mean is left to field validation. The first problem stops the
// read and is kept with its JSON path ("connectors[1].smartHosts"), so the admin can find it.
// Fields that are absent take the model's defaults; fields the format does not define are
// refused, because a misspelt key would otherwise lose the admin's setting without a word.
class WorkspaceReader
{
public:
    [[nodiscard]] std::optional<Workspace> read(const QJsonObject &root);

    [[nodiscard]] QString errorCode() const { return m_code; }
    [[nodiscard]] QString errorPath() const { return m_path; }
    // Translated; starts with the path and says what the file should hold there.
    [[nodiscard]] QString errorMessage() const { return m_message; }

private:
    class Object;

    bool fail(const QString &code, const QString &path, const QString &message);
    bool readConnector(const QJsonValue &value, const QString &path, Connector *out);
    bool readValidation(const QJsonValue &value, const QString &path, ValidationRecord *out);
    bool readRule(const QJsonValue &value, const QString &path, MailFlowRule *out);
    bool readPredicate(const QJsonValue &value, const QString &path, bool action,
                       QString *kind, PredicateValue *out);
    bool readProperties(const QJsonValue &value, const QString &path,
                        QList<PropertyWords> *out);

    QString m_code;
    QString m_path;
    QString m_message;
};

} // namespace mailflow::store
