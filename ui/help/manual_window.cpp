#include "ui/help/manual_window.h"

#include <QAbstractTextDocumentLayout>
#include <QComboBox>
#include <QDesktopServices>
#include <QDirIterator>
#include <QFile>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace rnnlab::ui {
namespace {

const QString kRoot = QStringLiteral(":/manual/");
const QString kUrlRoot = QStringLiteral("qrc:/manual/");

// A page's title: its first "# " heading, else its file name.
QString titleOf(const QString& page) {
    QFile f(kRoot + page);
    if (f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        for (const QString& line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("# "))) return line.mid(2).trimmed();
        }
    }
    return page;
}

// The page a qrc URL of the manual points at ("docs/formats.md"); "" when it is not one.
QString pageOf(const QUrl& url) {
    if (url.scheme() != QLatin1String("qrc")) return {};
    const QString path = url.path();
    const QString prefix = QStringLiteral("/manual/");
    return path.startsWith(prefix) ? path.mid(prefix.size()) : QString();
}

QList<QTextBlock> headingBlocks(const QTextDocument* document) {
    QList<QTextBlock> out;
    for (QTextBlock b = document->begin(); b.isValid(); b = b.next())
        if (b.blockFormat().headingLevel() > 0) out.push_back(b);
    return out;
}

}  // namespace

ManualWindow::ManualWindow(QWidget* parent)
    : QWidget(parent, Qt::Window),
      m_pagePicker(new QComboBox(this)),
      m_back(new QToolButton(this)),
      m_forward(new QToolButton(this)),
      m_find(new QLineEdit(this)),
      m_contents(new QListWidget(this)),
      m_browser(new QTextBrowser(this)),
      m_status(new QLabel(this)) {
    setWindowTitle(tr("RNN Lab Manual"));
    const QScreen* screen = parent ? parent->screen() : QGuiApplication::primaryScreen();
    const QSize room = screen ? screen->availableSize() * 0.9 : QSize(1100, 760);
    resize(std::min(1100, room.width()), std::min(760, room.height()));
    m_contents->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_contents->setTextElideMode(Qt::ElideRight);
    m_back->setText(tr("Back"));
    m_forward->setText(tr("Forward"));
    m_back->setEnabled(false);
    m_forward->setEnabled(false);
    m_find->setPlaceholderText(tr("Find (Enter: next)"));
    m_find->setClearButtonEnabled(true);
    for (const QString& page : pages()) m_pagePicker->addItem(titleOf(page), page);
    m_browser->setOpenLinks(false);
    // Text and code wrap at the page's width and images shrink to it (wrapCodeBlocks,
    // fitImagesToWidth): a sideways scroll bar would only ever show the last pixel of a table.
    m_browser->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_browser->viewport()->installEventFilter(this);
    m_status->setWordWrap(true);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_back);
    bar->addWidget(m_forward);
    bar->addWidget(m_pagePicker, 1);
    bar->addWidget(m_find, 1);
    auto* split = new QSplitter(this);
    split->addWidget(m_contents);
    split->addWidget(m_browser);
    split->setStretchFactor(1, 3);
    split->setSizes({260, 840});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    connect(m_back, &QToolButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_forward, &QToolButton::clicked, m_browser, &QTextBrowser::forward);
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QToolButton::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QToolButton::setEnabled);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &ManualWindow::pageLoaded);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &ManualWindow::followLink);
    connect(m_pagePicker, &QComboBox::activated, this,
            [this](int i) { showPage(m_pagePicker->itemData(i).toString()); });
    connect(m_contents, &QListWidget::currentRowChanged, this, &ManualWindow::scrollToHeading);
    connect(m_browser->verticalScrollBar(), &QScrollBar::actionTriggered, this,
            [this] { m_headingShown = -1; });
    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(m_find->text()); });
    auto* findShortcut = new QShortcut(QKeySequence::Find, this);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        m_find->setFocus();
        m_find->selectAll();
    });
}

QStringList ManualWindow::pages() const {
    QStringList out;
    QDirIterator it(kRoot, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) out.push_back(it.next().mid(kRoot.size()));
    out.sort();
    out.removeAll(QString::fromLatin1(kManualPage));
    out.removeAll(QString::fromLatin1(kGlossaryPage));
    out.prepend(QString::fromLatin1(kGlossaryPage));
    out.prepend(QString::fromLatin1(kManualPage));
    return out;
}

void ManualWindow::showPage(const QString& page, const QString& anchor) {
    if (page != currentPage()) m_browser->setSource(QUrl(kUrlRoot + page));
    if (anchor.isEmpty()) {
        m_headingShown = -1;
        m_browser->verticalScrollBar()->setValue(0);
        return;
    }
    const QStringList all = headings();
    for (int i = 0; i < all.size(); ++i) {
        if (headingAnchor(all[i]) == anchor) {
            m_contents->setCurrentRow(i);
            scrollToHeading(i);
            return;
        }
    }
    m_status->setText(tr("%1 has no heading #%2.").arg(page, anchor));
}

QString ManualWindow::currentPage() const {
    return pageOf(m_browser->source());
}

QStringList ManualWindow::headings() const {
    QStringList out;
    for (const QTextBlock& b : headingBlocks(m_browser->document())) out.push_back(b.text());
    return out;
}

