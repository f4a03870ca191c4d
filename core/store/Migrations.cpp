#include "core/store/Migrations.h"

#include <QCoreApplication>

namespace steward {

namespace {

// Schema v1: project metadata, the dataset catalog, and the audit trail.
constexpr const char *kSchemaV1 = R"sql(
CREATE TABLE project (
    key TEXT PRIMARY KEY,
    value TEXT
);
CREATE TABLE datasets (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    table_name TEXT NOT NULL,
    row_count INTEGER NOT NULL,
    source_file TEXT,
    source_size INTEGER,
    encoding TEXT,
    delimiter TEXT,
    has_header INTEGER,
    sheet TEXT,
    version INTEGER NOT NULL,
    imported_at TEXT,
    imported_by TEXT
);
CREATE TABLE dataset_columns (
    dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    source_name TEXT,
    type TEXT NOT NULL,
    missing_count INTEGER NOT NULL,
    PRIMARY KEY (dataset_id, position)
);
CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT,
    detail TEXT,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
)sql";

// Schema v2 (classification): the field profile cache per dataset version, the suggestion and decision
// per field (keyed by field NAME so decisions survive a replace), and classification templates.
// Triggers keep them consistent with the catalog whatever code path changes it: a new dataset
// version drops its cached profiles, deleting a dataset drops its profiles and classifications.
constexpr const char *kSchemaV2 = R"sql(
-- The missing-value markers of the import (JSON array); NULL = the importer's defaults.
ALTER TABLE datasets ADD COLUMN missing_markers TEXT;
CREATE TABLE field_profiles (
    dataset_id INTEGER NOT NULL,
    dataset_version INTEGER NOT NULL,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    profile TEXT NOT NULL,
    profiled_at TEXT NOT NULL,
    PRIMARY KEY (dataset_id, position)
);
CREATE TABLE field_classifications (
    dataset_id INTEGER NOT NULL,
    field TEXT NOT NULL,
    suggested_version INTEGER,
    suggested_type TEXT,
    suggested_role TEXT,
    suggested_grade INTEGER,
    suggested_category TEXT,
    confidence REAL,
    evidence TEXT,
    detector TEXT,
    concept TEXT,
    confirmed INTEGER NOT NULL DEFAULT 0,
    decision_role TEXT,
    decision_grade INTEGER,
    decision_category TEXT,
    reason TEXT,
    decided_by TEXT,
    decided_at TEXT,
    origin TEXT,
    basis_role TEXT,
    basis_grade INTEGER,
    basis_category TEXT,
    basis_type TEXT,
    PRIMARY KEY (dataset_id, field)
);
CREATE TABLE classification_templates (
    name TEXT PRIMARY KEY,
    content TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    saved_by TEXT NOT NULL
);
-- Masking rules per field name: survive import --replace, go with their dataset.
CREATE TABLE mask_rules (
    dataset_id INTEGER NOT NULL,
    field TEXT NOT NULL,
    operator TEXT NOT NULL,
    params TEXT NOT NULL,
    set_by TEXT NOT NULL,
    set_at TEXT NOT NULL,
    PRIMARY KEY (dataset_id, field)
);
CREATE TRIGGER datasets_version_drops_profiles AFTER UPDATE OF version ON datasets
WHEN NEW.version IS NOT OLD.version
BEGIN
    DELETE FROM field_profiles WHERE dataset_id = NEW.id;
END;
CREATE TRIGGER datasets_delete_drops_classification AFTER DELETE ON datasets
BEGIN
    DELETE FROM field_profiles WHERE dataset_id = OLD.id;
    DELETE FROM field_classifications WHERE dataset_id = OLD.id;
    DELETE FROM mask_rules WHERE dataset_id = OLD.id;
END;
)sql";

// Schema v3 (masking and risk): the record suppression of a dataset's release (records of classes smaller
// than k over the listed quasi-identifiers, after the field rules, are left out; what
// `anonymize` stores next to its hierarchy rules) and the project's masking rule templates.
constexpr const char *kSchemaV3 = R"sql(
CREATE TABLE record_suppression (
    dataset_id INTEGER PRIMARY KEY,
    k INTEGER NOT NULL CHECK (k >= 2),
    quasi TEXT NOT NULL,
    max_fraction REAL,
    set_by TEXT NOT NULL,
    set_at TEXT NOT NULL
);
CREATE TABLE mask_templates (
    name TEXT PRIMARY KEY,
    content TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    saved_by TEXT NOT NULL
);
CREATE TRIGGER datasets_delete_drops_record_suppression AFTER DELETE ON datasets
BEGIN
    DELETE FROM record_suppression WHERE dataset_id = OLD.id;
END;
)sql";

// Schema v4 (built-in hierarchies and privacy models): the generalisation hierarchy a steward chose
// per field name (a HierarchySpec as JSON; survives import --replace like the rules, goes with its
// dataset), and the sensitive-attribute models of a record suppression (JSON array; NULL: k only).
constexpr const char *kSchemaV4 = R"sql(
CREATE TABLE field_hierarchies (
    dataset_id INTEGER NOT NULL,
    field TEXT NOT NULL,
    spec TEXT NOT NULL,
    set_by TEXT NOT NULL,
    set_at TEXT NOT NULL,
    PRIMARY KEY (dataset_id, field)
);
CREATE TRIGGER datasets_delete_drops_hierarchies AFTER DELETE ON datasets
BEGIN
    DELETE FROM field_hierarchies WHERE dataset_id = OLD.id;
END;
ALTER TABLE record_suppression ADD COLUMN models TEXT;
)sql";

