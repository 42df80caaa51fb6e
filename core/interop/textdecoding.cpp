#include "textdecoding.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace mailflow::interop {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mailflow::interop::Import", text);
}

DecodedText decode(QByteArrayView bytes, QStringConverter::Encoding encoding, const char *name)
{
    DecodedText out;
    out.encoding = QString::fromLatin1(name);
    if (encoding != QStringConverter::Utf8 && bytes.size() % 2 != 0) {
        out.error = tr("The file is %1 but ends in the middle of a character; it may be cut "
                       "short.").arg(out.encoding);
        return out;
    }
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    out.text = decoder.decode(bytes);
    if (decoder.hasError()) {
        out.text.clear();
        out.error = encoding == QStringConverter::Utf8
            ? tr("The file is neither UTF-8 nor UTF-16 text. Save it as UTF-8 or UTF-16 and "
                 "try again.")
            : tr("The file holds bytes that are not valid %1 text.").arg(out.encoding);
    }
    return out;
}

} // namespace

DecodedText decodeText(const QByteArray &bytes)
{
    const QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF"))
        return decode(view.sliced(3), QStringConverter::Utf8, "UTF-8");
    if (view.startsWith("\xFF\xFE"))
        return decode(view.sliced(2), QStringConverter::Utf16LE, "UTF-16LE");
    if (view.startsWith("\xFE\xFF"))
        return decode(view.sliced(2), QStringConverter::Utf16BE, "UTF-16BE");
    if (view.size() >= 2 && view.at(0) != 0 && view.at(1) == 0)
        return decode(view, QStringConverter::Utf16LE, "UTF-16LE");
    if (view.size() >= 2 && view.at(0) == 0 && view.at(1) != 0)
        return decode(view, QStringConverter::Utf16BE, "UTF-16BE");
    return decode(view, QStringConverter::Utf8, "UTF-8");
}

} // namespace mailflow::interop
