// Recognising a time axis (core/data/time_axis.h): every text form of a date, month, quarter,
// week and year; numeric indexes, years and YYYYMM(DD) dates; time words in several languages;
// and the seasonal period that labels imply.

#include "test_main.h"
#include "core/data/time_axis.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

class TestTimeAxis : public QObject {
    Q_OBJECT
private slots:
    void sameMoment_data();
    void sameMoment();
    void notTime_data();
    void notTime();
    void dateTimes();
    void numericForms_data();
    void numericForms();
    void textForms();
    void headers_data();
    void headers();
    void labelsOfNumbers();
    void names();
    void seasonalPeriods_data();
    void seasonalPeriods();
};

// Labels written in different ways that mean the same point in time: same form, same position.
void TestTimeAxis::sameMoment_data() {
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<int>("form");
    QTest::newRow("day") << QStringList{"1958-03-29", "1958/03/29",   "29.03.1958",   "29/03/1958",
                                        "03/29/1958", "29-03-1958",   "19580329",     "29 Mar 1958",
                                        "29-Mar-58",  "Mar 29, 1958", "29. März 1958"}
                         << int(TimeForm::Day);
    QTest::newRow("month") << QStringList{"1958-03",   "1958/03",    "1958M03",    "03/1958",
                                          "03.1958",   "Mar 1958",   "March 1958", "März 1958",
                                          "mars 1958", "marzo 1958", "1958-Mar",   "Mar-58",
                                          "MAR 1958",  "195803"}
                           << int(TimeForm::Month);
    QTest::newRow("quarter") << QStringList{"1958Q1",  "1958-Q1", "1958 Q1", "Q1 1958",
                                            "Q1-1958", "Q1/1958", "1958q1"}
                             << int(TimeForm::Quarter);
    QTest::newRow("week") << QStringList{"1958-W05", "1958W05", "1958 W05"} << int(TimeForm::Week);
    QTest::newRow("year") << QStringList{"1958", " 1958 "} << int(TimeForm::Year);
}

void TestTimeAxis::sameMoment() {
    QFETCH(QStringList, labels);
    QFETCH(int, form);
    const std::optional<TimePoint> first = parseTimeLabel(labels.front().toStdString());
    QVERIFY(first.has_value());
    for (const QString& label : labels) {
        const std::optional<TimePoint> p = parseTimeLabel(label.toStdString());
        QVERIFY2(p.has_value(), qPrintable(label));
        QCOMPARE(int(p->form), form);
        QCOMPARE(p->position, first->position);
    }
}

void TestTimeAxis::notTime_data() {
    QTest::addColumn<QString>("label");
    for (const char* s : {"",
                          "abc",
                          "Germany",
                          "1958-13",
                          "31.02.1958",
                          "29.02.1957",
                          "12",
                          "1.5",
                          "123",
                          "Q5 1958",
                          "1958W54",
                          "1958-03-29 25:00",
                          "1958-03-29 12:00 extra",
                          "0958",
                          "3500",
                          "Jan",
                          "-3",
                          "1,234",
                          "M13 1958",
                          "15/02/24 23:00:00"})
        QTest::newRow(s[0] ? s : "empty") << QString(s);
}

void TestTimeAxis::notTime() {
    QFETCH(QString, label);
    QVERIFY(!parseTimeLabel(label.toStdString()).has_value());
}

void TestTimeAxis::dateTimes() {
    const std::optional<TimePoint> day = parseTimeLabel("1958-03-29");
    const std::optional<TimePoint> a = parseTimeLabel("1958-03-29 14:00");
    QVERIFY(a && day);
    QCOMPARE(int(a->form), int(TimeForm::DateTime));
    QCOMPARE(a->position, day->position * 86400 + 14 * 3600);
    for (const char* same : {"1958-03-29T14:00:00Z", "1958-03-29T15:00:00+01:00",
                             "1958-03-29 14:00:00.000", "29.03.1958 14:00"}) {
        const std::optional<TimePoint> p = parseTimeLabel(same);
        QVERIFY2(p.has_value(), same);
        QCOMPARE(p->position, a->position);
    }
    // 1970-01-01 is day 0; 2000-03-01 is 11017 days later.
    QCOMPARE(parseTimeLabel("1970-01-01")->position, 0.0);
    QCOMPARE(parseTimeLabel("2000-03-01")->position, 11017.0);
}

