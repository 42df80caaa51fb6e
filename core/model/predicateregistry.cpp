#include "predicateregistry.h"

#include "userproperties.h"
#include "workspace.h"
#include "validation/fieldrules.h"

#include <QCoreApplication>

namespace mailflow {

namespace {

constexpr const char *context = "mailflow::Predicates";

QString tr(const char *text)
{
    return QCoreApplication::translate(context, text);
}

using Role = PredicateRole;
using Shape = ValueShape;

// The admin center's condition and action menus. Wording follows the EAC; sentences are what
// the rule summary says after "If" / "then".
const QList<PredicateType> &table()
{
    static const QList<PredicateType> types = {
        // Conditions and exceptions.
        {"fromPerson", Role::Condition, Shape::Addresses, "From", nullptr,
         QT_TRANSLATE_NOOP("mailflow::Predicates", "The sender"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "is this person"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "the sender is %1")},
        {"fromScope", Role::Condition, Shape::Scope, "FromScope", nullptr,
         QT_TRANSLATE_NOOP("mailflow::Predicates", "The sender"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "is external/internal"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "the sender is located %1")},
        {"fromMemberOf", Role::Condition, Shape::Addresses, "FromMemberOf", nullptr,
         QT_TRANSLATE_NOOP("mailflow::Predicates", "The sender"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "is a member of this group"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "the sender is a member of %1")},
        {"senderDomainIs", Role::Condition, Shape::Domains, "SenderDomainIs", nullptr,
         QT_TRANSLATE_NOOP("mailflow::Predicates", "The sender"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "domain is"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "the sender's domain is %1")},
        {"fromAddressContainsWords", Role::Condition, Shape::Words,
         "FromAddressContainsWords", nullptr,
         QT_TRANSLATE_NOOP("mailflow::Predicates", "The sender"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "address includes any of these words"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "the sender's address includes %1")},
        {"fromAddressMatchesPatterns", Role::Condition, Shape::Patterns,
         "FromAddressMatchesPatterns", nullptr,
         QT_TRANSLATE_NOOP("mailflow::Predicates", "The sender"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "address matches any of these text patterns"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "the sender's address matches %1")},
        {"senderPropertyContainsWords", Role::Condition, Shape::PropertyWords,
         "SenderADAttributeContainsWords", nullptr,
         QT_TRANSLATE_NOOP("mailflow::Predicates", "The sender"),
         QT_TRANSLATE_NOOP("mailflow::Predicates",
                           "has specific properties including any of these words"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "the sender's %1")},
        {"senderPropertyMatchesPatterns", Role::Condition, Shape::PropertyPatterns,
         "SenderADAttributeMatchesPatterns", nullptr,
         QT_TRANSLATE_NOOP("mailflow::Predicates", "The sender"),
         QT_TRANSLATE_NOOP("mailflow::Predicates",
                           "has specific properties matching these text patterns"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "the sender's %1")},
        {"sentToPerson", Role::Condition, Shape::Addresses, "SentTo", nullptr,
         QT_TRANSLATE_NOOP("mailflow::Predicates", "The recipient"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "is this person"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "the message is sent to %1")},
        {"sentToScope", Role::Condition, Shape::Scope, "SentToScope", nullptr,
         QT_TRANSLATE_NOOP("mailflow::Predicates", "The recipient"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "is external/internal"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "the recipient is located %1")},
        {"sentToMemberOf", Role::Condition, Shape::Addresses, "SentToMemberOf", nullptr,
         QT_TRANSLATE_NOOP("mailflow::Predicates", "The recipient"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "is a member of this group"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "the recipient is a member of %1")},
        {"recipientDomainIs", Role::Condition, Shape::Domains, "RecipientDomainIs", nullptr,
         QT_TRANSLATE_NOOP("mailflow::Predicates", "The recipient"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "domain is"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "the recipient's domain is %1")},
        {"recipientAddressContainsWords", Role::Condition, Shape::Words,
         "RecipientAddressContainsWords", nullptr,
         QT_TRANSLATE_NOOP("mailflow::Predicates", "The recipient"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "address includes any of these words"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "the recipient's address includes %1")},
        {"recipientAddressMatchesPatterns", Role::Condition, Shape::Patterns,
         "RecipientAddressMatchesPatterns", nullptr,
         QT_TRANSLATE_NOOP("mailflow::Predicates", "The recipient"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "address matches any of these text patterns"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "the recipient's address matches %1")},
        {"recipientPropertyContainsWords", Role::Condition, Shape::PropertyWords,
         "RecipientADAttributeContainsWords", nullptr,
         QT_TRANSLATE_NOOP("mailflow::Predicates", "The recipient"),
         QT_TRANSLATE_NOOP("mailflow::Predicates",
                           "has specific properties including any of these words"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "the recipient's %1")},
        {"recipientPropertyMatchesPatterns", Role::Condition, Shape::PropertyPatterns,
         "RecipientADAttributeMatchesPatterns", nullptr,
         QT_TRANSLATE_NOOP("mailflow::Predicates", "The recipient"),
         QT_TRANSLATE_NOOP("mailflow::Predicates",
                           "has specific properties matching these text patterns"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "the recipient's %1")},
        {"subjectContainsWords", Role::Condition, Shape::Words, "SubjectContainsWords", nullptr,
         QT_TRANSLATE_NOOP("mailflow::Predicates", "The subject or body"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "subject includes any of these words"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "the subject includes %1")},
        {"subjectMatchesPatterns", Role::Condition, Shape::Patterns, "SubjectMatchesPatterns",
         nullptr, QT_TRANSLATE_NOOP("mailflow::Predicates", "The subject or body"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "subject matches these text patterns"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "the subject matches %1")},
        {"subjectOrBodyContainsWords", Role::Condition, Shape::Words,
         "SubjectOrBodyContainsWords", nullptr,
         QT_TRANSLATE_NOOP("mailflow::Predicates", "The subject or body"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "subject or body includes any of these words"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "the subject or body includes %1")},
        {"subjectOrBodyMatchesPatterns", Role::Condition, Shape::Patterns,
         "SubjectOrBodyMatchesPatterns", nullptr,
         QT_TRANSLATE_NOOP("mailflow::Predicates", "The subject or body"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "subject or body matches these text patterns"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "the subject or body matches %1")},
        {"messageSizeOver", Role::Condition, Shape::SizeBytes, "MessageSizeOver", nullptr,
         QT_TRANSLATE_NOOP("mailflow::Predicates", "The message properties"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "size is greater than or equal to"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "the message size is at least %1")},
        {"headerContainsWords", Role::Condition, Shape::HeaderWords,
         "HeaderContainsMessageHeader", "HeaderContainsWords",
         QT_TRANSLATE_NOOP("mailflow::Predicates", "A message header"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "includes any of these words"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "the message header %1")},
        {"headerMatchesPatterns", Role::Condition, Shape::HeaderPatterns,
         "HeaderMatchesMessageHeader", "HeaderMatchesPatterns",
         QT_TRANSLATE_NOOP("mailflow::Predicates", "A message header"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "matches these text patterns"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "the message header %1")},

        // Actions.
        {"redirectToConnector", Role::Action, Shape::Connector,
         "RouteMessageOutboundConnector", nullptr,
         QT_TRANSLATE_NOOP("mailflow::Predicates", "Redirect the message to"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "the following connector"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "redirect the message to the connector %1")},
        {"redirectToRecipients", Role::Action, Shape::Addresses, "RedirectMessageTo", nullptr,
         QT_TRANSLATE_NOOP("mailflow::Predicates", "Redirect the message to"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "these recipients"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "redirect the message to %1")},
        {"addToRecipients", Role::Action, Shape::Addresses, "AddToRecipients", nullptr,
         QT_TRANSLATE_NOOP("mailflow::Predicates", "Add recipients"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "to the To box"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "add %1 to the To box")},
        {"copyTo", Role::Action, Shape::Addresses, "CopyTo", nullptr,
         QT_TRANSLATE_NOOP("mailflow::Predicates", "Add recipients"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "to the Cc box"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "copy the message to %1")},
        {"blindCopyTo", Role::Action, Shape::Addresses, "BlindCopyTo", nullptr,
         QT_TRANSLATE_NOOP("mailflow::Predicates", "Add recipients"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "to the Bcc box"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "blind copy the message to %1")},
        {"rejectWithExplanation", Role::Action, Shape::Rejection, "RejectMessageReasonText",
         "RejectMessageEnhancedStatusCode",
         QT_TRANSLATE_NOOP("mailflow::Predicates", "Block the message"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "reject the message and include an "
                                                   "explanation"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "reject the message with %1")},
        {"deleteMessage", Role::Action, Shape::Flag, "DeleteMessage", nullptr,
         QT_TRANSLATE_NOOP("mailflow::Predicates", "Block the message"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "delete the message without notifying "
                                                   "anyone"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "delete the message without notifying "
                                                   "anyone")},
        {"prependSubject", Role::Action, Shape::Text, "PrependSubject", nullptr,
         QT_TRANSLATE_NOOP("mailflow::Predicates", "Modify the message properties"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "prepend the subject of the message with"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "prepend the subject with %1")},
        {"setHeader", Role::Action, Shape::HeaderValue, "SetHeaderName", "SetHeaderValue",
         QT_TRANSLATE_NOOP("mailflow::Predicates", "Modify the message properties"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "set a message header"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "set the message header %1")},
        {"requireTls", Role::Action, Shape::Flag, "RouteMessageOutboundRequireTls", nullptr,
         QT_TRANSLATE_NOOP("mailflow::Predicates", "Modify the message security"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "require TLS encryption"),
         QT_TRANSLATE_NOOP("mailflow::Predicates", "require TLS encryption for delivery")},
    };
    return types;
}

QString quoted(const QString &text)
{
    return tr("'%1'").arg(text);
}

QString orList(const QStringList &items)
{
    QStringList quotedItems;
    for (const QString &item : items)
        quotedItems << quoted(item);
    return quotedItems.join(tr(" or "));
}

QString describeProperties(const QList<PropertyWords> &properties, bool patterns)
{
    QStringList parts;
    for (const PropertyWords &group : properties) {
        parts << (patterns
                      ? tr("%1 property matches %2").arg(group.property, orList(group.words))
                      : tr("%1 property includes %2").arg(group.property, orList(group.words)));
    }
    return parts.join(tr(", or "));
}

QString describeSize(qint64 bytes)
{
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0)
        return tr("%1 MB").arg(bytes / (1024 * 1024));
    if (bytes >= 1024 && bytes % 1024 == 0)
        return tr("%1 KB").arg(bytes / 1024);
    return tr("%1 bytes").arg(bytes);
}

void checkItems(const QStringList &items, QString (*check)(const QString &), QStringList *out)
{
    for (const QString &item : items) {
        const QString problem = check(item);
        if (!problem.isEmpty())
            out->append(problem);
    }
}

QString checkWord(const QString &word)
{
    if (word.trimmed().isEmpty())
        return tr("A word is empty. Remove it or enter a word.");
    return {};
}

void checkProperties(const QList<PropertyWords> &properties, bool patterns, QStringList *out)
{
    if (properties.isEmpty()) {
        out->append(tr("Choose at least one user property and enter its words."));
        return;
    }
    QStringList seen;
    for (const PropertyWords &group : properties) {
        const QString canonical = canonicalUserProperty(group.property);
        if (canonical.isEmpty()) {
            out->append(tr("'%1' is not a user property. Choose one from the list, such as "
                           "City or Department.").arg(group.property));
            continue;
        }
        if (seen.contains(canonical))
            out->append(tr("The property %1 appears twice; put all its words in one entry.")
                            .arg(canonical));
        seen << canonical;
        if (group.words.isEmpty())
            out->append(tr("The property %1 has no words. Enter at least one.").arg(canonical));
        checkItems(group.words, patterns ? &fieldrules::checkPattern : &checkWord, out);
    }
}

} // namespace

