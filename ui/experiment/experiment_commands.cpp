#include "ui/experiment/experiment_commands.h"

#include <QHash>

#include "ui/experiment/change_description.h"
#include "ui/experiment/experiment_controller.h"

namespace rnnlab::ui {

ExperimentCommand::ExperimentCommand(ExperimentController& controller, ExperimentState before,
                                     ExperimentState after, EnterOptions options,
                                     const QString& text, const QString& mergeKey)
    : QUndoCommand(text),
      m_controller(controller),
      m_before(std::move(before)),
      m_after(std::move(after)),
      m_options(std::move(options)),
      m_mergeKey(mergeKey) {
    m_sinceEdit.start();
}

void ExperimentCommand::redo() {
    m_controller.enter(m_after, m_options);
}

void ExperimentCommand::undo() {
    EnterOptions back;
    back.reuseData = m_before.run->data;
    m_controller.enter(m_before, back);
}

int ExperimentCommand::id() const {
    return m_mergeKey.isEmpty() ? -1 : int(qHash(m_mergeKey) & 0x7fffffff);
}

bool ExperimentCommand::mergeWith(const QUndoCommand* other) {
    const auto* next = dynamic_cast<const ExperimentCommand*>(other);
    if (!next || next->m_mergeKey != m_mergeKey || next->m_before.id != m_after.id) return false;
    if (m_sinceEdit.elapsed() > kMergeWindowMs) return false;
    // A run trained in between stays an undo step of its own.
    const bool sameRun = m_after.run == m_before.run;
    if (!sameRun && m_after.run->lastStep > 0) return false;
    m_after = next->m_after;
    m_sinceEdit.restart();
    const ChangeDescription merged = describeChange(m_before.spec, m_after.spec);
    if (merged.text.isEmpty()) {
        setObsolete(true);  // back where it started: nothing to undo
    } else {
        setText(merged.text);
    }
    return true;
}

}  // namespace rnnlab::ui
