#include "rulecollectionwriter.h"

#include "parameterwriter.h"
#include "powershellliteral.h"

#include <QStringEncoder>
#include <QUuid>
#include <QXmlStreamWriter>

namespace mailflow::interop {

using namespace Qt::StringLiterals;

namespace {

QString commandBlock(const MailFlowRule &rule, Diagnostics *errors)
{
    QStringList parts{QStringLiteral("New-TransportRule")};
    parts << renderParameter({QStringLiteral("Name"), literal::quote(rule.name)});
    parts << renderParameter({QStringLiteral("Enabled"), literal::boolean(rule.enabled)});
    for (const RenderedParameter &parameter : ruleSettings(rule, errors))
        parts << renderParameter(parameter);
    return parts.join(u' ');
}

QString ruleId(const QString &name)
{
    // A fixed namespace of our own, so ids are stable across exports of one workspace.
    static const QUuid space(QStringLiteral("{6d2f7c1e-4b0a-5e3d-9c1f-2a8b7e6d5c40}"));
    return QUuid::createUuidV5(space, name).toString(QUuid::WithoutBraces);
}

} // namespace

QString writeRuleCollectionText(const Workspace &workspace, Diagnostics *errors)
{
    QString body;
    QXmlStreamWriter xml(&body);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);

    xml.writeStartElement(QStringLiteral("rules"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("TransportVersioned"));
    for (const MailFlowRule &rule : workspace.rules) {
        xml.writeStartElement(QStringLiteral("rule"));
        xml.writeAttribute(QStringLiteral("name"), rule.name);
        xml.writeAttribute(QStringLiteral("id"), ruleId(rule.name));
        xml.writeAttribute(QStringLiteral("format"), QStringLiteral("cmdlet"));
        xml.writeStartElement(QStringLiteral("version"));
        xml.writeAttribute(QStringLiteral("requiredMinVersion"), QStringLiteral("15.0.3.0"));
        xml.writeStartElement(QStringLiteral("commandBlock"));
        xml.writeCDATA(commandBlock(rule, errors));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();

    QString text = QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-16\" "
                                  "standalone=\"yes\"?>\n");
    text += body.trimmed();
    text += u'\n';
    return text;
}

QByteArray encodeRuleCollection(const QString &text)
{
    QString windows = text;
    windows.replace(u"\r\n"_s, u"\n"_s);
    windows.replace(u'\n', u"\r\n"_s);
    QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    return encoder.encode(windows);
}

} // namespace mailflow::interop