// Schema v5 (releases and their documents): a release's settings and policy (JSON, see Release and
// ReleasePolicy), its datasets by id (a rename follows; the name is kept to report a deleted
// dataset), every version of its agreement and assessment (what people wrote and the generated
// facts quoted), and the register of its exports.
constexpr const char *kSchemaV5 = R"sql(
CREATE TABLE releases (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    state TEXT NOT NULL DEFAULT 'draft',
    mode TEXT NOT NULL,
    settings TEXT NOT NULL,
    policy TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE release_datasets (
    release_id INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    dataset_id INTEGER NOT NULL,
    dataset_name TEXT NOT NULL,
    PRIMARY KEY (release_id, position)
);
CREATE TABLE release_documents (
    release_id INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    version INTEGER NOT NULL,
    action TEXT NOT NULL,
    restored_from INTEGER,
    content TEXT NOT NULL,
    facts TEXT NOT NULL,
    saved_by TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    PRIMARY KEY (release_id, kind, version)
);
CREATE TABLE release_exports (
    id INTEGER PRIMARY KEY,
    release_id INTEGER NOT NULL REFERENCES releases(id),
    at TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    file TEXT NOT NULL,
    signer TEXT
);
)sql";


// Schema v6 (review, signing, export, consent): the public keys the project trusts per role, the
// submissions of a release for review (the content manifest approved), every signed decision with
// its exact signed bytes (so an export carries them unchanged), the consent registers of datasets
// and their records (matched on the subject key before masking), and who/what each export was.
constexpr const char *kSchemaV6 = R"sql(
CREATE TABLE trusted_keys (
    id INTEGER PRIMARY KEY,
    fingerprint TEXT NOT NULL,
    public_key TEXT NOT NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    added_at TEXT NOT NULL,
    added_by TEXT NOT NULL,
    UNIQUE (fingerprint, role)
);
CREATE TABLE release_submissions (
    id INTEGER PRIMARY KEY,
    release_id INTEGER NOT NULL REFERENCES releases(id),
    content_hash TEXT NOT NULL,
    content TEXT NOT NULL,
    submitted_at TEXT NOT NULL,
    submitted_by TEXT NOT NULL,
    invalidated_at TEXT
);
CREATE TABLE release_decisions (
    id INTEGER PRIMARY KEY,
    release_id INTEGER NOT NULL REFERENCES releases(id),
    submission_id INTEGER REFERENCES release_submissions(id),
    content_hash TEXT NOT NULL,
    approve INTEGER NOT NULL,
    role TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    signer TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    decision BLOB NOT NULL,
    signature TEXT NOT NULL,
    public_key TEXT NOT NULL
);
CREATE TABLE consent_registers (
    id INTEGER PRIMARY KEY,
    dataset_id INTEGER NOT NULL UNIQUE,
    subject_field TEXT NOT NULL,
    source_file TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    attached_at TEXT NOT NULL,
    attached_by TEXT NOT NULL,
    subjects INTEGER NOT NULL,
    granted INTEGER NOT NULL,
    withdrawn INTEGER NOT NULL,
    refused INTEGER NOT NULL
);
CREATE TABLE consent_records (
    register_id INTEGER NOT NULL REFERENCES consent_registers(id),
    subject_key TEXT NOT NULL,
    status TEXT NOT NULL,
    scope TEXT NOT NULL,
    decided_on TEXT,
    PRIMARY KEY (register_id, subject_key)
) WITHOUT ROWID;
CREATE TRIGGER consent_registers_delete_drops_records AFTER DELETE ON consent_registers
BEGIN
    DELETE FROM consent_records WHERE register_id = OLD.id;
END;
CREATE TRIGGER datasets_delete_drops_consent AFTER DELETE ON datasets
BEGIN
    DELETE FROM consent_registers WHERE dataset_id = OLD.id;
END;
ALTER TABLE release_exports ADD COLUMN recipient TEXT;
ALTER TABLE release_exports ADD COLUMN signer_fingerprint TEXT;
ALTER TABLE release_exports ADD COLUMN encryption TEXT;
ALTER TABLE release_exports ADD COLUMN content_hash TEXT;
)sql";

} // namespace

const QList<Migration> &Migrations::schema()
{
    static const QList<Migration> migrations = {
        Migration{0, 1, kSchemaV1, {}},
        Migration{1, 2, kSchemaV2, {}},
        Migration{2, 3, kSchemaV3, {}},
        Migration{3, 4, kSchemaV4, {}},
        Migration{4, 5, kSchemaV5, {}},
        Migration{5, 6, kSchemaV6, {}},
    };
    return migrations;
}

Status Migrations::run(sql::Database &db, const QList<Migration> &migrations, int targetVersion)
{
    auto current = db.queryInt("PRAGMA user_version");
    if (!current)
        return current.error();
    if (*current == targetVersion)
        return {};
    if (*current > targetVersion)
        return Error::internal(tr("cannot migrate the project from schema %1 down to %2")
                                   .arg(*current)
                                   .arg(targetVersion));

    sql::Transaction txn(db);
    if (!txn.beginStatus())
        return txn.beginStatus();
    int version = int(*current);
    while (version < targetVersion) {
        const Migration *step = nullptr;
        for (const Migration &m : migrations) {
            if (m.fromVersion == version && m.toVersion > version && m.toVersion <= targetVersion) {
                step = &m;
                break;
            }
        }
        if (!step)
            return Error::internal(tr("no migration from project schema %1").arg(version));
        if (step->sql) {
            if (Status s = db.exec(step->sql); !s)
                return Error::internal(
                    tr("migration of the project schema from %1 to %2 failed: %3")
                        .arg(step->fromVersion)
                        .arg(step->toVersion)
                        .arg(s.error().message));
        }
        if (step->apply) {
            if (Status s = step->apply(db); !s)
                return s;
        }
        version = step->toVersion;
    }
    if (Status s = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)); !s)
        return s;
    return txn.commit();
}

} // namespace steward
