#pragma once
// InputVersion: what a figure was last drawn from. About 30 snapshots a second reach every view
// while training runs, and most leave most figures' data as it was (a trace every 10 steps, an
// epoch every pass). A view names a figure's inputs by a key (the run, how far its histories
// have got, the pointer of an immutable result) and rebuilds and replots the figure only when
// the key moved.

#include <optional>

namespace rnnlab::ui {

template <typename Key>
class InputVersion {
public:
    // True when `key` differs from the last one given (the first always does); remembers it.
    bool moved(const Key& key) {
        if (m_key && *m_key == key) return false;
        m_key = key;
        return true;
    }
    // The next key moves, whatever it is: the figure was cleared or its data replaced.
    void forget() { m_key.reset(); }

private:
    std::optional<Key> m_key;
};

}  // namespace rnnlab::ui
