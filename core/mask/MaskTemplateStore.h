#pragma once

#include "core/common/Result.h"
#include "core/mask/MaskTemplate.h"
#include "core/store/DatasetInfo.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace steward {

class ProjectStore;

// A template stored in the project, as listed.
struct MaskTemplateInfo {
    QString name;
    QString savedAt; // ISO 8601 UTC
    QString savedBy;
    int rules = 0;
    bool suppression = false;
    QString sourceDataset;
    bool readable = true; // false: the stored content is damaged (load() says how)
};

// The masking templates of a project (table `mask_templates`, schema v3) and their use on a
// dataset. Templates are stored by name, independent of any dataset: they outlive the dataset
// they were made from and are what next month's extract is masked with.
//
// Every write is ONE transaction (a savepoint inside the caller's, sql::WriteScope) with its audit
// entries; the details name templates, fields and operators, never parameters or cell values:
//   save/import "rules.template.save", remove "rules.template.delete",
//   exportFile "rules.template.export", apply "rules.template.apply" (plus the "rules.set" and
//   "rules.suppression" entries of the rule and suppression stores it writes through).
class MaskTemplateStore final {
    Q_DECLARE_TR_FUNCTIONS(steward::MaskTemplateStore)

public:
    explicit MaskTemplateStore(ProjectStore &store) : m_store(store) {}

    // The dataset's current masking as a template (nothing stored): one rule per current column
    // in column order — the stored rule, or `keep` for a column without one, so that a field the
    // steward left as it is counts as covered next month — plus the stored record suppression.
    Result<MaskTemplate> fromDataset(const DatasetInfo &dataset, const QString &name);

    // Stores the template under its (trimmed) name, replacing one of the same name. Usage error
    // for an empty name. `importedFrom` (a file name) only goes into the audit detail.
    Status save(const MaskTemplate &tmpl, const QString &importedFrom = {});
    // BadInput "no masking template named …" when there is none.
    Result<MaskTemplate> load(const QString &name);
    Result<QList<MaskTemplateInfo>> list(); // by name
    Result<bool> contains(const QString &name);
    Status remove(const QString &name);

    // A stored template to a JSON file (QSaveFile), so that it can go to another project.
    Status exportFile(const QString &name, const QString &path);
    // A template file into the project (save()); `name` overrides the file's name, which is used
    // otherwise (or the file's base name when it has none). Returns what was stored.
    Result<MaskTemplate> importFile(const QString &path, const QString &name = {});

    // Sets the dataset's rules from the template (MaskTemplate::apply(), relative files against
    // `baseDirectory`): with `replaceAll` the dataset's masking becomes the template's — other
    // stored rules are removed and its record suppression is the template's (or none); without,
    // only the covered fields' rules are set, and the record suppression only when the template
    // has one. Returns what was matched and what not.
    Result<MaskTemplateApplication> apply(const DatasetInfo &dataset, const MaskTemplate &tmpl,
                                          const QString &baseDirectory = {},
                                          bool replaceAll = true);

private:
    ProjectStore &m_store;
};

} // namespace steward
