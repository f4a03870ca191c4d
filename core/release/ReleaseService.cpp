#include "core/release/ReleaseService.h"

#include "core/common/OsUser.h"
#include "core/release/ReleaseStore.h"
#include "core/store/ProjectStore.h"
#include "core/store/StoreAccess.h"
#include "core/store/WriteScope.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace steward {

namespace {

constexpr int kMaxNameLength = 200;

QString compact(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

Error policyError(const QString &message)
{
    Error e;
    e.code = ErrorCode::Policy;
    e.message = message;
    return e;
}

// The JSON key of a setting in Release::toJson().
QString jsonKeyOf(const QString &settingKey)
{
    return settingKey == QLatin1String("name") ? QStringLiteral("release") : settingKey;
}

// Setting and policy keys whose value differs between the two.
QStringList changedKeys(const Release &before, const Release &after)
{
    const QJsonObject a = before.toJson();
    const QJsonObject b = after.toJson();
    QStringList keys;
    for (const QString &key : Release::settingKeys()) {
        if (a.value(jsonKeyOf(key)) != b.value(jsonKeyOf(key)))
            keys << key;
    }
    for (const QString &key : ReleasePolicy::keys()) {
        if (before.policy.valueText(key) != after.policy.valueText(key))
            keys << key;
    }
    return keys;
}

} // namespace

Result<QList<Release>> ReleaseService::list()
{
    ReleaseStore store(m_store);
    auto names = store.names();
    if (!names)
        return names.error();
    QList<Release> releases;
    for (const QString &name : std::as_const(*names)) {
        auto release = store.load(name);
        if (!release)
            return release.error();
        if (*release)
            releases.append(std::move(**release));
    }
    return releases;
}

Result<Release> ReleaseService::load(const QString &name)
{
    auto release = ReleaseStore(m_store).load(name);
    if (!release)
        return release.error();
    if (!*release)
        return Error::badInput(tr("no release named %1").arg(name));
    return std::move(**release);
}

bool ReleaseService::exists(const QString &name)
{
    auto release = ReleaseStore(m_store).load(name);
    return release && release->has_value();
}

namespace {

// Checks what every stored release must satisfy and resolves its datasets: a name the release
// already held keeps its stored dataset (renamed or deleted since), any other must exist now.
Result<QList<ReleaseDatasetRef>> validate(ReleaseStore &store, Release &release,
                                          const QList<ReleaseDatasetRef> &previous)
{
    release.name = release.name.trimmed();
    if (release.name.isEmpty())
        return Error::badInput(ReleaseService::tr("a release needs a name"));
    if (release.name.size() > kMaxNameLength)
        return Error::badInput(ReleaseService::tr("a release name has at most %1 characters")
                                   .arg(kMaxNameLength));
    auto taken = store.nameTaken(release.name, release.id);
    if (!taken)
        return taken.error();
    if (*taken)
        return Error::badInput(
            ReleaseService::tr("a release named %1 already exists").arg(release.name));
    if (release.datasets.isEmpty())
        return Error::badInput(
            ReleaseService::tr("release %1 needs at least one dataset").arg(release.name));
    if (release.language != QLatin1String("zh_CN") && release.language != QLatin1String("en"))
        return Error::badInput(ReleaseService::tr("the language of a release's documents is "
                                                  "zh_CN or en"));
    if (release.retentionMonths < 0)
        return Error::badInput(ReleaseService::tr("the retention period cannot be negative"));
    if (release.startDate.isValid() && release.endDate.isValid()
        && release.endDate < release.startDate)
        return Error::badInput(ReleaseService::tr("the end date of release %1 is before its start "
                                                  "date")
                                   .arg(release.name));

    QList<ReleaseDatasetRef> refs;
    QSet<qint64> ids;
    for (QString &name : release.datasets) {
        name = name.trimmed();
        std::optional<ReleaseDatasetRef> ref;
        for (const ReleaseDatasetRef &p : previous) {
            if (p.name == name) {
                ref = p;
                break;
            }
        }
        if (!ref) {
            auto found = store.findDataset(name);
            if (!found)
                return found.error();
            if (!*found)
                return Error::badInput(ReleaseService::tr("no dataset named %1").arg(name));
            ref = **found;
        }
        if (ids.contains(ref->id))
            return Error::badInput(
                ReleaseService::tr("dataset %1 is named twice in release %2").arg(name, release.name));
        ids.insert(ref->id);
        refs.append(*ref);
    }
    return refs;
}

} // namespace

Result<Release> ReleaseService::create(const Release &draft, const QString &reason)
{
    Release release = draft;
    release.id = 0;
    release.state = QStringLiteral("draft");
    release.exports.clear();
    if (release.providerOrganisation.trimmed().isEmpty())
        release.providerOrganisation = m_store.title();
    ReleaseStore store(m_store);
    auto refs = validate(store, release, {});
    if (!refs)
        return refs.error();

    const QStringList loosened = ReleasePolicy::defaultsFor(release.mode).loosenedIn(release.policy);
    if (!loosened.isEmpty() && reason.trimmed().isEmpty())
        return policyError(tr("the policy of release %1 is looser than the defaults of its "
                              "sharing mode for %2; give a reason")
                               .arg(release.name, loosened.join(QLatin1String(", "))));

    release.createdBy = currentOsUser();
    release.createdAt = QDateTime::currentDateTimeUtc();
    release.updatedAt = release.createdAt;

    sql::Database &db = StoreAccess::db(m_store);
    sql::WriteScope scope(db, "releases");
    if (!scope.beginStatus())
        return scope.beginStatus().error();
    auto id = store.save(release, *refs);
    if (!id)
        return id.error();
    release.id = *id;
    QJsonObject detail{{QStringLiteral("mode"), sharingModeName(release.mode)},
                       {QStringLiteral("datasets"), QJsonArray::fromStringList(release.datasets)},
                       {QStringLiteral("lang"), release.language},
                       {QStringLiteral("policy"), release.policy.toJson()}};
    if (!loosened.isEmpty()) {
        detail.insert(QStringLiteral("loosened"), QJsonArray::fromStringList(loosened));
        detail.insert(QStringLiteral("reason"), reason.trimmed());
    }
    if (Status s = ProjectStore::appendAudit(db, QStringLiteral("release.create"), release.name,
                                             compact(detail));
        !s)
        return s.error();
    if (Status s = scope.commit(); !s)
        return s.error();
    return release;
}

Result<ReleaseChange> ReleaseService::update(const QString &name, const Release &changed,
                                             const QString &reason)
{
    ReleaseStore store(m_store);
    auto loaded = store.load(name);
    if (!loaded)
        return loaded.error();
    if (!*loaded)
        return Error::badInput(tr("no release named %1").arg(name));
    ReleaseChange change;
    change.before = std::move(**loaded);

    // What a change may not touch: identity, state, creation and the export register.
    Release after = changed;
    after.id = change.before.id;
    after.state = change.before.state;
    after.createdBy = change.before.createdBy;
    after.createdAt = change.before.createdAt;
    after.updatedAt = change.before.updatedAt;
    after.exports = change.before.exports;

    auto previous = store.datasetRefs(after.id);
    if (!previous)
        return previous.error();
    auto refs = validate(store, after, *previous);
    if (!refs)
        return refs.error();

    change.changedKeys = changedKeys(change.before, after);
    if (change.changedKeys.isEmpty()) {
        change.after = change.before;
        return change;
    }
    change.loosenedKeys = change.before.policy.loosenedIn(after.policy);
    if (!change.loosenedKeys.isEmpty() && reason.trimmed().isEmpty())
        return policyError(tr("loosening %1 of release %2 needs a reason")
                               .arg(change.loosenedKeys.join(QLatin1String(", ")),
                                    change.before.name));

    after.updatedAt = QDateTime::currentDateTimeUtc();
    sql::Database &db = StoreAccess::db(m_store);
    sql::WriteScope scope(db, "releases");
    if (!scope.beginStatus())
        return scope.beginStatus().error();
    if (auto saved = store.save(after, *refs); !saved)
        return saved.error();

    // Keys and policy values only: purpose, recipient and contact may name people.
    QJsonObject detail{{QStringLiteral("changed"), QJsonArray::fromStringList(change.changedKeys)}};
    if (after.name != change.before.name)
        detail.insert(QStringLiteral("renamed_from"), change.before.name);
    if (after.mode != change.before.mode)
        detail.insert(QStringLiteral("mode"),
                      QJsonObject{{QStringLiteral("from"), sharingModeName(change.before.mode)},
                                  {QStringLiteral("to"), sharingModeName(after.mode)}});
    if (after.datasets != change.before.datasets)
        detail.insert(QStringLiteral("datasets"), QJsonArray::fromStringList(after.datasets));
    QJsonObject policy;
    const QJsonObject policyBefore = change.before.policy.toJson();
    const QJsonObject policyAfter = after.policy.toJson();
    for (const QString &key : ReleasePolicy::keys()) {
        if (change.changedKeys.contains(key))
            policy.insert(key, QJsonObject{{QStringLiteral("from"), policyBefore.value(key)},
                                           {QStringLiteral("to"), policyAfter.value(key)}});
    }
    if (!policy.isEmpty())
        detail.insert(QStringLiteral("policy"), policy);
    if (!change.loosenedKeys.isEmpty())
        detail.insert(QStringLiteral("loosened"), QJsonArray::fromStringList(change.loosenedKeys));
    if (!reason.trimmed().isEmpty())
        detail.insert(QStringLiteral("reason"), reason.trimmed());
    if (Status s = ProjectStore::appendAudit(db, QStringLiteral("release.update"), after.name,
                                             compact(detail));
        !s)
        return s.error();
    if (Status s = scope.commit(); !s)
        return s.error();
    change.after = std::move(after);
    return change;
}

Result<ReleaseChange> ReleaseService::set(const QString &name,
                                          const QList<std::pair<QString, QString>> &assignments,
                                          const QString &reason)
{
    auto release = load(name);
    if (!release)
        return release.error();
    for (const auto &[key, value] : assignments) {
        if (Status s = release->set(key, value); !s)
            return s.error();
    }
    return update(name, *release, reason);
}

Status ReleaseService::remove(const QString &name)
{
    ReleaseStore store(m_store);
    auto release = load(name);
    if (!release)
        return release.error();
    if (release->state != QLatin1String("draft"))
        return policyError(tr("release %1 is %2; only a draft can be deleted")
                               .arg(release->name, release->state));
    auto exported = store.exportCount(release->id);
    if (!exported)
        return exported.error();
    if (*exported > 0)
        return policyError(tr("release %1 has been exported and is kept in the register")
                               .arg(release->name));

    sql::Database &db = StoreAccess::db(m_store);
    sql::WriteScope scope(db, "releases");
    if (!scope.beginStatus())
        return scope.beginStatus();
    if (Status s = store.remove(release->id); !s)
        return s;
    const QJsonObject detail{{QStringLiteral("mode"), sharingModeName(release->mode)},
                             {QStringLiteral("datasets"),
                              QJsonArray::fromStringList(release->datasets)}};
    if (Status s = ProjectStore::appendAudit(db, QStringLiteral("release.delete"), release->name,
                                             compact(detail));
        !s)
        return s;
    return scope.commit();
}

} // namespace steward
