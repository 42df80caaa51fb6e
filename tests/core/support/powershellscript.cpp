#include "powershellscript.h"

#include "interop/interop.h"

namespace mailflow::interoptest {

interop::ImportResult importScript(const QString &script)
{
    return interop::importFile(script.toUtf8(), QStringLiteral("test.ps1"));
}

QString importReport(const interop::ImportResult &result)
{
    return result.report().join(u'\n');
}

} // namespace mailflow::interoptest
