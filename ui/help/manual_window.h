#pragma once
// Help → Manual (F1) and Help → Glossary: the repository's own documentation, compiled into the
// program and read offline — README.md (the user manual), docs/glossary.md and the other pages of
// docs/, with their screenshots. A contents list of the page's headings, links between the pages
// and to their headings (GitHub's #anchors), Back / Forward, and Find (Ctrl+F, Enter for the
// next match).

#include <QHash>
#include <QSize>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTextBrowser;
class QToolButton;
class QUrl;

namespace rnnlab::ui {

class ManualWindow : public QWidget {
    Q_OBJECT
public:
    static constexpr const char* kManualPage = "README.md";
    static constexpr const char* kGlossaryPage = "docs/glossary.md";

    explicit ManualWindow(QWidget* parent = nullptr);

    // A page by its path in the repository ("README.md", "docs/glossary.md"), scrolled to the
    // heading whose GitHub anchor is `anchor` when one is given.
    void showPage(const QString& page, const QString& anchor = {});
    QString currentPage() const;   // "" before the first page
    QStringList pages() const;     // every page the manual holds
    QStringList headings() const;  // of the current page, in order
    // Follows a link as a click on it does: another page, a heading, or the web.
    void followLink(const QUrl& link);
    // The next match of the find field's text after the cursor, wrapping around; false when the
    // page has none.
    bool findNext(const QString& text);
    QTextBrowser* browser() const { return m_browser; }
    QString statusText() const;

    // GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens.
    static QString headingAnchor(const QString& heading);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void pageLoaded();
    void scrollToHeading(int index);
    void wrapCodeBlocks();
    void fitImagesToWidth();
    QSize naturalSize(const QString& image);

    QHash<QString, QSize> m_imageSizes;  // by the image's URL
    QComboBox* m_pagePicker;
    QToolButton* m_back;
    QToolButton* m_forward;
    QLineEdit* m_find;
    QListWidget* m_contents;
    QTextBrowser* m_browser;
    QLabel* m_status;
    // The heading a link or the contents list scrolled to: it stays at the top when the page is
    // laid out again (the window shown or resized), until the reader scrolls; -1 for none.
    int m_headingShown = -1;
};

}  // namespace rnnlab::ui
