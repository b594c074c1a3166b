#pragma once

namespace rnnlab {

// A 1-based line and column in a text, for messages that name a place ("file:12:5"). Whether a
// column counts bytes or characters is said by the function that gives one.
struct TextPosition {
    long line = 1;
    long column = 1;
};

}  // namespace rnnlab
