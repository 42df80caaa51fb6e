#include "smtpreply.h"

#include <QRegularExpression>

namespace mailflow::probe {

QString enhancedStatusCode(int replyCode, const QString &line)
{
    // RFC 3463: class "." subject "." detail, class 2, 4 or 5, subject and detail 1-3 digits.
    static const QRegularExpression pattern(
        QStringLiteral("^([245])\\.([0-9]{1,3})\\.([0-9]{1,3})(?= |$)"));

    const QRegularExpressionMatch match = pattern.match(line);
    if (!match.hasMatch() || match.captured(1).toInt() != replyCode / 100)
        return {};
    return match.captured(0);
}

QString SmtpReply::text() const
{
    QStringList words;
    words.reserve(lines.size());
    for (const QString &line : lines) {
        const QString enhanced = enhancedStatusCode(code, line);
        const QString rest = line.mid(enhanced.size()).trimmed();
        if (!rest.isEmpty())
            words.append(rest);
    }
    return words.join(u' ');
}

QStringList SmtpReply::wireLines() const
{
    QStringList out;
    out.reserve(lines.size());
    const QString number = QString::number(code);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const bool last = i + 1 == lines.size();
        out.append(number + (last ? u' ' : u'-') + lines.at(i));
    }
    return out;
}

} // namespace mailflow::probe
