// UTF-8 text (core/data/utf8_text.h): decoding to code points, so that a Chinese character is
// one symbol exactly as an English letter is; encoding back; positions in lines and columns of
// characters; the names of characters in messages.
#include <string>

#include "test_main.h"
#include "core/data/data_error.h"
#include "core/data/utf8_text.h"
#include "error_of.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

class TestUtf8Text : public QObject {
    Q_OBJECT
private slots:
    // 1, 2, 3 and 4 bytes: 'a' U+0061, 'é' U+00E9, '你' U+4F60, '𝄞' U+1D11E.
    void decodesEveryLength() {
        const std::u32string decoded = decodeUtf8("a\xC3\xA9\xE4\xBD\xA0\xF0\x9D\x84\x9E");
        QCOMPARE(decoded, std::u32string({0x61, 0xE9, 0x4F60, 0x1D11E}));
        QCOMPARE(encodeUtf8(decoded), std::string("a\xC3\xA9\xE4\xBD\xA0\xF0\x9D\x84\x9E"));
    }
    void chineseIsOneSymbolPerCharacter() {
        const std::string text = "道可道，非常道。";  // 8 characters, 24 bytes
        QCOMPARE(text.size(), std::size_t(24));
        const std::u32string decoded = decodeUtf8(text);
        QCOMPARE(decoded.size(), std::size_t(8));
        QCOMPARE(decoded[0], decoded[2]);  // 道 twice
        QCOMPARE(encodeUtf8(decoded), text);
    }
    void byteOrderMarkIsNotAText() {
        QCOMPARE(decodeUtf8("\xEF\xBB\xBFok"), std::u32string(U"ok"));
    }
    void refusalsNameTheByte() {
        QCOMPARE(errorOf<DataError>(
                     [] { checkEncoding(std::string_view("ab\ncd\x01\x00", 7), "t.txt", "text"); }),
                 QString("t.txt:2:4: line 2, byte 4: NUL byte: this is a binary file, not text"));
        QCOMPARE(errorOf<DataError>([] { checkEncoding("ok\n\xE4\xBD", "t.txt", "text"); }),
                 QString("t.txt:2:1: line 2, byte 1: invalid UTF-8 (byte 0xE4); the file may be "
                         "Latin-1 or Windows-1252: save it as UTF-8"));
    }
    // Lines end at \n, \r\n or \r; columns count characters, not bytes.
    void positionsCountCharacters() {
        const std::u32string text = U"ab\r\n你好x\ry";
        QCOMPARE(positionOf(text, 0).line, 1L);
        QCOMPARE(positionOf(text, 4).line, 2L);  // 你
        QCOMPARE(positionOf(text, 4).column, 1);
        QCOMPARE(positionOf(text, 6).column, 3);  // x
        QCOMPARE(positionOf(text, 8).line, 3L);   // y after a lone \r
        QCOMPARE(positionOf(text, 8).column, 1);
    }
    void charactersInMessages() {
        QCOMPARE(describeCharacter(U'é'), std::string("'é' (U+00E9)"));
        QCOMPARE(describeCharacter(U'好'), std::string("'好' (U+597D)"));
        QCOMPARE(describeCharacter(U'\n'), std::string("U+000A"));
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestUtf8Text)
}  // namespace RNNLAB_TEST_FILE

#include "tst_utf8_text.moc"
