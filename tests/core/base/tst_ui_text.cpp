// Engine texts for the window (ui_text.h): templates filled in with their values, parts joined.

#include "test_main.h"
#include "core/base/ui_text.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

class TestUiText : public QObject {
    Q_OBJECT
private slots:
    void fillsInTheValues() {
        QCOMPARE(fillIn("gradient norm %1 > %2", {"12", "10"}),
                 std::string("gradient norm 12 > 10"));
        // In any order, as a translation may need.
        QCOMPARE(fillIn("%2 < %1", {"a", "b"}), std::string("b < a"));
        // A value is put in as it is, even when it looks like a placeholder.
        QCOMPARE(fillIn("%1 and %2", {"%2", "x"}), std::string("%2 and x"));
        // A placeholder without a value, and a lone %, stay.
        QCOMPARE(fillIn("%1 %3 100%", {"v"}), std::string("v %3 100%"));
    }

    void joinsItsParts() {
        UiText t = uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "gradient norm %1 > "), {"12"});
        t += uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "%1"), {"10"});
        t += uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "; clipping is off"));
        QCOMPARE(t.parts.size(), std::size_t(3));
        QCOMPARE(t.english(), std::string("gradient norm 12 > 10; clipping is off"));
        QVERIFY(UiText{}.empty());
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestUiText)
}  // namespace RNNLAB_TEST_FILE

#include "tst_ui_text.moc"
