// A data source resolved once (core/train/data_source.h): the look-ups and checks happen in
// resolveSource, and what it resolved to makes the series and the training data. Each kind of
// source is resolved by hand here: a generator (its parameters filled in and checked), a
// sequence task, a bundled dataset (its columns merged into the catalog's options), a CSV path
// (joined to the experiment's directory) and an embedded series (no file needed).
#include <string>

#include "test_main.h"
#include "core/base/errors.h"
#include "core/data/sequence_dataset.h"
#include "core/train/data_source.h"
#include "error_of.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

namespace {

DataSource generator(GeneratorKind kind, std::map<std::string, double> parameters) {
    DataSource s;
    s.kind = DataSourceKind::Generator;
    s.generator = GeneratorSpec{kind, 3, std::move(parameters), {}};
    return s;
}

}  // namespace

class TestDataSource : public QObject {
    Q_OBJECT
private slots:
    // The sine's parameters are checked and filled in once; its series is the generator's.
    void generatorResolvedOnce() {
        const ResolvedSource r = resolveSource(generator(GeneratorKind::Sine, {{"length", 100}}));
        const auto* g = std::get_if<ResolvedSource::Generated>(&r.origin());
        QVERIFY(g);
        QCOMPARE(g->generator.info->name, std::string("sine"));
        QCOMPARE(g->generator.parameters.at("length"), 100.0);
        QCOMPARE(g->generator.parameters.at("period"), 50.0);  // the catalog's default
        QVERIFY(!r.sequenceTask());
        const Series s = r.series();
        QCOMPARE(s.rows(), Index(100));
        QCOMPARE(s.columns,
                 generateSeries(GeneratorSpec{GeneratorKind::Sine, 3, {{"length", 100}}, {}}).columns);
        QCOMPARE(r.trainingData()->inputSize(), Index(1));
    }

    // A bad parameter is refused when the source is resolved, naming the parameter.
    void badParameterRefusedAtOnce() {
        QCOMPARE(errorOf<ConfigError>([] {
                     resolveSource(generator(GeneratorKind::Sine, {{"length", 1}}));
                 }),
                 "generator sine: length must be between 2 and 1e+07, got 1");
    }

    // The adding problem makes 20 sequences of 10 steps, and no series.
    void sequenceTask() {
        const ResolvedSource r = resolveSource(
            generator(GeneratorKind::AddingProblem, {{"sequences", 20}, {"length", 10}}));
        QVERIFY(r.sequenceTask());
        QVERIFY(makesSequences(r.source()));
        QCOMPARE(errorOf<ConfigError>([&] { r.series(); }),
                 "adding makes separate sequences, not one series");
        const auto data = r.trainingData();
        QCOMPARE(data->steps(), Index(10));
        QCOMPARE(data->inputSize(), Index(2));
        QCOMPARE(
            data->count(Split::Train) + data->count(Split::Validation) + data->count(Split::Test),
            Index(20));
    }

    // The columns chosen replace the catalog's target; the missing policy stays the catalog's.
    void bundledOptionsMerged() {
        DataSource s;
        s.kind = DataSourceKind::Bundled;
        s.bundled = "us_macro";
        s.csv.targetColumn = "realcons";
        const ResolvedSource r = resolveSource(s);
        const auto& b = std::get<ResolvedSource::Bundled>(r.origin());
        QCOMPARE(b.dataset->name, std::string("us_macro"));
        QCOMPARE(b.options.targetColumn, std::string("realcons"));
        QCOMPARE(r.series().names[std::size_t(r.series().target)], std::string("realcons"));
        s.bundled = "nope";
        QCOMPARE(errorOf<ConfigError>([&] { resolveSource(s); }),
                 "bundled dataset 'nope' is not one of: sunspots, nile, co2, elnino, us_macro");
    }

    // A relative path is read from the experiment's directory; an absolute one as it is.
    void csvPathJoined() {
        DataSource s;
        s.kind = DataSourceKind::Csv;
        s.csvPath = "prices.csv";
        QCOMPARE(std::get<ResolvedSource::CsvFile>(resolveSource(s, "/data").origin()).path,
                 std::string("/data/prices.csv"));
        s.csvPath = "/elsewhere/prices.csv";
        QCOMPARE(std::get<ResolvedSource::CsvFile>(resolveSource(s, "/data").origin()).path,
                 std::string("/elsewhere/prices.csv"));
    }

    // An embedded series needs no file: the CSV path may not exist.
    void embeddedNeedsNoFile() {
        DataSource s;
        s.kind = DataSourceKind::Csv;
        s.csvPath = "/no/such/file.csv";
        s.embedded = generateSeries(GeneratorSpec{GeneratorKind::Sine, 1, {{"length", 50}}, {}});
        const ResolvedSource r = resolveSource(s);
        QVERIFY(std::holds_alternative<ResolvedSource::Embedded>(r.origin()));
        QCOMPARE(r.series().columns, s.embedded->columns);
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestDataSource)
}  // namespace RNNLAB_TEST_FILE

#include "tst_data_source.moc"
