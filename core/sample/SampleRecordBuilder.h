#pragma once

#include "core/sample/SampleRandom.h"

#include <QString>
#include <QStringList>

#include <array>

namespace steward {

struct SampleDiagnosis;
struct SampleRegion;

// Composes the records of the synthetic inpatient extract, one CSV line at a time (RFC 4180
// quoting, CRLF line ends), in UTF-16 for the caller to encode. Some patients are admitted more
// than once, as in a real extract. Deterministic for a seed.
class SampleRecordBuilder final {
public:
    explicit SampleRecordBuilder(quint64 seed);

    static QStringList columnNames();
    static void appendHeader(QString &out);
    void appendRecord(QString &out);

private:
    struct Patient {
        QString name;
        QString id;
        QString phone;
        QString address;
        QString insurance;
        const SampleRegion *home = nullptr;
        qint64 birthDay = 0;       // Julian day
        qint64 lastDischarge = 0;  // Julian day
        int diagnosis = 0;
        int surnameLength = 1;
        bool male = false;
    };

    void newPatient(Patient &p, int diagnosis, qint64 admission);
    int pickDiagnosis();
    int pickCompatibleDiagnosis(const Patient &p, qint64 admission);
    const SampleRegion &pickRegion();
    // Appends a name; returns the length of its surname.
    int makeName(QString &out, bool male, QStringView surname = {});
    void makeMobile(QString &out);
    void makePhoneField(QString &out);
    void makeAddress(QString &out, const SampleRegion &region);
    void appendLab(QString &out, const SampleDiagnosis &d);
    void makeNote(QString &out, const Patient &p, const SampleDiagnosis &d, int stay);

    SampleRandom m_random;
    std::array<Patient, 512> m_recent;
    qint64 m_patients = 0;
    std::array<qint64, 8> m_admissionCounter{}; // per admission year since 2019
    QString m_field;
    QString m_note;
};

} // namespace steward