QString ManualWindow::statusText() const {
    return m_status->text();
}

void ManualWindow::followLink(const QUrl& link) {
    m_status->clear();
    const QUrl target = m_browser->source().resolved(link);
    if (target.scheme() != QLatin1String("qrc")) {
        QDesktopServices::openUrl(target);
        return;
    }
    QUrl withoutAnchor = target;
    withoutAnchor.setFragment({});
    const QString page = pageOf(withoutAnchor);
    if (!QFile::exists(kRoot + page) || !page.endsWith(QLatin1String(".md"))) {
        m_status->setText(tr("%1 is in the repository, not in the manual.").arg(page));
        return;
    }
    showPage(page, target.fragment());
}

bool ManualWindow::findNext(const QString& text) {
    if (text.isEmpty()) return false;
    if (m_browser->find(text)) return true;
    m_browser->moveCursor(QTextCursor::Start);  // wrap around
    const bool found = m_browser->find(text);
    m_status->setText(found ? QString() : tr("\u201c%1\u201d is not on this page.").arg(text));
    return found;
}

QString ManualWindow::headingAnchor(const QString& heading) {
    QString anchor = heading.toLower();
    anchor.remove(QRegularExpression(QStringLiteral("[^\\w\\- ]"),
                                     QRegularExpression::UseUnicodePropertiesOption));
    anchor.replace(QLatin1Char(' '), QLatin1Char('-'));
    return anchor;
}

bool ManualWindow::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_browser->viewport() && event->type() == QEvent::Resize) {
        fitImagesToWidth();
        // The browser lays the page out again after this event: scroll once that is done.
        if (m_headingShown >= 0)
            QTimer::singleShot(0, this, [this] { scrollToHeading(m_headingShown); });
    }
    return QWidget::eventFilter(watched, event);
}

void ManualWindow::pageLoaded() {
    m_headingShown = -1;
    const QString page = currentPage();
    const int index = m_pagePicker->findData(page);
    if (index >= 0) m_pagePicker->setCurrentIndex(index);
    setWindowTitle(tr("%1 \u2014 RNN Lab Manual").arg(titleOf(page)));
    const QSignalBlocker block(m_contents);
    m_contents->clear();
    for (const QTextBlock& b : headingBlocks(m_browser->document())) {
        const int level = b.blockFormat().headingLevel();
        m_contents->addItem(QString(2 * (level - 1), QLatin1Char(' ')) + b.text());
        m_contents->item(m_contents->count() - 1)->setToolTip(b.text());
    }
    wrapCodeBlocks();
    fitImagesToWidth();
}

// Code blocks wrap at the page's width like the text, so that nothing needs a sideways scroll.
void ManualWindow::wrapCodeBlocks() {
    QTextCursor c(m_browser->document());
    for (QTextBlock b = m_browser->document()->begin(); b.isValid(); b = b.next()) {
        if (!b.blockFormat().nonBreakableLines()) continue;
        QTextBlockFormat f = b.blockFormat();
        f.setNonBreakableLines(false);
        c.setPosition(b.position());
        c.setBlockFormat(f);
    }
}

void ManualWindow::scrollToHeading(int index) {
    const QList<QTextBlock> blocks = headingBlocks(m_browser->document());
    if (index < 0 || index >= blocks.size()) return;
    const QTextBlock& block = blocks[index];
    QTextCursor cursor(block);
    m_browser->setTextCursor(cursor);
    const QRectF r = m_browser->document()->documentLayout()->blockBoundingRect(block);
    m_browser->verticalScrollBar()->setValue(int(r.top()));
    m_headingShown = index;
}

// The screenshots are 1920 pixels wide: shown at most as wide as the page, keeping their shape.
void ManualWindow::fitImagesToWidth() {
    QTextDocument* document = m_browser->document();
    const double width = m_browser->viewport()->width() - 2 * document->documentMargin() - 8;
    if (width <= 0) return;
    struct Image {
        int position;
        int length;
        QTextImageFormat format;
    };
    QList<Image> images;
    for (QTextBlock b = document->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (f.charFormat().isImageFormat())
                images.push_back({f.position(), f.length(), f.charFormat().toImageFormat()});
        }
    }
    for (Image& image : images) {
        const QSize natural = naturalSize(image.format.name());
        if (natural.isEmpty()) continue;
        const double shown = std::min<double>(natural.width(), width);
        image.format.setWidth(shown);
        image.format.setHeight(shown * natural.height() / natural.width());
        QTextCursor c(document);
        c.setPosition(image.position);
        c.setPosition(image.position + image.length, QTextCursor::KeepAnchor);
        c.setCharFormat(image.format);
    }
}

QSize ManualWindow::naturalSize(const QString& image) {
    const QString key = m_browser->source().resolved(QUrl(image)).toString();
    const auto known = m_imageSizes.constFind(key);
    if (known != m_imageSizes.constEnd()) return *known;
    const QVariant resource =
        m_browser->document()->resource(QTextDocument::ImageResource, QUrl(image));
    QImage decoded;
    if (resource.canConvert<QImage>()) decoded = resource.value<QImage>();
    if (decoded.isNull()) decoded = QImage::fromData(resource.toByteArray());
    m_imageSizes.insert(key, decoded.size());
    return decoded.size();
}

}  // namespace rnnlab::ui
