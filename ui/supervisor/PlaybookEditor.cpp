// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "supervisor/PlaybookEditor.h"

#include "AppContext.h"
#include "Theme.h"
#include "domain/Money.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rebound {

namespace {

// One entry a line; blank lines are dropped.
QJsonArray linesOf(const QString& text) {
    QJsonArray out;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            out.append(line.trimmed());
    }
    return out;
}

QString textOf(const QJsonArray& lines) {
    QStringList out;
    for (const QJsonValue& v : lines)
        out << v.toString();
    return out.join(QLatin1Char('\n'));
}

enum CatalogColumn { Id, Name, Kind, Amount, Cost };

} // namespace

PlaybookEditor::PlaybookEditor(AppContext& ctx, const AuthenticatedEmployee& user, QWidget* parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_user(user)
    , m_categories(new QListWidget(this))
    , m_catalog(new QTableWidget(0, 5, this))
    , m_save(new QPushButton(tr("&Save the playbook"), this))
    , m_message(new QLabel(this)) {
    setObjectName(QStringLiteral("playbookEditor"));
    m_categories->setObjectName(QStringLiteral("editorCategories"));
    m_categories->setMaximumWidth(240);
    m_catalog->setObjectName(QStringLiteral("editorCatalog"));
    m_catalog->setHorizontalHeaderLabels(
        {tr("Id"), tr("Name"), tr("Kind"), tr("Amount (empty: typed)"), tr("Cost (empty: the amount)")});
    m_catalog->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_catalog->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_catalog->verticalHeader()->hide();
    m_save->setObjectName(QStringLiteral("editorSave"));
    m_message->setObjectName(QStringLiteral("editorMessage"));
    m_message->setWordWrap(true);
    auto* add = new QPushButton(tr("Add a &category"), this);
    add->setObjectName(QStringLiteral("editorAddCategory"));
    auto* remove = new QPushButton(tr("Remo&ve it"), this);
    remove->setObjectName(QStringLiteral("editorRemoveCategory"));

    auto* left = new QVBoxLayout;
    left->addWidget(m_categories, 1);
    left->addWidget(add);
    left->addWidget(remove);
    auto* top = new QHBoxLayout;
    top->addLayout(left);
    top->addWidget(buildCategory(), 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_message, 1);
    bottom->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top, 3);
    layout->addWidget(new QLabel(tr("Gestures in the catalog"), this));
    layout->addWidget(m_catalog, 2);
    layout->addLayout(bottom);

    const bool manager = user.employee().role == Role::Manager;
    for (QWidget* w :
         std::initializer_list<QWidget*>{add, remove, m_save, m_name, m_apologies, m_checklist, m_hours})
        w->setEnabled(manager);
    m_catalog->setEditTriggers(manager ? QAbstractItemView::AllEditTriggers
                                       : QAbstractItemView::NoEditTriggers);
    if (!manager)
        m_message->setText(tr("Only a manager may change the playbook."));
    connect(m_categories, &QListWidget::currentRowChanged, this, &PlaybookEditor::showCategory);
    connect(add, &QPushButton::clicked, this, &PlaybookEditor::addCategory);
    connect(remove, &QPushButton::clicked, this, &PlaybookEditor::removeCategory);
    connect(m_save, &QPushButton::clicked, this, &PlaybookEditor::save);
}

QWidget* PlaybookEditor::buildCategory() {
    auto* box = new QWidget(this);
    m_name = new QLineEdit(box);
    m_name->setObjectName(QStringLiteral("editorName"));
    m_apologies = new QPlainTextEdit(box);
    m_apologies->setObjectName(QStringLiteral("editorApologies"));
    m_apologies->setPlaceholderText(tr("One script a line; {customer} and {employee} are filled in"));
    m_apologies->setTabChangesFocus(true);
    m_checklist = new QPlainTextEdit(box);
    m_checklist->setObjectName(QStringLiteral("editorChecklist"));
    m_checklist->setPlaceholderText(tr("One step a line"));
    m_checklist->setTabChangesFocus(true);
    m_hours = new QLineEdit(box);
    m_hours->setObjectName(QStringLiteral("editorHours"));
    m_hours->setPlaceholderText(tr("Hours after the recovery, the first the default: 4, 24"));
    auto* form = new QFormLayout(box);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Apologies"), m_apologies);
    form->addRow(tr("&Fix checklist"), m_checklist);
    form->addRow(tr("Follow-up &hours"), m_hours);
    return box;
}

void PlaybookEditor::refresh() {
    auto pb = m_ctx.playbooks().current();
    if (!pb) {
        m_message->setText(pb.error().message);
        return;
    }
    m_root = QJsonDocument::fromJson(pb->playbook->json()).object();
    m_shown = -1;
    const QSignalBlocker block(m_categories);
    m_categories->clear();
    for (const QJsonValue& c : m_root.value(QStringLiteral("categories")).toArray())
        m_categories->addItem(c.toObject().value(QStringLiteral("name")).toString());
    m_categories->setCurrentRow(0);
    showCategory(0);
    showCatalog();
}

void PlaybookEditor::showCategory(int row) {
    keepCategory();
    const QJsonArray categories = m_root.value(QStringLiteral("categories")).toArray();
    if (row < 0 || row >= categories.size())
        return;
    const QJsonObject c = categories.at(row).toObject();
    m_name->setText(c.value(QStringLiteral("name")).toString());
    m_apologies->setPlainText(textOf(c.value(QStringLiteral("apologies")).toArray()));
    m_checklist->setPlainText(textOf(c.value(QStringLiteral("checklist")).toArray()));
    QStringList hours;
    for (const QJsonValue& h : c.value(QStringLiteral("follow_up_hours")).toArray())
        hours << QString::number(h.toInt());
    m_hours->setText(hours.join(QStringLiteral(", ")));
    m_shown = row;
}

