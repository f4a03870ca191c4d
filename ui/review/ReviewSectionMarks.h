#pragma once

#include "core/workflow/ReviewDecision.h"

#include <QJsonArray>
#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace steward::ui {

// The reviewer's marks on the sections of one document: for each section (in the document's
// order) acceptable / improvable / to correct, and a comment. Changes nothing in the package:
// the marks go into the signed decision.
class ReviewSectionMarks final : public QWidget {
    Q_OBJECT
public:
    explicit ReviewSectionMarks(const QString &document, QWidget *parent = nullptr);

    // review.json's "dpia_sections" / "dsa_sections": [{"key", "title"}].
    void setSections(const QJsonArray &sections);
    QString document() const { return m_document; }
    int sectionCount() const { return int(m_rows.size()); }
    int markedCount() const;
    // The sections with a mark or a comment.
    QList<SectionMark> marks() const;
    // False when no section has that key or the mark is not one of ReviewText::markKeys().
    bool setMark(const QString &section, const QString &mark, const QString &comment = {});

signals:
    void marksChanged();
    // The reviewer chose a section's title: show that section of the document.
    void sectionActivated(const QString &key);

private:
    struct Row {
        QString key;
        QString title;
        QComboBox *mark = nullptr;
        QLineEdit *comment = nullptr;
    };
    QString m_document;
    QVBoxLayout *m_rowsLayout;
    QLabel *m_empty;
    QList<Row> m_rows;
    QList<QWidget *> m_rowWidgets;
};

} // namespace steward::ui
