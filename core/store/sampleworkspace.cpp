#include "workspacefile.h"

#include "logging.h"

#include <QFile>

// The sample is compiled into mailflow-core, a static library; without this call the linker
// may drop the resource, because nothing else refers to it.
static void initSampleResource()
{
    Q_INIT_RESOURCE(sample);
}

namespace mailflow::store {

Workspace loadSampleWorkspace()
{
    initSampleResource();

    const QString path = QStringLiteral(":/mailflow/sample.mailflow.json");
    const LoadResult result = loadWorkspace(path);
    if (!result.ok) {
        // Only a broken build gets here; the sample's test keeps it from shipping.
        qCWarning(lcWorkspace) << "the embedded sample workspace does not load:"
                               << result.message;
        return {};
    }
    return result.workspace;
}

} // namespace mailflow::store