QString PredicateType::subjectText() const
{
    return tr(subject);
}

QString PredicateType::labelText() const
{
    return tr(label);
}

QString PredicateType::menuText() const
{
    return tr("%1… %2").arg(subjectText(), labelText());
}

const QList<PredicateType> &predicateTypes()
{
    return table();
}

QList<const PredicateType *> predicateTypes(PredicateRole role)
{
    QList<const PredicateType *> out;
    for (const PredicateType &type : table()) {
        if (type.role == role)
            out << &type;
    }
    return out;
}

const PredicateType *findPredicate(const QString &id)
{
    for (const PredicateType &type : table()) {
        if (id == QLatin1String(type.id))
            return &type;
    }
    return nullptr;
}

bool shapeHasItems(ValueShape shape)
{
    switch (shape) {
    case Shape::Words:
    case Shape::Patterns:
    case Shape::Addresses:
    case Shape::Domains:
    case Shape::HeaderWords:
    case Shape::HeaderPatterns:
        return true;
    default:
        return false;
    }
}

bool shapeHasProperties(ValueShape shape)
{
    return shape == Shape::PropertyWords || shape == Shape::PropertyPatterns;
}

bool shapeIsPatterns(ValueShape shape)
{
    return shape == Shape::Patterns || shape == Shape::PropertyPatterns
        || shape == Shape::HeaderPatterns;
}