void TestTimeAxis::numericForms_data() {
    QTest::addColumn<QVector<double>>("values");
    QTest::addColumn<int>("form");
    QTest::newRow("index from 1") << QVector<double>{1, 2, 3, 4} << int(TimeForm::Counter);
    QTest::newRow("index from 0") << QVector<double>{0, 1, 2} << int(TimeForm::Counter);
    QTest::newRow("years") << QVector<double>{1871, 1872, 1873} << int(TimeForm::Year);
    QTest::newRow("census years") << QVector<double>{1990, 2000, 2010} << int(TimeForm::Year);
    QTest::newRow("YYYYMMDD") << QVector<double>{19580329, 19580405, 19580412}
                              << int(TimeForm::Day);
    QTest::newRow("YYYYMM") << QVector<double>{195811, 195812, 195901} << int(TimeForm::Month);
    QTest::newRow("two values") << QVector<double>{1, 2} << int(TimeForm::None);
    QTest::newRow("not increasing") << QVector<double>{1871, 1873, 1872} << int(TimeForm::None);
    QTest::newRow("steps of 2") << QVector<double>{1, 3, 5} << int(TimeForm::None);
    QTest::newRow("fractions") << QVector<double>{1.5, 2.5, 3.5} << int(TimeForm::None);
    QTest::newRow("no such date") << QVector<double>{19580227, 19580230, 19580301}
                                  << int(TimeForm::None);
    QTest::newRow("month 13") << QVector<double>{195811, 195813, 195901} << int(TimeForm::None);
    QTest::newRow("prices") << QVector<double>{1120, 1160, 963} << int(TimeForm::None);
}

void TestTimeAxis::numericForms() {
    QFETCH(QVector<double>, values);
    QFETCH(int, form);
    QCOMPARE(int(numericTimeForm(std::vector<double>(values.begin(), values.end()))), form);
}

void TestTimeAxis::textForms() {
    QCOMPARE(int(textTimeForm({"1959Q1", "1959Q2"})), int(TimeForm::Quarter));
    QCOMPARE(int(textTimeForm({"29.03.1958", "05.04.1958"})), int(TimeForm::Day));
    // Every label must read, in one form; order does not matter for text.
    QCOMPARE(int(textTimeForm({"1959Q2", "1959Q1"})), int(TimeForm::Quarter));
    QCOMPARE(int(textTimeForm({"1959Q1", "1959-02"})), int(TimeForm::None));
    QCOMPARE(int(textTimeForm({"1959Q1", "total"})), int(TimeForm::None));
    QCOMPARE(int(textTimeForm({})), int(TimeForm::None));
}

void TestTimeAxis::headers_data() {
    QTest::addColumn<QString>("header");
    QTest::addColumn<bool>("time");
    for (const char* h : {"date",  "Date",  "TIME",    "TIME_PERIOD", "timestamp", "Year",
                          "yr",    "month", "Quarter", "period",      "index",     "ID",
                          "t",     "No.",   "Jahr",    "Datum",       "Zeit (s)",  "Zeitraum",
                          "Monat", "année", "annee",   "mois",        "fecha",     "año",
                          "anno",  "mese",  "jaar",    "maand",       "geo\\time", "decimal date"})
        QTest::newRow(h) << QString(h) << true;
    for (const char* h :
         {"Wert", "value", "price", "X6", "flow", "co2", "sst", "dates2", "update", "timer", ""})
        QTest::newRow(h[0] ? h : "empty") << QString(h) << false;
}

