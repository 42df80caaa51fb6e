#include "userproperties.h"

namespace mailflow {

const QStringList &userProperties()
{
    static const QStringList properties = [] {
        QStringList list = {
            QStringLiteral("City"), QStringLiteral("Company"), QStringLiteral("Country"),
        };
        for (int i = 1; i <= 15; ++i)
            list << QStringLiteral("CustomAttribute%1").arg(i);
        list << QStringLiteral("Department") << QStringLiteral("DisplayName")
             << QStringLiteral("Email") << QStringLiteral("FaxNumber")
             << QStringLiteral("FirstName") << QStringLiteral("HomePhoneNumber")
             << QStringLiteral("Initials") << QStringLiteral("LastName")
             << QStringLiteral("Manager") << QStringLiteral("MobileNumber")
             << QStringLiteral("Notes") << QStringLiteral("Office")
             << QStringLiteral("OtherFaxNumber") << QStringLiteral("OtherHomePhoneNumber")
             << QStringLiteral("OtherPhoneNumber") << QStringLiteral("PagerNumber")
             << QStringLiteral("PhoneNumber") << QStringLiteral("POBox")
             << QStringLiteral("State") << QStringLiteral("Street") << QStringLiteral("Title")
             << QStringLiteral("UserLogonName") << QStringLiteral("ZipCode");
        return list;
    }();
    return properties;
}

QString canonicalUserProperty(const QString &name)
{
    const QString trimmed = name.trimmed();
    for (const QString &property : userProperties()) {
        if (property.compare(trimmed, Qt::CaseInsensitive) == 0)
            return property;
    }
    return {};
}

} // namespace mailflow