void PlaybookEditor::keepCategory() {
    QJsonArray categories = m_root.value(QStringLiteral("categories")).toArray();
    if (m_shown < 0 || m_shown >= categories.size())
        return;
    QJsonObject c = categories.at(m_shown).toObject();
    c.insert(QStringLiteral("name"), m_name->text().trimmed());
    c.insert(QStringLiteral("apologies"), linesOf(m_apologies->toPlainText()));
    c.insert(QStringLiteral("checklist"), linesOf(m_checklist->toPlainText()));
    QJsonArray hours;
    for (const QString& h : m_hours->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int n = h.trimmed().toInt(&ok);
        hours.append(ok ? QJsonValue(n) : QJsonValue(h.trimmed())); // the loader names a bad one
    }
    c.insert(QStringLiteral("follow_up_hours"), hours);
    categories.replace(m_shown, c);
    m_root.insert(QStringLiteral("categories"), categories);
    if (QListWidgetItem* item = m_categories->item(m_shown))
        item->setText(m_name->text().trimmed());
}

void PlaybookEditor::showCatalog() {
    const QJsonArray catalog = m_root.value(QStringLiteral("catalog")).toArray();
    m_catalog->setRowCount(int(catalog.size()));
    for (int row = 0; row < catalog.size(); ++row) {
        const QJsonObject item = catalog.at(row).toObject();
        const QStringList cells{
            item.value(QStringLiteral("id")).toString(), item.value(QStringLiteral("name")).toString(),
            item.value(QStringLiteral("kind")).toString(), item.value(QStringLiteral("amount")).toString(),
            item.value(QStringLiteral("cost")).toString()};
        for (int col = 0; col < cells.size(); ++col)
            m_catalog->setItem(row, col, new QTableWidgetItem(cells[col]));
        m_catalog->item(row, Id)->setFlags(m_catalog->item(row, Id)->flags() & ~Qt::ItemIsEditable);
    }
}

// Names, kinds and amounts as typed; ids stay, since suggestions and past recoveries refer to them.
void PlaybookEditor::keepCatalog() {
    QJsonArray catalog = m_root.value(QStringLiteral("catalog")).toArray();
    for (int row = 0; row < m_catalog->rowCount() && row < catalog.size(); ++row) {
        QJsonObject item = catalog.at(row).toObject();
        item.insert(QStringLiteral("name"), m_catalog->item(row, Name)->text().trimmed());
        item.insert(QStringLiteral("kind"), m_catalog->item(row, Kind)->text().trimmed());
        for (const auto& [column, key] : {std::pair{int(Amount), QStringLiteral("amount")},
                                          std::pair{int(Cost), QStringLiteral("cost")}}) {
            const QString text = m_catalog->item(row, column)->text().trimmed();
            auto typed =
                Money::parseTyped(text, m_root.value(QStringLiteral("currency")).toString(), QLocale());
            if (text.isEmpty())
                item.remove(key);
            else
                item.insert(key, typed ? typed->toDecimalString() : text); // the loader names a bad one
        }
        catalog.replace(row, item);
    }
    m_root.insert(QStringLiteral("catalog"), catalog);
}

// A new category from the first one's suggestions and hours, named so that it stands out to be renamed.
void PlaybookEditor::addCategory() {
    keepCategory();
    QJsonArray categories = m_root.value(QStringLiteral("categories")).toArray();
    if (categories.isEmpty())
        return;
    QJsonObject c = categories.first().toObject();
    const QString name = tr("New category %1").arg(categories.size() + 1);
    QStringList ids;
    for (const QJsonValue& other : categories)
        ids << other.toObject().value(QStringLiteral("id")).toString();
    int n = int(categories.size()) + 1;
    while (ids.contains(QStringLiteral("category-%1").arg(n)))
        ++n; // one removed and one added since the last save must not share an id
    c.insert(QStringLiteral("id"), QStringLiteral("category-%1").arg(n));
    c.insert(QStringLiteral("name"), name);
    categories.append(c);
    m_root.insert(QStringLiteral("categories"), categories);
    m_categories->addItem(name);
    m_categories->setCurrentRow(m_categories->count() - 1);
    m_name->setFocus();
    m_name->selectAll();
}

void PlaybookEditor::removeCategory() {
    QJsonArray categories = m_root.value(QStringLiteral("categories")).toArray();
    const int row = m_categories->currentRow();
    if (row < 0 || row >= categories.size() || categories.size() == 1)
        return;
    categories.removeAt(row);
    m_root.insert(QStringLiteral("categories"), categories);
    m_shown = -1;
    delete m_categories->takeItem(row);
    showCategory(m_categories->currentRow());
}

QString PlaybookEditor::save() {
    keepCategory();
    keepCatalog();
    auto version = m_ctx.playbooks().edit(m_user, QJsonDocument(m_root).toJson(QJsonDocument::Indented));
    Theme::showOutcome(
        m_message, version.ok(),
        version ? tr("Saved: playbook version %1, in force from the next recovery.").arg(version.value())
                : tr("Not saved: %1").arg(version.error().message));
    if (version) {
        const int row = m_categories->currentRow();
        refresh();
        m_categories->setCurrentRow(std::min(row, m_categories->count() - 1));
    }
    return m_message->text();
}

} // namespace rebound