void TestTimeAxis::headers() {
    QFETCH(QString, header);
    QFETCH(bool, time);
    QCOMPARE(isTimeHeader(header.toStdString()), time);
}

void TestTimeAxis::labelsOfNumbers() {
    QCOMPARE(numericTimeLabel(TimeForm::Day, 19580329), std::string("1958-03-29"));
    QCOMPARE(numericTimeLabel(TimeForm::Month, 195803), std::string("1958-03"));
    QCOMPARE(numericTimeLabel(TimeForm::Year, 1958), std::string("1958"));
    QCOMPARE(numericTimeLabel(TimeForm::Counter, 12), std::string("12"));
    QCOMPARE(numericTimeLabel(TimeForm::Counter, 0.5), std::string("0.5"));
    // The ISO labels read back as the same moments.
    QCOMPARE(parseTimeLabel(numericTimeLabel(TimeForm::Day, 19580329))->position,
             parseTimeLabel("19580329")->position);
}

void TestTimeAxis::names() {
    const char* months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (int m = 1; m <= 12; ++m) QCOMPARE(monthOfName(months[m - 1]), m);
    QCOMPARE(monthOfName("Januar"), 1);
    QCOMPARE(monthOfName("févr."), 2);
    QCOMPARE(monthOfName("Mrz"), 3);
    QCOMPARE(monthOfName("mei"), 5);
    QCOMPARE(monthOfName("Okt"), 10);
    QCOMPARE(monthOfName("dic"), 12);
    QCOMPARE(monthOfName("M07"), 7);
    QCOMPARE(monthOfName("M13"), 0);
    QCOMPARE(monthOfName("Total"), 0);
    QCOMPARE(quarterOfName("Q3"), 3);
    QCOMPARE(quarterOfName("qtr4"), 4);
    QCOMPARE(quarterOfName("Q5"), 0);
    QCOMPARE(quarterOfName("Q"), 0);
}

void TestTimeAxis::seasonalPeriods_data() {
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<int>("period");
    QTest::newRow("months") << QStringList{"1958-01", "1958-02", "1958-03"} << 12;
    QTest::newRow("month names") << QStringList{"Jan 1958", "Feb 1958", "Mar 1958"} << 12;
    QTest::newRow("first of each month")
        << QStringList{"1958-01-01", "1958-02-01", "1958-03-01", "1958-04-01"} << 12;
    QTest::newRow("quarters") << QStringList{"1959Q3", "1959Q4", "1960Q1"} << 4;
    QTest::newRow("quarter ends") << QStringList{"1959-03-31", "1959-06-30", "1959-09-30"} << 4;
    QTest::newRow("weeks") << QStringList{"1958-03-29", "1958-04-05", "1958-04-12"} << 52;
    QTest::newRow("ISO weeks") << QStringList{"1958-W52", "1959-W01", "1959-W02"} << 52;
    QTest::newRow("days") << QStringList{"29.03.1958", "30.03.1958", "31.03.1958"} << 7;
    QTest::newRow("hours") << QStringList{"2020-01-01 00:00", "2020-01-01 01:00",
                                          "2020-01-01 02:00"}
                           << 24;
    QTest::newRow("years") << QStringList{"1871", "1872", "1873"} << 0;
    QTest::newRow("an index") << QStringList{"1", "2", "3"} << 0;
    QTest::newRow("words") << QStringList{"a", "b"} << 0;
    QTest::newRow("one label") << QStringList{"1958-01"} << 0;
}

void TestTimeAxis::seasonalPeriods() {
    QFETCH(QStringList, labels);
    QFETCH(int, period);
    std::vector<std::string> l;
    for (const QString& s : labels) l.push_back(s.toStdString());
    QCOMPARE(seasonalPeriodOfLabels(l), period);
}

RNNLAB_TEST_APPLESS_MAIN(TestTimeAxis)
}  // namespace RNNLAB_TEST_FILE

#include "tst_time_axis.moc"