QString describeValue(ValueShape shape, const PredicateValue &value)
{
    // A row the admin is still filling in reads as a gap, not as half a sentence.
    const bool unfinished = shapeHasItems(shape) ? value.items.isEmpty()
        : shapeHasProperties(shape)             ? value.properties.isEmpty()
        : shape == Shape::SizeBytes             ? value.number <= 0
        : shape == Shape::Flag                  ? false
                                                : value.text.isEmpty();
    if (unfinished)
        return tr("…");

    switch (shape) {
    case Shape::Words:
        return tr("any of these words: %1").arg(orList(value.items));
    case Shape::Patterns:
        return tr("any of these patterns: %1").arg(orList(value.items));
    case Shape::Addresses:
    case Shape::Domains:
        return orList(value.items);
    case Shape::PropertyWords:
        return describeProperties(value.properties, false);
    case Shape::PropertyPatterns:
        return describeProperties(value.properties, true);
    case Shape::Scope:
        return value.text == QLatin1String("NotInOrganization")
            ? tr("outside the organization") : tr("inside the organization");
    case Shape::SizeBytes:
        return describeSize(value.number);
    case Shape::HeaderWords:
        return tr("%1 includes %2").arg(quoted(value.text), orList(value.items));
    case Shape::HeaderPatterns:
        return tr("%1 matches %2").arg(quoted(value.text), orList(value.items));
    case Shape::Connector:
    case Shape::Text:
        return quoted(value.text);
    case Shape::HeaderValue:
        return tr("%1 to %2").arg(quoted(value.text), quoted(value.secondText));
    case Shape::Rejection:
        return tr("the explanation %1 and status code %2")
            .arg(quoted(value.text), value.secondText);
    case Shape::Flag:
        return {};
    }
    return {};
}

