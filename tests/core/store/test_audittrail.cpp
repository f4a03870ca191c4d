// Tests of the audit trail's hash chain: appending, listing, verifying, and detecting tampering.
#include "core/store/AuditTrail.h"
#include "core/store/Migrations.h"
#include "core/store/ProjectStore.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;

class TestAuditTrail final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    sql::Database m_db;

    // Five entries by fixed users and times.
    void appendFive()
    {
        AuditTrail trail(m_db);
        for (int i = 1; i <= 5; ++i) {
            const QString at = QStringLiteral("2024-01-0%1T08:00:00.000Z").arg(i);
            QVERIFY(trail.append(QStringLiteral("dataset.import"), QStringLiteral("set %1").arg(i),
                                 QStringLiteral("{\"rows\":%1}").arg(i * 10),
                                 QStringLiteral("steward%1").arg(i % 2), at));
        }
    }

private slots:
    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        auto db = sql::Database::open(m_tmp->filePath(QStringLiteral("a.db")),
                                      sql::Database::Mode::ReadWriteCreate);
        QVERIFY(db);
        m_db = std::move(*db);
        QVERIFY(Migrations::run(m_db, Migrations::schema(), ProjectStore::kSchemaVersion));
    }
    void cleanup()
    {
        m_db = sql::Database();
        m_tmp.reset();
    }

    void emptyTrailVerifies()
    {
        auto v = AuditTrail(m_db).verify();
        QVERIFY(v);
        QVERIFY(v->ok);
        QCOMPARE(v->entries, qint64(0));
    }

    void appendBuildsAChain()
    {
        appendFive();
        auto entries = AuditTrail(m_db).entries();
        QVERIFY(entries);
        QCOMPARE(entries->size(), 5);
        QCOMPARE(entries->first().prevHash, AuditTrail::genesisHash());
        for (int i = 0; i < 5; ++i) {
            const AuditEntry &e = entries->at(i);
            QCOMPARE(e.id, qint64(i + 1));
            QCOMPARE(e.target, QStringLiteral("set %1").arg(i + 1));
            QCOMPARE(e.hash.size(), 64);
            if (i > 0)
                QCOMPARE(e.prevHash, entries->at(i - 1).hash);
            QCOMPARE(e.hash,
                     AuditTrail::computeHash(e.prevHash, e.id, e.at, e.user, e.action, e.target,
                                             e.detail));
        }
        auto v = AuditTrail(m_db).verify();
        QVERIFY(v->ok);
        QCOMPARE(v->entries, qint64(5));
        QCOMPARE(v->firstBrokenId, qint64(0));
    }

    void hashIsCanonical()
    {
        // Independent computation of the documented encoding.
        auto field = [](QCryptographicHash &h, const QByteArray &utf8) {
            QByteArray length(8, '\0');
            quint64 n = quint64(utf8.size());
            for (int i = 7; i >= 0; --i, n >>= 8)
                length[i] = char(n & 0xff);
            h.addData(length);
            h.addData(utf8);
        };
        QCryptographicHash h(QCryptographicHash::Sha256);
        for (const QByteArray &f :
             {QByteArray(64, '0'), QByteArray("1"), QByteArray("2024-01-01T00:00:00.000Z"),
              QByteArray("王医生"), QByteArray("project.create"), QByteArray("p.steward"),
              QByteArray()})
            field(h, f);
        QCOMPARE(AuditTrail::computeHash(AuditTrail::genesisHash(), 1,
                                         QStringLiteral("2024-01-01T00:00:00.000Z"),
                                         QStringLiteral("王医生"), QStringLiteral("project.create"),
                                         QStringLiteral("p.steward"), QString()),
                 QString::fromLatin1(h.result().toHex()));
        // Field boundaries matter: moving a character between fields changes the hash.
        QVERIFY(
            AuditTrail::computeHash({}, 1, QStringLiteral("ab"), QStringLiteral("c"), {}, {}, {})
            != AuditTrail::computeHash({}, 1, QStringLiteral("a"), QStringLiteral("bc"), {}, {},
                                       {}));
    }

    void appendRecordsOsUserAndTime()
    {
        QVERIFY(
            ProjectStore::appendAudit(m_db, QStringLiteral("project.create"), QStringLiteral("x")));
        auto entries = AuditTrail(m_db).entries();
        QCOMPARE(entries->size(), 1);
        QVERIFY(!entries->first().user.isEmpty());
        const QDateTime at = QDateTime::fromString(entries->first().at, Qt::ISODateWithMs);
        QVERIFY(at.isValid());
        QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }

    void appendJoinsCallersTransaction()
    {
        {
            sql::Transaction txn(m_db);
            QVERIFY(AuditTrail(m_db).append(QStringLiteral("dataset.import"), QStringLiteral("a")));
            // rolled back
        }
        QCOMPARE(AuditTrail(m_db).entries()->size(), 0);
    }

    void tamperingIsDetected_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<qint64>("firstBroken");
        QTest::newRow("action edited")
            << "UPDATE audit SET action = 'dataset.delete' WHERE id = 3" << qint64(3);
        QTest::newRow("detail edited")
            << "UPDATE audit SET detail = '{\"rows\":1}' WHERE id = 2" << qint64(2);
        QTest::newRow("user edited")
            << "UPDATE audit SET user = 'mallory' WHERE id = 5" << qint64(5);
        QTest::newRow("time edited")
            << "UPDATE audit SET at = '2020-01-01T00:00:00.000Z' WHERE id = 1" << qint64(1);
        QTest::newRow("target cleared")
            << "UPDATE audit SET target = NULL WHERE id = 4" << qint64(4);
        QTest::newRow("middle entry deleted") << "DELETE FROM audit WHERE id = 3" << qint64(4);
        QTest::newRow("first entry deleted") << "DELETE FROM audit WHERE id = 1" << qint64(2);
        QTest::newRow("hash rewritten")
            << "UPDATE audit SET hash = prev_hash WHERE id = 2" << qint64(2);
        QTest::newRow("entry renumbered") << "UPDATE audit SET id = 9 WHERE id = 5" << qint64(9);
        QTest::newRow("entry re-hashed without relinking")
            << "UPDATE audit SET action = 'x', hash = 'recomputed-elsewhere' WHERE id = 2"
            << qint64(2);
    }

    void tamperingIsDetected()
    {
        QFETCH(QString, tamper);
        QFETCH(qint64, firstBroken);
        appendFive();
        QVERIFY(m_db.exec(tamper));
        auto v = AuditTrail(m_db).verify();
        QVERIFY(v);
        QVERIFY(!v->ok);
        QCOMPARE(v->firstBrokenId, firstBroken);
    }

    void rehashedEditBreaksTheNextLink()
    {
        // Someone who recomputes the edited entry's hash still breaks the chain at the next one.
        appendFive();
        auto entries = *AuditTrail(m_db).entries();
        AuditEntry e = entries.at(1);
        const QString forged = AuditTrail::computeHash(
            e.prevHash, e.id, e.at, e.user, QStringLiteral("nothing"), e.target, e.detail);
        QVERIFY(m_db.exec(
            QStringLiteral("UPDATE audit SET action = 'nothing', hash = '%1' WHERE id = 2")
                .arg(forged)));
        auto v = AuditTrail(m_db).verify();
        QVERIFY(!v->ok);
        QCOMPARE(v->firstBrokenId, qint64(3));
    }
};

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "test_audittrail.moc"
