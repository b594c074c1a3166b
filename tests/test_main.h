#pragma once
// One test program per suite (test_core, test_cli, test_ui), each holding every test of its
// suite: `test_core core/train/tst_trainer.cpp [Qt Test options]` runs the test class of that
// source as its own QTEST_MAIN would. tests/CMakeLists.txt gives each source its ctest test, so
// every test still runs in a process of its own. A source registers its class with the macro
// matching the Qt one it replaces:
//   RNNLAB_TEST_MAIN(Class)          QTEST_MAIN: a QApplication in the ui suite, else a
//                                    QCoreApplication
//   RNNLAB_TEST_GUILESS_MAIN(Class)  QTEST_GUILESS_MAIN: a QCoreApplication
//   RNNLAB_TEST_APPLESS_MAIN(Class)  QTEST_APPLESS_MAIN: no application object
//   RNNLAB_TEST_CUSTOM_MAIN(function) a test with its own int function(int argc, char** argv)
// A suite's sources are compiled in batches (unity build), so each test file wraps everything
// after its includes, the macro above included, in `namespace RNNLAB_TEST_FILE { ... }`: a name
// unique to the file, so two tests' helpers of the same name never meet. The moc include stays
// after it, outside.
#include <QtTest>

namespace rnnlab::test {

using TestMain = int (*)(int argc, char** argv);

// Registers the main of the test in `sourceFile` (its __FILE__); returns true.
bool registerTest(const char* sourceFile, TestMain main);

// The running test's name as the program was given it (core/train/tst_trainer.cpp): a test that
// starts copies of itself passes it first.
QString runningTest();

}  // namespace rnnlab::test

#define RNNLAB_TEST_REGISTER(TestObject, setUp)                                \
    static int rnnlabTestMain_##TestObject(int argc, char** argv) {            \
        QTest::Internal::callInitMain<TestObject>();                           \
        setUp                                                                  \
        TestObject tc;                                                         \
        QTest::setMainSourcePath(__FILE__);                                    \
        return QTest::qExec(&tc, argc, argv);                                  \
    }                                                                          \
    [[maybe_unused]] static const bool rnnlabTestRegistered_##TestObject =     \
        ::rnnlab::test::registerTest(__FILE__, rnnlabTestMain_##TestObject);

#define RNNLAB_TEST_MAIN(TestObject) RNNLAB_TEST_REGISTER(TestObject, QTEST_MAIN_SETUP())
#define RNNLAB_TEST_GUILESS_MAIN(TestObject) \
    RNNLAB_TEST_REGISTER(TestObject, QTEST_QAPP_SETUP(QCoreApplication))
#define RNNLAB_TEST_APPLESS_MAIN(TestObject) RNNLAB_TEST_REGISTER(TestObject, )
#define RNNLAB_TEST_CUSTOM_MAIN(function)                                      \
    [[maybe_unused]] static const bool rnnlabTestRegistered_##function =       \
        ::rnnlab::test::registerTest(__FILE__, function);