QString describeCondition(const RuleCondition &condition)
{
    const PredicateType *type = findPredicate(condition.kind);
    if (!type)
        return tr("an unknown condition '%1'").arg(condition.kind);
    return tr(type->sentence).arg(describeValue(type->shape, condition.value));
}

QString describeAction(const RuleAction &action)
{
    const PredicateType *type = findPredicate(action.kind);
    if (!type)
        return tr("an unknown action '%1'").arg(action.kind);
    if (type->shape == Shape::Flag)
        return tr(type->sentence);
    return tr(type->sentence).arg(describeValue(type->shape, action.value));
}

QStringList checkPredicateValue(const PredicateType &type, const PredicateValue &value,
                                const Workspace &workspace)
{
    QStringList out;
    const bool needsItems = shapeHasItems(type.shape);
    if (needsItems && value.items.isEmpty())
        out << tr("Enter at least one value.");

    switch (type.shape) {
    case Shape::Words:
        checkItems(value.items, &checkWord, &out);
        break;
    case Shape::Patterns:
        checkItems(value.items, &fieldrules::checkPattern, &out);
        break;
    case Shape::Addresses:
        checkItems(value.items, &fieldrules::checkMailbox, &out);
        break;
    case Shape::Domains:
        checkItems(value.items, &fieldrules::checkDomain, &out);
        break;
    case Shape::PropertyWords:
    case Shape::PropertyPatterns:
        checkProperties(value.properties, type.shape == Shape::PropertyPatterns, &out);
        break;
    case Shape::Scope:
        if (value.text != QLatin1String("InOrganization")
            && value.text != QLatin1String("NotInOrganization"))
            out << tr("Choose inside or outside the organization.");
        break;
    case Shape::SizeBytes:
        if (value.number <= 0)
            out << tr("Enter a size greater than zero.");
        break;
    case Shape::HeaderWords:
    case Shape::HeaderPatterns: {
        const QString header = fieldrules::checkHeaderName(value.text);
        if (!header.isEmpty())
            out << header;
        checkItems(value.items,
                   type.shape == Shape::HeaderPatterns ? &fieldrules::checkPattern : &checkWord,
                   &out);
        break;
    }
    case Shape::Connector: {
        if (value.text.isEmpty()) {
            out << tr("Choose the connector to redirect to.");
            break;
        }
        const Connector *connector = workspace.findConnector(value.text);
        if (!connector)
            out << tr("The connector '%1' does not exist. Choose an existing outbound "
                      "connector.").arg(value.text);
        else if (!connector->isOutbound())
            out << tr("The connector '%1' is an inbound connector; only outbound connectors "
                      "can receive redirected messages.").arg(value.text);
        break;
    }
    case Shape::Text:
        if (value.text.trimmed().isEmpty())
            out << tr("Enter the text.");
        break;
    case Shape::HeaderValue: {
        const QString header = fieldrules::checkHeaderName(value.text);
        if (!header.isEmpty())
            out << header;
        break;
    }
    case Shape::Rejection: {
        if (value.text.trimmed().isEmpty())
            out << tr("Enter the explanation the sender will see.");
        const QString code = fieldrules::checkEnhancedStatusCode(value.secondText);
        if (!code.isEmpty())
            out << code;
        break;
    }
    case Shape::Flag:
        break;
    }
    return out;
}

} // namespace mailflow
