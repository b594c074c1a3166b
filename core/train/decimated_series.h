#pragma once
// A record per training step, kept in bounded memory however long the run: records are taken
// every `stride` steps, and whenever more than `capacity` are held every other one is dropped
// and the stride doubles. What remains is always evenly spaced over the whole run (the newest
// stride-aligned step included), with between capacity/2 and capacity records.

#include <cstddef>
#include <vector>

namespace rnnlab {

template <typename Record>  // Record has a `long long step` member
class DecimatedSeries {
public:
    explicit DecimatedSeries(std::size_t capacity = 20000) : m_capacity(capacity < 2 ? 2 : capacity) {}

    // True when this step is kept (so callers can skip computing a record that would be dropped).
    bool wants(long long step) const { return step % m_stride == 0; }

    void add(const Record& r) {
        if (!wants(r.step)) return;
        m_items.push_back(r);
        if (m_items.size() > m_capacity) {
            m_stride *= 2;
            std::size_t kept = 0;
            for (const Record& item : m_items)
                if (item.step % m_stride == 0) m_items[kept++] = item;
            m_items.resize(kept);
        }
    }

    const std::vector<Record>& items() const { return m_items; }
    long long stride() const { return m_stride; }
    std::size_t capacity() const { return m_capacity; }
    void clear() {
        m_items.clear();
        m_stride = 1;
    }
    // For resuming a saved run: the records and the stride they were taken with.
    void restore(std::vector<Record> items, long long stride) {
        m_items = std::move(items);
        m_stride = stride < 1 ? 1 : stride;
    }

private:
    std::vector<Record> m_items;
    std::size_t m_capacity;
    long long m_stride = 1;
};

}  // namespace rnnlab
