// Preview latency: how long the Masking tab's preview takes to show the visible page masked by
// new rules; under 100 ms it feels immediate while the steward edits rules.
//   bench_preview [--rows N] [--runs R]
// Imports N rows (default 2,000) of the synthetic inpatient extract into a temporary project,
// classifies it, and then R times (default 20) alternates between two rule sets: the suggested
// rules, and the suggested rules with every kept field partially masked (so every column is
// recomputed); each time it measures setRules() plus reading the 100 visible rows × every
// masked column through the model, as the view does when it repaints. Reports median and
// maximum milliseconds. Exit code 1 when a read fails.

#include "core/classify/ClassificationService.h"
#include "core/import/Importer.h"
#include "core/mask/ProjectSecret.h"
#include "core/mask/RuleSuggester.h"
#include "ui/masking/MaskPreviewModel.h"
#include "core/sample/SampleGenerator.h"
#include "core/store/ProjectStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace steward;

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&args](const char *name, int fallback) {
        const int at = int(args.indexOf(QString::fromLatin1(name)));
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
    };
    const int rows = option("--rows", 2000);
    const int runs = option("--runs", 20);

    QTemporaryDir dir;
    SampleOptions sample;
    sample.rows = rows;
    const QString csv = dir.filePath(QStringLiteral("s.csv"));
    if (Status s = writeSample(csv, sample); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().toString()));
        return 1;
    }
    auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.steward")));
    if (!store)
        return 1;
    ImportOptions import;
    import.datasetName = QStringLiteral("s");
    auto dataset = importFile(**store, csv, import);
    if (!dataset)
        return 1;
    ClassificationService service(**store);
    auto classified = service.analyzeNow(dataset->name);
    if (!classified)
        return 1;
    const QList<std::pair<QString, MaskRule>> suggested = RuleSuggester::suggest(*classified);
    QList<std::pair<QString, MaskRule>> everything = suggested;
    for (auto &[field, rule] : everything) {
        if (rule.op() == MaskOperator::Keep)
            rule = *MaskRule::parse(u"mask:first=1,last=1");
    }
    MaskEnvironment env;
    env.secret = *ProjectSecret::generate();

    ui::MaskPreviewModel model;
    model.setSource(store->get(), *dataset);
    const int fields = int(dataset->columns.size());
    const int visible = std::min(100, rows);
    qint64 sink = 0;
    auto touch = [&] {
        for (int r = 0; r < visible; ++r) {
            for (int f = 0; f < fields; ++f)
                sink += model.data(model.index(r, model.maskedColumn(f))).toString().size();
        }
    };
    model.setRules({}, env);
    touch(); // the rows are read once, as when the tab opens
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        model.setRules(i % 2 == 0 ? everything : suggested, env);
        touch();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    std::printf("preview after a rule change, %d visible rows x %d masked columns (page of %d rows "
                "masked): median %.2f ms, max %.2f ms over %d runs (bar: < 100 ms); row reads: %lld\n",
                visible, fields, ui::MaskPreviewModel::kPageRows, ms[ms.size() / 2], ms.back(), runs,
                static_cast<long long>(model.fetchCount()));
    return sink > 0 ? 0 : 1;
}
