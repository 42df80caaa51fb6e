#include "valuedialogfactory.h"

#include "headervaluedialog.h"
#include "itemlistdialog.h"
#include "rejectiondialog.h"
#include "scopedialog.h"
#include "selectconnectordialog.h"
#include "selectuserpropertiesdialog.h"
#include "sizedialog.h"
#include "textvaluedialog.h"

namespace mailflow {

ValueDialog *createValueDialog(const PredicateType &type, const PredicateValue &value,
                               const Workspace &workspace, QWidget *parent)
{
    ValueDialog *dialog = nullptr;
    switch (type.shape) {
    case ValueShape::Words:
    case ValueShape::Patterns:
    case ValueShape::Addresses:
    case ValueShape::Domains:
    case ValueShape::HeaderWords:
    case ValueShape::HeaderPatterns:
        dialog = new ItemListDialog(type, value, workspace, parent);
        break;
    case ValueShape::PropertyWords:
    case ValueShape::PropertyPatterns:
        dialog = new SelectUserPropertiesDialog(type, value, workspace, parent);
        break;
    case ValueShape::Scope:
        dialog = new ScopeDialog(type, value, workspace, parent);
        break;
    case ValueShape::SizeBytes:
        dialog = new SizeDialog(type, value, workspace, parent);
        break;
    case ValueShape::Connector:
        dialog = new SelectConnectorDialog(type, value, workspace, parent);
        break;
    case ValueShape::Text:
        dialog = new TextValueDialog(type, value, workspace, parent);
        break;
    case ValueShape::HeaderValue:
        dialog = new HeaderValueDialog(type, value, workspace, parent);
        break;
    case ValueShape::Rejection:
        dialog = new RejectionDialog(type, value, workspace, parent);
        break;
    case ValueShape::Flag:
        return nullptr;
    }
    if (dialog)
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

} // namespace mailflow
