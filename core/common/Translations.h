#pragma once

class QLocale;
class QTranslator;

namespace steward {

// Loads Steward's catalogue for `locale` into `translator` (embedded as :/i18n/steward_*.qm): the
// language's own (zh_CN), else the English one, which only holds plural forms ("1 field",
// "2 fields") — English is the source language, and every language without a catalogue shows
// English. False only if no catalogue could be loaded at all.
bool loadStewardTranslation(QTranslator &translator, const QLocale &locale);

} // namespace steward
