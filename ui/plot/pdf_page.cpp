#include "ui/plot/pdf_page.h"

#include <QPageLayout>
#include <QPdfWriter>

#include "ui/plot/picture_export.h"

namespace rnnlab::ui {

void setSinglePage(QPdfWriter& writer, QSize size, const QString& title) {
    writer.setResolution(kScreenDpi);
    writer.setCreator(QStringLiteral("RNN Lab"));
    writer.setTitle(title);
    writer.setPageLayout(
        QPageLayout(QPageSize(QSizeF(size), QPageSize::Point, QString(), QPageSize::ExactMatch),
                    QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
}

}  // namespace rnnlab::ui
