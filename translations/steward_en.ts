<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>steward::AttributeGeneralization</name>
    <message numerus="yes">
        <source>field &apos;%1&apos;: %Ln distinct value(s) present in the data are missing from the hierarchy</source>
        <translation>
            <numerusform>field &apos;%1&apos;: %Ln distinct value present in the data is missing from the hierarchy</numerusform>
            <numerusform>field &apos;%1&apos;: %Ln distinct values present in the data are missing from the hierarchy</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::Classifier</name>
    <message numerus="yes">
        <source>%Ln more group(s)</source>
        <translation>
            <numerusform>%Ln more group</numerusform>
            <numerusform>%Ln more groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::FieldHierarchy</name>
    <message numerus="yes">
        <source>%n value(s) of field %1 are not in the hierarchy</source>
        <translation>
            <numerusform>%n value of field %1 is not in the hierarchy</numerusform>
            <numerusform>%n values of field %1 are not in the hierarchy</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::GroupLevels</name>
    <message numerus="yes">
        <source>%n group(s) defined by the steward</source>
        <translation>
            <numerusform>%n group defined by the steward</numerusform>
            <numerusform>%n groups defined by the steward</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::IntervalLevels</name>
    <message numerus="yes">
        <source>%n break(s)</source>
        <translation>
            <numerusform>%n break</numerusform>
            <numerusform>%n breaks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>intervals between %n break(s)</source>
        <translation>
            <numerusform>intervals between %n break</numerusform>
            <numerusform>intervals between %n breaks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::PackageVerifier</name>
    <message numerus="yes">
        <source>names %Ln approval(s), the package holds %1</source>
        <translation>
            <numerusform>names %Ln approval, the package holds %1</numerusform>
            <numerusform>names %Ln approvals, the package holds %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>requires %n approval(s) by %1, the package holds %2 valid</source>
        <translation>
            <numerusform>requires %n approval by %1, the package holds %2 valid</numerusform>
            <numerusform>requires %n approvals by %1, the package holds %2 valid</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::PolicyCheck</name>
    <message numerus="yes">
        <source>The smallest group of records alike on the quasi-identifiers of dataset %1 has %Ln record(s) after masking; the policy needs at least %2 (minimum k).</source>
        <translation>
            <numerusform>The smallest group of records alike on the quasi-identifiers of dataset %1 has %Ln record after masking; the policy needs at least %2 (minimum k).</numerusform>
            <numerusform>The smallest group of records alike on the quasi-identifiers of dataset %1 has %Ln records after masking; the policy needs at least %2 (minimum k).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::RedactLevels</name>
    <message numerus="yes">
        <source>%n character(s) kept</source>
        <translation>
            <numerusform>%n character kept</numerusform>
            <numerusform>%n characters kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>first %n character(s) kept, the rest replaced by *</source>
        <translation>
            <numerusform>first %n character kept, the rest replaced by *</numerusform>
            <numerusform>first %n characters kept, the rest replaced by *</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ReleaseStatus</name>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: all %Ln required item(s) are filled.</source>
        <translation>
            <numerusform>%1: the %Ln required item is filled.</numerusform>
            <numerusform>%1: all %Ln required items are filled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s): %1</source>
        <translation>
            <numerusform>%Ln problem: %1</numerusform>
            <numerusform>%Ln problems: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln field(s) are classified and confirmed.</source>
        <translation>
            <numerusform>The %Ln field is classified and confirmed.</numerusform>
            <numerusform>All %Ln fields are classified and confirmed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln field(s) need a confirmed classification: %1</source>
        <translation>
            <numerusform>%Ln field needs a confirmed classification: %1</numerusform>
            <numerusform>%Ln fields need a confirmed classification: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln dataset(s), all in the project.</source>
        <translation>
            <numerusform>%Ln dataset, in the project.</numerusform>
            <numerusform>%Ln datasets, all in the project.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ReviewPackage</name>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ReviewPackageWriter</name>
    <message numerus="yes">
        <source>Masked health data from %Ln dataset(s): %1.</source>
        <translation>
            <numerusform>Masked health data from %Ln dataset: %1.</numerusform>
            <numerusform>Masked health data from %Ln datasets: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln named user(s) at the recipient.</source>
        <translation>
            <numerusform>%Ln named user at the recipient.</numerusform>
            <numerusform>%Ln named users at the recipient.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After masking, every person shares their identifying characteristics with at least %Ln other record(s); the highest chance of re-identifying someone is %1 (the policy allows %2).</source>
        <translation>
            <numerusform>After masking, every person shares their identifying characteristics with at least %Ln other record; the highest chance of re-identifying someone is %1 (the policy allows %2).</numerusform>
            <numerusform>After masking, every person shares their identifying characteristics with at least %Ln other records; the highest chance of re-identifying someone is %1 (the policy allows %2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::TransparencyReport</name>
    <message numerus="yes">
        <source>%Ln release(s). Generated on %1.</source>
        <translation>
            <numerusform>%Ln release. Generated on %1.</numerusform>
            <numerusform>%Ln releases. Generated on %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln field(s))</source>
        <translation>
            <numerusform>%1 (%Ln field)</numerusform>
            <numerusform>%1 (%Ln fields)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln month</numerusform>
            <numerusform>%Ln months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln approval(s)</source>
        <translation>
            <numerusform>%1: %Ln approval</numerusform>
            <numerusform>%1: %Ln approvals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::cli::AnonymizeCommand</name>
    <message numerus="yes">
        <source>Smallest class %1; %Ln record(s) suppressed; information loss %2</source>
        <translation>
            <numerusform>Smallest class %1; %Ln record suppressed; information loss %2</numerusform>
            <numerusform>Smallest class %1; %Ln records suppressed; information loss %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::cli::AuditCommand</name>
    <message numerus="yes">
        <source>Hash chain intact (%Ln entry(s) checked).</source>
        <translation>
            <numerusform>Hash chain intact (%Ln entry checked).</numerusform>
            <numerusform>Hash chain intact (%Ln entries checked).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln audit entry(s) to %1.</source>
        <translation>
            <numerusform>Wrote %Ln audit entry to %1.</numerusform>
            <numerusform>Wrote %Ln audit entries to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::cli::ClassificationCli</name>
    <message numerus="yes">
        <source>Dataset %1 (version %2), %Ln field(s).</source>
        <translation>
            <numerusform>Dataset %1 (version %2), %Ln field.</numerusform>
            <numerusform>Dataset %1 (version %2), %Ln fields.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::cli::ClassifyCommand</name>
    <message numerus="yes">
        <source>Recorded %Ln decision(s).</source>
        <translation>
            <numerusform>Recorded %Ln decision.</numerusform>
            <numerusform>Recorded %Ln decisions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::cli::DictionaryCommand</name>
    <message numerus="yes">
        <source>Wrote the data dictionary of dataset %1 (%Ln field(s)) to %2.</source>
        <translation>
            <numerusform>Wrote the data dictionary of dataset %1 (%Ln field) to %2.</numerusform>
            <numerusform>Wrote the data dictionary of dataset %1 (%Ln fields) to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln field(s) are not confirmed yet; their role, category and grade are the suggestions.</source>
        <translation>
            <numerusform>%Ln field is not confirmed yet; its role, category and grade are the suggestions.</numerusform>
            <numerusform>%Ln fields are not confirmed yet; their role, category and grade are the suggestions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::cli::DocumentCommand</name>
    <message numerus="yes">
        <source>Wrote %1 (%Ln page(s), %2).</source>
        <translation>
            <numerusform>Wrote %1 (%Ln page, %2).</numerusform>
            <numerusform>Wrote %1 (%Ln pages, %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Complete: all %Ln required item(s) are filled.</source>
        <translation>
            <numerusform>Complete: the %Ln required item is filled.</numerusform>
            <numerusform>Complete: all %Ln required items are filled.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::cli::ExportCommand</name>
    <message numerus="yes">
        <source>Wrote %1 (%Ln file(s) in the bag).</source>
        <translation>
            <numerusform>Wrote %1 (%Ln file in the bag).</numerusform>
            <numerusform>Wrote %1 (%Ln files in the bag).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::cli::HierarchyCommand</name>
    <message numerus="yes">
        <source>a table of %Ln value(s)</source>
        <translation>
            <numerusform>a table of %Ln value</numerusform>
            <numerusform>a table of %Ln values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) cannot be read by the builder and become * above level 0.</source>
        <translation>
            <numerusform>%Ln value cannot be read by the builder and becomes * above level 0.</numerusform>
            <numerusform>%Ln values cannot be read by the builder and become * above level 0.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %Ln more value(s); --json lists all.</source>
        <translation>
            <numerusform>… %Ln more value; --json lists all.</numerusform>
            <numerusform>… %Ln more values; --json lists all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::cli::ProfileCommand</name>
    <message numerus="yes">
        <source>Profiled %Ln field(s) of dataset %1 (version %2, %3 rows).</source>
        <translation>
            <numerusform>Profiled %Ln field of dataset %1 (version %2, %3 rows).</numerusform>
            <numerusform>Profiled %Ln fields of dataset %1 (version %2, %3 rows).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Profiles of the %Ln field(s) of dataset %1 (version %2, %3 rows), from the project&apos;s cache.</source>
        <translation>
            <numerusform>Profiles of the %Ln field of dataset %1 (version %2, %3 rows), from the project&apos;s cache.</numerusform>
            <numerusform>Profiles of the %Ln fields of dataset %1 (version %2, %3 rows), from the project&apos;s cache.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::cli::ReleaseCheckCommand</name>
    <message numerus="yes">
        <source>release %1 violates its policy (%Ln violation(s))</source>
        <translation>
            <numerusform>release %1 violates its policy (%Ln violation)</numerusform>
            <numerusform>release %1 violates its policy (%Ln violations)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::cli::ReleaseCli</name>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln month</numerusform>
            <numerusform>%Ln months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::cli::ReleaseReportCommand</name>
    <message numerus="yes">
        <source>Wrote the transparency report of %Ln release(s) to %1.</source>
        <translation>
            <numerusform>Wrote the transparency report of %Ln release to %1.</numerusform>
            <numerusform>Wrote the transparency report of %Ln releases to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::cli::ReviewCommand</name>
    <message numerus="yes">
        <source>Review package of release %1: intact (%Ln file(s), every hash matches).</source>
        <translation>
            <numerusform>Review package of release %1: intact (%Ln file, its hash matches).</numerusform>
            <numerusform>Review package of release %1: intact (%Ln files, every hash matches).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::cli::RiskCommand</name>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cell(s)</source>
        <translation>
            <numerusform>%Ln cell</numerusform>
            <numerusform>%Ln cells</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::cli::RulesCommand</name>
    <message numerus="yes">
        <source>Template %1 applied to %Ln field(s).</source>
        <translation>
            <numerusform>Template %1 applied to %Ln field.</numerusform>
            <numerusform>Template %1 applied to %Ln fields.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::cli::VerifyCommand</name>
    <message numerus="yes">
        <source>Package %1: release %2, %Ln file(s)%3.</source>
        <translation>
            <numerusform>Package %1: release %2, %Ln file%3.</numerusform>
            <numerusform>Package %1: release %2, %Ln files%3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 failed verification (%Ln problem(s))</source>
        <translation>
            <numerusform>%1 failed verification (%Ln problem)</numerusform>
            <numerusform>%1 failed verification (%Ln problems)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::AnonymizeResultView</name>
    <message numerus="yes">
        <source>Smallest class: %Ln record(s)</source>
        <translation>
            <numerusform>Smallest class: %Ln record</numerusform>
            <numerusform>Smallest class: %Ln records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::ClassificationTemplateActions</name>
    <message numerus="yes">
        <source>Saved the template “%1” with %Ln field(s).</source>
        <translation>
            <numerusform>Saved the template “%1” with %Ln field.</numerusform>
            <numerusform>Saved the template “%1” with %Ln fields.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::ClassificationView</name>
    <message numerus="yes">
        <source>Confirmed %1. %Ln field(s) still need a decision.</source>
        <translation>
            <numerusform>Confirmed %1. %Ln field still needs a decision.</numerusform>
            <numerusform>Confirmed %1. %Ln fields still need a decision.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Profiled %Ln field(s) of “%1”; %2 need a decision.</source>
        <translation>
            <numerusform>Profiled %Ln field of “%1”; %2 need a decision.</numerusform>
            <numerusform>Profiled %Ln fields of “%1”; %2 need a decision.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::ConsentPanel</name>
    <message numerus="yes">
        <source>Consent register %1 attached to %2: %Ln person(s).</source>
        <translation>
            <numerusform>Consent register %1 attached to %2: %Ln person.</numerusform>
            <numerusform>Consent register %1 attached to %2: %Ln persons.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::DataDictionaryExport</name>
    <message numerus="yes">
        <source>Exported the data dictionary of %Ln field(s) to %1.</source>
        <translation>
            <numerusform>Exported the data dictionary of %Ln field to %1.</numerusform>
            <numerusform>Exported the data dictionary of %Ln fields to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::DatasetBrowser</name>
    <message numerus="yes">
        <source>Copied %Ln cell(s).</source>
        <translation>
            <numerusform>Copied %Ln cell.</numerusform>
            <numerusform>Copied %Ln cells.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::DatasetWorkspace</name>
    <message numerus="yes">
        <source>%Ln field(s) need a decision</source>
        <translation>
            <numerusform>%Ln field needs a decision</numerusform>
            <numerusform>%Ln fields need a decision</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::DisplayNames</name>
    <message numerus="yes">
        <source>%Ln field(s)</source>
        <translation>
            <numerusform>%Ln field</numerusform>
            <numerusform>%Ln fields</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::DocumentEditor</name>
    <message numerus="yes">
        <source>The project takes %n measure(s).</source>
        <translation>
            <numerusform>The project takes %n measure.</numerusform>
            <numerusform>The project takes %n measures.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::ExportDialog</name>
    <message numerus="yes">
        <source>Exported %1 (%Ln file(s)). SHA-256: %2</source>
        <translation>
            <numerusform>Exported %1 (%Ln file). SHA-256: %2</numerusform>
            <numerusform>Exported %1 (%Ln files). SHA-256: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::FieldProfilePanel</name>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::GatesPanel</name>
    <message numerus="yes">
        <source>All %Ln gate(s) hold.</source>
        <translation>
            <numerusform>The %Ln gate holds.</numerusform>
            <numerusform>All %Ln gates hold.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 gate(s) fail.</source>
        <translation>
            <numerusform>%Ln of %1 gates fails.</numerusform>
            <numerusform>%Ln of %1 gates fail.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::HierarchyBuilderForm</name>
    <message numerus="yes">
        <source>Imported from a file: %Ln value(s), each with its label at every level. Choose another builder to build the levels from the field&apos;s values instead.</source>
        <translation>
            <numerusform>Imported from a file: %Ln value, each with its label at every level. Choose another builder to build the levels from the field&apos;s values instead.</numerusform>
            <numerusform>Imported from a file: %Ln values, each with its label at every level. Choose another builder to build the levels from the field&apos;s values instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::HierarchyEditorDialog</name>
    <message numerus="yes">
        <source>%1 distinct values in %2 records, %Ln level(s) above the value.</source>
        <translation>
            <numerusform>%1 distinct values in %2 records, %Ln level above the value.</numerusform>
            <numerusform>%1 distinct values in %2 records, %Ln levels above the value.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%Ln value(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%Ln value).</numerusform>
            <numerusform>Wrote %1 (%Ln values).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::HierarchyGroupsEditor</name>
    <message numerus="yes">
        <source>Move %Ln Value(s) to “%1”</source>
        <translation>
            <numerusform>Move %Ln Value to “%1”</numerusform>
            <numerusform>Move %Ln Values to “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take %Ln Value(s) out of Their Group</source>
        <translation>
            <numerusform>Take %Ln Value out of Its Group</numerusform>
            <numerusform>Take %Ln Values out of Their Group</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::HierarchyLevelsModel</name>
    <message numerus="yes">
        <source>%n record(s) at this level</source>
        <translation>
            <numerusform>%n record at this level</numerusform>
            <numerusform>%n records at this level</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Level %1: %Ln distinct label(s)</source>
        <translation>
            <numerusform>Level %1: %Ln distinct label</numerusform>
            <numerusform>Level %1: %Ln distinct labels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::ImportDialog</name>
    <message numerus="yes">
        <source>Showing all %Ln row(s) of the file.</source>
        <translation>
            <numerusform>Showing all %Ln row of the file.</numerusform>
            <numerusform>Showing all %Ln rows of the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %Ln row(s). Column types are guessed from these rows; the import checks every row.</source>
        <translation>
            <numerusform>Showing the first row. Its column types are guessed from it; the import checks every row.</numerusform>
            <numerusform>Showing the first %Ln rows. Column types are guessed from these rows; the import checks every row.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::MainWindow</name>
    <message numerus="yes">
        <source>Its %Ln row(s) are securely erased: overwritten in the project file, not just marked as free space. This cannot be undone.</source>
        <translation>
            <numerusform>Its only row is securely erased: overwritten in the project file, not just marked as free space. This cannot be undone.</numerusform>
            <numerusform>Its %Ln rows are securely erased: overwritten in the project file, not just marked as free space. This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::MaskRuleEditor</name>
    <message numerus="yes">
        <source>Rule for %Ln selected field(s)</source>
        <translation>
            <numerusform>Rule for %Ln selected field</numerusform>
            <numerusform>Rule for %Ln selected fields</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::PackageVerifyWindow</name>
    <message numerus="yes">
        <source>Signers must be among %n trusted key(s).</source>
        <translation>
            <numerusform>Signers must be among %n trusted key.</numerusform>
            <numerusform>Signers must be among %n trusted keys.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verification failed: %n problem(s) found. Do not use this package before you know why.</source>
        <translation>
            <numerusform>Verification failed: %n problem found. Do not use this package before you know why.</numerusform>
            <numerusform>Verification failed: %n problems found. Do not use this package before you know why.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::PrivacyModelPanel</name>
    <message numerus="yes">
        <source>“%1” has %Ln distinct value(s): no class can reach l = %2.</source>
        <translation>
            <numerusform>“%1” has %Ln distinct value: no class can reach l = %2.</numerusform>
            <numerusform>“%1” has %Ln distinct values: no class can reach l = %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::ReleaseView</name>
    <message numerus="yes">
        <source>Policy check: %Ln finding(s)</source>
        <translation>
            <numerusform>Policy check: %Ln finding</numerusform>
            <numerusform>Policy check: %Ln findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln required item(s) still empty. Click to open the document.</source>
        <translation>
            <numerusform>%Ln required item still empty. Click to open the document.</numerusform>
            <numerusform>%Ln required items still empty. Click to open the document.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::ReleaseWorkflowView</name>
    <message numerus="yes">
        <source>Export refused: %Ln gate(s) fail.</source>
        <translation>
            <numerusform>Export refused: %Ln gate fails.</numerusform>
            <numerusform>Export refused: %Ln gates fail.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::ReviewText</name>
    <message numerus="yes">
        <source>Every person in the data shares the characteristics that could identify them with at least %Ln records (the smallest group).</source>
        <translation>
            <numerusform>Every person in the data shares the characteristics that could identify them with at least %Ln record (the smallest group).</numerusform>
            <numerusform>Every person in the data shares the characteristics that could identify them with at least %Ln records (the smallest group).</numerusform>
        </translation>
    </message>
</context>
</TS>
