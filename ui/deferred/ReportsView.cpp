// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deferred/ReportsView.h"

#include "AppContext.h"
#include "Theme.h"
#include "TimeText.h"
#include "domain/FollowUpOutcome.h"
#include "playbook/Playbook.h"
#include "playbook/PlaybookText.h"
#include "reports/AuditQuery.h"
#include "reports/LearningReports.h"
#include "reports/SupervisorReports.h"
#include "services/PreventionService.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QPercentBarSeries>
#include <QScatterSeries>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>
#include <numeric>

namespace rebound {

namespace {

QChart* newChart(const QString& title) {
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

// Colours that stay apart for every reader, colour-blind ones included (Okabe and Ito), then darker
// and lighter turns of them: no two series of a chart look alike.
QColor seriesColour(int i) {
    static const QColor base[] = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00),
                                  QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
                                  QColor(0xD5, 0x5E, 0x00), QColor(0x56, 0xB4, 0xE9),
                                  QColor(0x00, 0x00, 0x00), QColor(0xF0, 0xE4, 0x42)};
    const QColor c = base[i % 8];
    return i < 8 ? c : i < 16 ? c.darker(150) : c.lighter(150);
}

// Bars with one set per series name, categories along the bottom.
// colours: the sets' own when their meaning has one (green for good news), else the palette's.
QChart* barChart(const QString& title, const QStringList& categories,
                 const QList<std::pair<QString, QList<double>>>& sets, QAbstractBarSeries* series,
                 const QList<QColor>& colours = {}) {
    QChart* chart = newChart(title);
    for (const auto& [name, values] : sets) {
        auto* set = new QBarSet(name);
        const int i = int(series->count());
        set->setColor(i < colours.size() ? colours[i] : seriesColour(i));
        for (double v : values)
            *set << v;
        series->append(set);
    }
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    double top = 0;
    for (const auto& set : sets)
        top = std::accumulate(set.second.cbegin(), set.second.cend(), top,
                              [](double a, double b) { return std::max(a, b); });
    if (top <= 0)
        y->setRange(0, 1); // nothing above zero to scale to: an empty chart, not an axis of NaNs
    y->applyNiceNumbers();
    return chart;
}

// A row's key in words: the category, segment or gesture's name; an employee is named already.
QString outcomeLabel(const Playbook& pb, SupervisorReports::OutcomeBy by, const QString& key) {
    switch (by) {
    case SupervisorReports::OutcomeBy::Category:
        return PlaybookText::nameOf(pb, CategoryId(key));
    case SupervisorReports::OutcomeBy::Segment:
        return PlaybookText::nameOf(pb, SegmentId(key));
    case SupervisorReports::OutcomeBy::Gesture:
        if (const CatalogItem* item = pb.item(key))
            return PlaybookText::tr(item->name);
        return key;
    case SupervisorReports::OutcomeBy::Employee:
        return key;
    }
    return key;
}

// A group of customers in a word or two, for a chart's axis.
QString shortGroupName(ReturnRow::Group group) {
    switch (group) {
    case ReturnRow::Group::BlownAway:
        return ReportsView::tr("Blown away");
    case ReturnRow::Group::Satisfied:
        return ReportsView::tr("Satisfied");
    case ReturnRow::Group::NotSatisfied:
        return ReportsView::tr("Not satisfied");
    case ReturnRow::Group::NoVerdict:
        return ReportsView::tr("No verdict");
    case ReturnRow::Group::AllRecovered:
        return ReportsView::tr("All recovered");
    case ReturnRow::Group::NeverFailed:
        return ReportsView::tr("Never let down");
    }
    return {};
}

QString percent(double share) {
    return QStringLiteral("%1 %").arg(share * 100.0, 0, 'f', 0);
}

} // namespace

ReportsView::ReportsView(AppContext& ctx, QWidget* parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_reports(new QListWidget(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_spendBy(new QComboBox(this))
    , m_outcomeBy(new QComboBox(this))
    , m_site(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_chart(new QChartView(this))
    , m_table(new QTableWidget(this)) {
    setObjectName(QStringLiteral("reportsView"));
    m_reports->setObjectName(QStringLiteral("reportList"));
    m_reports->addItems({tr("Combustion points"), tr("Spend"), tr("Time to the counter's part done"),
                         tr("Satisfaction at the counter"), tr("Found by staff first"),
                         tr("After the follow-up"), tr("Categories, most first (Pareto)"),
                         tr("Did they come back?"), tr("Recovery economics"), tr("Recognitions")});
    m_reports->setMaximumWidth(230);
    const QDate today = ctx.clock().nowUtc().toLocalTime().date();
    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_to->setObjectName(QStringLiteral("reportTo"));
    m_from->setDate(today.addDays(-90));
    m_to->setDate(today);
    m_spendBy->setObjectName(QStringLiteral("spendBy"));
    m_spendBy->addItems({tr("by employee"), tr("by category"), tr("by month")});
    m_outcomeBy->setObjectName(QStringLiteral("outcomeBy"));
    m_outcomeBy->addItems({tr("by category"), tr("by segment"), tr("by gesture"), tr("by employee")});
    m_site->setObjectName(QStringLiteral("reportSite"));
    m_site->setAccessibleName(tr("Site"));
    m_site->setVisible(false);
    fillSites();
    m_note->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("reportNote"));
    m_chart->setObjectName(QStringLiteral("reportChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(300);
    m_table->setObjectName(QStringLiteral("reportTable"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);

    auto* range = new QHBoxLayout;
    range->addWidget(new QLabel(tr("From"), this));
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("to"), this));
    range->addWidget(m_to);
    range->addWidget(m_spendBy);
    range->addWidget(m_outcomeBy);
    range->addWidget(m_site);
    range->addStretch(1);
    auto* right = new QVBoxLayout;
    right->addLayout(range);
    right->addWidget(m_note);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_chart);
    split->addWidget(m_table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    right->addWidget(split, 1);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_reports);
    layout->addLayout(right, 1);

    connect(m_reports, &QListWidget::currentRowChanged, this, &ReportsView::refresh);
    connect(m_from, &QDateEdit::dateChanged, this, &ReportsView::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &ReportsView::refresh);
    connect(m_spendBy, &QComboBox::currentIndexChanged, this, &ReportsView::refresh);
    connect(m_outcomeBy, &QComboBox::currentIndexChanged, this, &ReportsView::refresh);
    connect(m_site, &QComboBox::currentIndexChanged, this, &ReportsView::refresh);
}

void ReportsView::show(Report report) {
    fillSites();
    m_reports->setCurrentRow(int(report));
    refresh();
}

// "All sites", the sites side by side, then each site that has written; shown only when there are several.
void ReportsView::fillSites() {
    const QVariant chosen = m_site->currentData();
    const QSignalBlocker quiet(m_site);
    m_site->clear();
    m_site->addItem(tr("All sites"));
    m_site->addItem(tr("Sites side by side"), SideBySide);
    m_sites.clear();
    if (auto sites = AuditQuery(m_ctx.db()).sites())
        m_sites = sites.value();
    for (const QString& name : std::as_const(m_sites))
        m_site->addItem(name, name);
    m_site->setCurrentIndex(std::max(0, m_site->findData(chosen)));
}

QString ReportsView::site() const {
    return m_site->currentIndex() > 1 ? m_site->currentData().toString() : QString();
}

bool ReportsView::sideBySide() const {
    return m_site->currentIndex() == 1;
}

SupervisorReports ReportsView::supervisorReports(const QString& site) const {
    return SupervisorReports(m_ctx.db(), m_ctx.clock(), site);
}

SupervisorReports ReportsView::supervisorReports() const {
    return supervisorReports(site());
}

void ReportsView::refresh() {
    const int report = std::max(0, m_reports->currentRow());
    m_spendBy->setVisible(report == Spend);
    m_outcomeBy->setVisible(report == AfterFollowUp);
    m_from->setEnabled(report != Combustion);
    m_to->setEnabled(report != Combustion);
    // The learning loop's reports follow customers and people across sites: they are not split by site.
    const bool perSite = report < ReturnVisits;
    m_site->setVisible(perSite && m_sites.size() > 1);
    m_note->clear();
    if (perSite && sideBySide()) {
        compareSites(Report(report));
        return;
    }
    switch (Report(report)) {
    case Combustion:
        combustion();
        break;
    case Spend:
        spend();
        break;
    case RecoveryTime:
        recoveryTime();
        break;
    case Satisfaction:
        satisfaction();
        break;
    case Proactive:
        proactive();
        break;
    case AfterFollowUp:
        afterFollowUp();
        break;
    case Pareto:
        pareto();
        break;
    case ReturnVisits:
        returnVisits();
        break;
    case Economics:
        economics();
        break;
    case Recognitions:
        recognitions();
        break;
    }
}

void ReportsView::replaceChart(QChart* chart) {
    // QChartView does not own the chart it stops showing.
    QChart* old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

void ReportsView::setTable(const QStringList& headers, const QList<QStringList>& rows) {
    m_table->clear();
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows[r].size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(rows[r][c]));
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
}

void ReportsView::combustion() {
    auto rows = supervisorReports().combustionPoints();
    auto pb = m_ctx.playbooks().current();
    if (!rows || !pb) {
        m_note->setText(!rows ? rows.error().message : pb.error().message);
        return;
    }
    const QDate today = m_ctx.clock().nowUtc().toLocalTime().date();
    const QDate thisWeek = today.addDays(1 - today.dayOfWeek());
    QStringList weeks;
    for (int w = SupervisorReports::CombustionWeeks - 1; w >= 0; --w)
        weeks << QLocale().toString(thisWeek.addDays(-7 * w), QStringLiteral("d MMM"));
    QChart* chart = newChart(tr("Recoveries per category, week by week (weeks start on Monday)"));
    auto* x = new QBarCategoryAxis;
    x->append(weeks);
    chart->addAxis(x, Qt::AlignBottom);
    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(y, Qt::AlignLeft);
    // Lines need a value axis along x; the category axis above only labels the weeks.
    auto* weekIndex = new QValueAxis;
    weekIndex->setRange(0, SupervisorReports::CombustionWeeks - 1);
    weekIndex->setVisible(false);
    chart->addAxis(weekIndex, Qt::AlignBottom);
    QList<QStringList> table;
    QStringList signalled;
    const QHash<QString, QString> actions = actionsByCategory();
    int top = 1;
    // Every week that signalled, this one or earlier, marked on its line.
    auto* signals = new QScatterSeries;
    signals->setName(tr("Signal (beyond 3σ, or 8 weeks above the mean)"));
    signals->setColor(Theme::late());
    signals->setMarkerSize(13);
    for (const CombustionRow& row : rows.value()) {
        const QString name = PlaybookText::nameOf(*pb->playbook, row.category);
        const ControlPoint& now = row.control.last();
        const QString why = now.beyond ? tr("beyond 3σ (limit %1)").arg(now.limit, 0, 'f', 1)
                            : now.run  ? tr("8 weeks in a row above the mean")
                                       : QString();
        auto* line = new QLineSeries;
        line->setName(row.signal() ? tr("%1 ▲ %2").arg(name, why) : name);
        QStringList cells{name};
        for (int w = 0; w < row.weekly.size(); ++w) {
            line->append(w, row.weekly[w]);
            cells << QString::number(row.weekly[w]);
            top = std::max(top, row.weekly[w]);
            if (row.control[w].signal())
                signals->append(w, row.weekly[w]);
        }
        const QString none = QStringLiteral("—");
        cells << (now.judged ? QLocale().toString(now.mean, 'f', 1) : none)
              << (now.judged ? QLocale().toString(now.limit, 'f', 1) : none)
              << (now.judged ? why : tr("not judged: less than 12 weeks of history"))
              << actions.value(row.category.toString(), none);
        chart->addSeries(line);
        // After addSeries, which would apply the theme's own colours; a signalling one is also wider.
        QPen pen = line->pen();
        pen.setColor(seriesColour(int(table.size())));
        pen.setWidth(row.signal() ? 5 : 2);
        line->setPen(pen);
        if (row.signal())
            signalled << tr("%1 (%2)").arg(name, why);
        line->attachAxis(weekIndex);
        line->attachAxis(y);
        table << cells;
    }
    chart->addSeries(signals);
    signals->attachAxis(weekIndex);
    signals->attachAxis(y);
    y->setRange(0, top + 1); // after attaching: counts start at zero
    y->applyNiceNumbers();
    replaceChart(chart);
    setTable(QStringList{tr("Category")} + weeks +
                 QStringList{tr("Mean of the 12 weeks before"), tr("Limit (3σ)"), tr("Signal"),
                             tr("Prevention: 4 weeks before → after")},
             table);
    const bool judged = std::any_of(rows->cbegin(), rows->cend(),
                                    [](const CombustionRow& r) { return r.control.last().judged; });
    // The actions taken, under the verdict: did the category calm down after them?
    QStringList prevention;
    for (const CombustionRow& row : rows.value()) {
        if (actions.contains(row.category.toString()))
            prevention << tr("%1: %2").arg(PlaybookText::nameOf(*pb->playbook, row.category),
                                           actions.value(row.category.toString()));
    }
    const QString taken =
        prevention.isEmpty()
            ? QString()
            : QStringLiteral("<br>") +
                  tr("<b>Prevention actions</b> (recoveries in the 4 weeks before → after): %1")
                      .arg(prevention.join(QStringLiteral("; ")).toHtmlEscaped());
    const QString verdict =
        !judged ? tr("Not judged yet: each week is set against the 12 weeks before it, so combustion points "
                     "show once 12 weeks of history are recorded.")
        : signalled.isEmpty()
            ? tr("No category signals this week: every count is within its c-chart's limit.")
            : tr("<b>Combustion points this week:</b> %1. Each week is set against the mean of the "
                 "12 weeks before it; a count beyond 3σ (√mean) or 8 weeks in a row above the mean "
                 "is a signal, not noise.")
                  .arg(signalled.join(QStringLiteral("; ")).toHtmlEscaped());
    m_note->setText(verdict + taken);
}

// The vital few: categories by recoveries in the range, most first, with the cumulative share.
void ReportsView::pareto() {
    auto pb = m_ctx.playbooks().current();
    auto rows = supervisorReports().pareto(m_from->date(), m_to->date());
    if (!rows || !pb) {
        m_note->setText(!rows ? rows.error().message : pb.error().message);
        return;
    }
    QStringList labels;
    auto* counts = new QBarSet(tr("Recoveries"));
    auto* cumulative = new QLineSeries;
    cumulative->setName(tr("Cumulative share"));
    QList<QStringList> table;
    qint64 top = 1;
    QStringList vitalFew;
    for (int i = 0; i < rows->size(); ++i) {
        const ParetoRow& r = rows->at(i);
        const QString name = PlaybookText::nameOf(*pb->playbook, r.category);
        labels << name;
        *counts << double(r.count);
        cumulative->append(i, r.cumulativeShare * 100.0);
        top = std::max(top, r.count);
        table << QStringList{name, QString::number(r.count), percent(r.cumulativeShare)};
        if (vitalFew.isEmpty() || rows->at(i - 1).cumulativeShare < 0.8)
            vitalFew << name;
    }
    QChart* chart = newChart(tr("Recoveries per category, most first, and the cumulative share"));
    auto* bars = new QBarSeries;
    bars->append(counts);
    chart->addSeries(bars);
    chart->addSeries(cumulative);
    auto* x = new QBarCategoryAxis;
    x->append(labels);
    chart->addAxis(x, Qt::AlignBottom);
    auto* y = new QValueAxis;
    y->setRange(0, double(top));
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->applyNiceNumbers();
    chart->addAxis(y, Qt::AlignLeft);
    auto* share = new QValueAxis;
    share->setRange(0, 100);
    share->setLabelFormat(QStringLiteral("%.0f %%"));
    chart->addAxis(share, Qt::AlignRight);
    auto* index = new QValueAxis;
    index->setRange(-0.5, std::max<qsizetype>(1, rows->size()) - 0.5);
    index->setVisible(false);
    chart->addAxis(index, Qt::AlignBottom);
    bars->attachAxis(x);
    bars->attachAxis(y);
    cumulative->attachAxis(index);
    cumulative->attachAxis(share);
    QPen pen = cumulative->pen();
    pen.setColor(Theme::late());
    pen.setWidth(3);
    cumulative->setPen(pen);
    replaceChart(chart);
    setTable({tr("Category"), tr("Recoveries"), tr("Cumulative share")}, table);
    m_note->setText(rows->isEmpty()
                        ? tr("No recoveries in this period.")
                        : tr("<b>The vital few:</b> %1 — about 80 % of the recoveries in the period.")
                              .arg(vitalFew.join(QStringLiteral(", ")).toHtmlEscaped()));
}

void ReportsView::spend() {
    auto pb = m_ctx.playbooks().current();
    if (!pb)
        return;
    const auto by = SupervisorReports::SpendBy(m_spendBy->currentIndex());
    auto rows = supervisorReports().spend(by, m_from->date(), m_to->date(), pb->playbook->currency());
    if (!rows) {
        m_note->setText(rows.error().message);
        return;
    }
    double scale = 1;
    for (int i = 0; i < Money::decimalsOf(pb->playbook->currency()); ++i)
        scale *= 10;
    QStringList labels;
    QList<double> given;
    QList<double> cost;
    QList<QStringList> table;
    Money total(0, pb->playbook->currency());
    for (const SpendRow& r : rows.value()) {
        const QString label = by == SupervisorReports::SpendBy::Category
                                  ? PlaybookText::nameOf(*pb->playbook, CategoryId(r.label))
                                  : r.label;
        labels << label;
        given << double(r.total.minor()) / scale;
        cost << double(r.cost.minor()) / scale;
        table << QStringList{label, QString::number(r.recoveries), r.total.toDisplayString(),
                             r.cost.toDisplayString()};
        total += r.total;
    }
    replaceChart(barChart(tr("Given and what it cost, %1").arg(m_spendBy->currentText()), labels,
                          {{tr("Given"), given}, {tr("Cost to the business"), cost}}, new QBarSeries));
    setTable({tr("Who / what / when"), tr("Recoveries"), tr("Given"), tr("Cost")}, table);
    m_note->setText(tr("Total given in the period: <b>%1</b>").arg(total.toDisplayString()));
}

void ReportsView::recoveryTime() {
    auto pb = m_ctx.playbooks().current();
    if (!pb)
        return;
    QList<std::pair<SeverityId, int>> targets;
    for (const Severity& s : pb->playbook->severities())
        targets.append({s.id, s.targetMinutes});
    auto rows = supervisorReports().recoveryTimes(m_from->date(), m_to->date(), targets);
    if (!rows) {
        m_note->setText(rows.error().message);
        return;
    }
    QStringList labels;
    QList<double> median;
    QList<double> p90;
    QList<double> target;
    QList<QStringList> table;
    for (int i = 0; i < rows->size(); ++i) {
        const RecoveryTimeRow& r = rows->at(i);
        labels << PlaybookText::nameOf(*pb->playbook, r.severity);
        median << r.medianMinutes;
        p90 << r.p90Minutes;
        target << double(targets[i].second);
        table << QStringList{labels.last(),
                             QString::number(r.count),
                             QString::number(r.medianMinutes, 'f', 0),
                             QString::number(r.p90Minutes, 'f', 0),
                             QString::number(targets[i].second),
                             percent(r.withinTarget)};
    }
    replaceChart(barChart(tr("Minutes from opening to the scheduled follow-up"), labels,
                          {{tr("Median"), median}, {tr("90th percentile"), p90}, {tr("Target"), target}},
                          new QBarSeries));
    setTable({tr("Severity"), tr("Recoveries"), tr("Median (min)"), tr("90th percentile (min)"),
              tr("Target (min)"), tr("Within target")},
             table);
}

void ReportsView::satisfaction() {
    auto pb = m_ctx.playbooks().current();
    auto rows = supervisorReports().satisfaction(m_from->date(), m_to->date());
    if (!rows || !pb) {
        m_note->setText(!rows ? rows.error().message : pb.error().message);
        return;
    }
    QStringList labels;
    QList<std::pair<QString, QList<double>>> sets;
    for (int score = 1; score <= 5; ++score)
        sets.append({tr("%1 of 5").arg(score), {}});
    QList<QStringList> table;
    for (const SatisfactionRow& r : rows.value()) {
        labels << PlaybookText::nameOf(*pb->playbook, r.category);
        QStringList cells{labels.last(), QString::number(r.total()), QString::number(r.average(), 'f', 2)};
        for (int score = 0; score < 5; ++score) {
            sets[score].second << double(r.counts[std::size_t(score)]);
            cells << QString::number(r.counts[std::size_t(score)]);
        }
        table << cells;
    }
    replaceChart(
        barChart(tr("How satisfied customers left, per category"), labels, sets, new QPercentBarSeries));
    setTable({tr("Category"), tr("Answers"), tr("Average"), tr("1"), tr("2"), tr("3"), tr("4"), tr("5")},
             table);
}

void ReportsView::proactive() {
    auto rows = supervisorReports().proactive(m_from->date(), m_to->date());
    if (!rows) {
        m_note->setText(rows.error().message);
        return;
    }
    QStringList labels;
    QList<double> staff;
    QList<double> customers;
    QList<QStringList> table;
    qint64 all = 0;
    qint64 byStaff = 0;
    for (const ProactiveRow& r : rows.value()) {
        labels << r.month;
        staff << double(r.byStaff);
        customers << double(r.total - r.byStaff);
        table << QStringList{r.month, QString::number(r.total), QString::number(r.byStaff),
                             percent(r.total ? double(r.byStaff) / double(r.total) : 0)};
        all += r.total;
        byStaff += r.byStaff;
    }
    replaceChart(barChart(tr("Who noticed first"), labels,
                          {{tr("Staff, before a complaint"), staff}, {tr("The customer"), customers}},
                          new QStackedBarSeries));
    setTable({tr("Month"), tr("Recoveries"), tr("Found by staff"), tr("Share")}, table);
    m_note->setText(
        tr("Found by staff before the customer complained: <b>%1</b> of all recoveries in the period.")
            .arg(percent(all ? double(byStaff) / double(all) : 0)));
}

// "Did we blow you away?": the verdicts heard at the follow-ups, per category, and who was not reached.
void ReportsView::afterFollowUp() {
    auto pb = m_ctx.playbooks().current();
    const auto by = SupervisorReports::OutcomeBy(m_outcomeBy->currentIndex());
    auto rows = supervisorReports().followUpOutcomes(m_from->date(), m_to->date(), by);
    if (!rows || !pb) {
        m_note->setText(!rows ? rows.error().message : pb.error().message);
        return;
    }
    QStringList labels;
    QList<std::pair<QString, QList<double>>> sets;
    for (Verdict v : {Verdict::BlownAway, Verdict::Satisfied, Verdict::NotSatisfied})
        sets.append({verdictName(v), {}});
    QList<QStringList> table;
    qint64 reached = 0, blownAway = 0;
    for (const FollowUpOutcomeRow& r : rows.value()) {
        labels << outcomeLabel(*pb->playbook, by, r.key);
        QStringList cells{labels.last(), QString::number(r.reached), QString::number(r.notReachedTries),
                          r.reached ? QString::number(r.averageSatisfaction, 'f', 2) : QString()};
        for (std::size_t v = 0; v < 3; ++v) {
            sets[qsizetype(v)].second << double(r.verdicts[v]);
            cells << QString::number(r.verdicts[v]);
        }
        reached += r.reached;
        blownAway += r.verdicts[0];
        table << cells;
    }
    replaceChart(barChart(tr("What the follow-ups heard, %1").arg(m_outcomeBy->currentText()), labels, sets,
                          new QPercentBarSeries, {Theme::ok(), QColor(0x56, 0xB4, 0xE9), Theme::late()}));
    setTable({m_outcomeBy->currentText(), tr("Reached"), tr("Tries not reached"), tr("Satisfaction then"),
              verdictName(Verdict::BlownAway), verdictName(Verdict::Satisfied),
              verdictName(Verdict::NotSatisfied)},
             table);
    m_note->setText(reached == 0 ? tr("No follow-up was done in the period.")
                                 : tr("<b>Blown away:</b> %1 of %2 customers reached (%3).")
                                       .arg(blownAway)
                                       .arg(reached)
                                       .arg(percent(double(blownAway) / double(reached))));
}

QHash<QString, QString> ReportsView::actionsByCategory() {
    QHash<QString, QString> out;
    auto actions = PreventionService(m_ctx.db(), m_ctx.clock(), m_ctx.playbooks()).actions(false);
    if (!actions)
        return out;
    auto impact = LearningReports(m_ctx.db(), m_ctx.clock()).preventionImpact(actions.value());
    if (!impact)
        return out;
    for (const ActionImpactRow& r : impact.value()) {
        const PreventionAction& a = r.action;
        // "#3 done 12 Oct: 14 → 5 in 28 days", "#4 open: 9 before"
        const QString line =
            r.after
                ? tr("#%1 done %2: %3 → %4 in %5 days")
                      .arg(a.id)
                      .arg(QLocale().toString(a.closedAt.toLocalTime().date(), QStringLiteral("d MMM")))
                      .arg(r.before)
                      .arg(*r.after)
                      .arg(r.afterDays)
                : tr("#%1 %2: %3 before").arg(a.id).arg(actionStatusName(a.status).toLower()).arg(r.before);
        QString& cell = out[a.category.toString()];
        cell = cell.isEmpty() ? line : cell + QStringLiteral("; ") + line;
    }
    return out;
}

// Did the recovery win the customer back: returns within 30 and 90 days by the follow-up's verdict,
// next to customers who were never let down.
void ReportsView::returnVisits() {
    auto rows = LearningReports(m_ctx.db(), m_ctx.clock()).returnVisits(m_from->date(), m_to->date());
    if (!rows) {
        m_note->setText(rows.error().message);
        return;
    }
    QStringList labels;
    QList<double> within30, within90;
    QList<QStringList> table;
    const auto shown = [](std::optional<double> share, qint64 back, qint64 eligible) {
        return share ? tr("%1 (%2 of %3)").arg(percent(*share)).arg(back).arg(eligible) : QStringLiteral("—");
    };
    for (const ReturnRow& r : rows.value()) {
        const QString name = returnGroupName(r.group);
        labels << shortGroupName(r.group);
        within30 << r.share30().value_or(0) * 100.0;
        within90 << r.share90().value_or(0) * 100.0;
        table << QStringList{name, QString::number(r.customers), shown(r.share30(), r.back30, r.eligible30),
                             shown(r.share90(), r.back90, r.eligible90)};
    }
    QChart* chart =
        barChart(tr("Customers back within 30 and 90 days (%)"), labels,
                 {{tr("within 30 days"), within30}, {tr("within 90 days"), within90}}, new QBarSeries);
    replaceChart(chart);
    setTable({tr("Customers"), tr("How many"), tr("Back within 30 days"), tr("Back within 90 days")}, table);
    m_note->setText(
        tr("Each customer once, from their first recovery in the range, by what the follow-up heard; "
           "a visit marked “Customer is back”, or another recovery at least 12 hours later, is a "
           "return. Customers never let down count from their first recorded visit. A share counts "
           "only customers whose 30 or 90 days are over."));
}

// What recoveries cost against what the customers are worth, and how fast the counter recovers them.
void ReportsView::economics() {
    auto pb = m_ctx.playbooks().current();
    if (!pb) {
        m_note->setText(pb.error().message);
        return;
    }
    const Playbook& playbook = *pb->playbook;
    auto rows = LearningReports(m_ctx.db(), m_ctx.clock())
                    .economics(m_from->date(), m_to->date(), playbook.currency());
    if (!rows) {
        m_note->setText(rows.error().message);
        return;
    }
    const QString none = QStringLiteral("—");
    // Amounts in the playbook's currency, as numbers of its units for the chart, and without the currency
    // (which the note names) in the table, so the columns stay narrow.
    const int decimals = Money::decimalsOf(playbook.currency());
    const auto units = [&](const std::optional<Money>& m) {
        return m ? double(m->minor()) / std::pow(10.0, decimals) : 0.0;
    };
    const auto money = [&](const std::optional<Money>& m) {
        return m ? QLocale().toString(units(m), 'f', decimals) : none;
    };
    QStringList labels;
    QList<double> perRecovery, perReturning;
    QList<QStringList> table;
    for (const EconomicsRow& r : rows.value()) {
        const QString name =
            r.segment.isEmpty() ? tr("All segments") : PlaybookText::nameOf(playbook, r.segment);
        if (!r.segment.isEmpty()) {
            labels << name;
            perRecovery << units(r.costPerRecovery());
            perReturning << units(r.costPerReturning());
        }
        table << QStringList{name,
                             QString::number(r.recoveries),
                             QString::number(r.customers),
                             money(r.given),
                             money(r.cost),
                             money(r.costPerRecovery()),
                             QString::number(r.returning),
                             money(r.costPerReturning()),
                             money(r.averageLifetimeValue()),
                             r.costShareOfValue()
                                 ? QLocale().toString(*r.costShareOfValue() * 100.0, 'f', 2) +
                                       QStringLiteral(" %")
                                 : none,
                             tr("%1 / %2").arg(TimeText::duration(qint64(r.p50Minutes * 60)),
                                               TimeText::duration(qint64(r.p90Minutes * 60)))};
    }
    replaceChart(
        barChart(tr("What recoveries cost the business, per segment (%1)").arg(playbook.currency()), labels,
                 {{tr("per recovery"), perRecovery}, {tr("per customer who came back"), perReturning}},
                 new QBarSeries));
    setTable({tr("Segment"), tr("Recoveries"), tr("Customers"), tr("Given"), tr("Cost"), tr("Per recovery"),
              tr("Back in 90 days"), tr("Per returning customer"), tr("Average lifetime value"),
              tr("Cost / value"), tr("To recover, p50 / p90")},
             table);
    m_note->setText(
        tr("Amounts in %1. Given is the gestures' face value; cost is what they cost the business, "
           "per recovery and per customer back within 90 days. Lifetime value is what a customer had "
           "spent when first recorded, where known; cost / value sets the cost per customer against "
           "it. Time to recover runs from the moment of failure to the counter's part done.")
            .arg(playbook.currency()));
}

// Approved stories naming each employee, next to the recoveries they opened: recognition is not only
// for the most visible staff.
void ReportsView::recognitions() {
    auto rows = LearningReports(m_ctx.db(), m_ctx.clock()).recognitions(m_from->date(), m_to->date());
    if (!rows) {
        m_note->setText(rows.error().message);
        return;
    }
    QStringList labels;
    QList<double> counts;
    QList<QStringList> table;
    for (const RoleRecognitionRow& r : LearningReports::byRole(rows.value()))
        table << QStringList{rolePluralName(r.role),
                             QString(),
                             tr("%1 of %2 recognised").arg(r.recognized).arg(r.employees),
                             QString::number(r.recognitions),
                             QString::number(r.recoveries),
                             QString()};
    QStringList unrecognised;
    for (const RecognitionRow& r : rows.value()) {
        if (r.recognitions > 0 || labels.size() < 12) {
            labels << r.name;
            counts << double(r.recognitions);
        }
        if (r.recognitions == 0 && r.recoveries > 0)
            unrecognised << r.name;
        table << QStringList{r.name,
                             r.code,
                             roleName(r.role),
                             QString::number(r.recognitions),
                             QString::number(r.recoveries),
                             QString::number(r.nominated)};
    }
    replaceChart(barChart(tr("Approved stories naming each employee"), labels, {{tr("Recognitions"), counts}},
                          new QBarSeries, {Theme::ok()}));
    setTable({tr("Employee"), tr("Code"), tr("Role"), tr("Recognitions"), tr("Recoveries opened"),
              tr("Stories nominated")},
             table);
    m_note->setText(
        unrecognised.isEmpty()
            ? tr("Everyone who opened a recovery in the range is recognised in a story.")
            : tr("Opened recoveries but not yet recognised: %1. A story of theirs may be waiting to "
                 "be told.")
                  .arg(QLocale().createSeparatedList(unrecognised)));
}

QString ReportsView::siteFigureName(Report report) const {
    switch (report) {
    case Combustion:
        return tr("Recoveries in the last %1 weeks (▲ signals this week)")
            .arg(SupervisorReports::CombustionWeeks);
    case Spend:
        return tr("Given, %1").arg(m_spendBy->currentText());
    case RecoveryTime:
        return tr("Median minutes from opening to the scheduled follow-up");
    case Satisfaction:
        return tr("Average satisfaction at the counter (1–5)");
    case Proactive:
        return tr("Share found by staff first (%)");
    case AfterFollowUp:
        return tr("Share blown away of the customers reached (%), %1").arg(m_outcomeBy->currentText());
    case Pareto:
        return tr("Recoveries per category");
    case ReturnVisits:
    case Economics:
    case Recognitions:
        break;
    }
    return {};
}

Result<QList<std::pair<QString, double>>> ReportsView::siteFigures(Report report, const QString& site) {
    auto pb = m_ctx.playbooks().current();
    if (!pb)
        return pb.error();
    const Playbook& playbook = *pb->playbook;
    SupervisorReports reports = supervisorReports(site);
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    QList<std::pair<QString, double>> out;
    switch (report) {
    case Combustion: {
        auto rows = reports.combustionPoints();
        if (!rows)
            return rows.error();
        for (const CombustionRow& r : rows.value()) {
            const QString name = PlaybookText::nameOf(playbook, r.category);
            out.append({r.signal() ? name + QStringLiteral(" ▲") : name,
                        double(std::accumulate(r.weekly.cbegin(), r.weekly.cend(), 0))});
        }
        break;
    }
    case Spend: {
        const auto by = SupervisorReports::SpendBy(m_spendBy->currentIndex());
        auto rows = reports.spend(by, from, to, playbook.currency());
        if (!rows)
            return rows.error();
        const double scale = std::pow(10.0, Money::decimalsOf(playbook.currency()));
        for (const SpendRow& r : rows.value())
            out.append({by == SupervisorReports::SpendBy::Category
                            ? PlaybookText::nameOf(playbook, CategoryId(r.label))
                            : r.label,
                        double(r.total.minor()) / scale});
        break;
    }
    case RecoveryTime: {
        QList<std::pair<SeverityId, int>> targets;
        for (const Severity& s : playbook.severities())
            targets.append({s.id, s.targetMinutes});
        auto rows = reports.recoveryTimes(from, to, targets);
        if (!rows)
            return rows.error();
        for (const RecoveryTimeRow& r : rows.value())
            out.append({PlaybookText::nameOf(playbook, r.severity), r.medianMinutes});
        break;
    }
    case Satisfaction: {
        auto rows = reports.satisfaction(from, to);
        if (!rows)
            return rows.error();
        for (const SatisfactionRow& r : rows.value())
            out.append({PlaybookText::nameOf(playbook, r.category), r.average()});
        break;
    }
    case Proactive: {
        auto rows = reports.proactive(from, to);
        if (!rows)
            return rows.error();
        for (const ProactiveRow& r : rows.value())
            out.append({r.month, r.total ? 100.0 * double(r.byStaff) / double(r.total) : 0.0});
        break;
    }
    case AfterFollowUp: {
        const auto by = SupervisorReports::OutcomeBy(m_outcomeBy->currentIndex());
        auto rows = reports.followUpOutcomes(from, to, by);
        if (!rows)
            return rows.error();
        for (const FollowUpOutcomeRow& r : rows.value())
            out.append({outcomeLabel(playbook, by, r.key),
                        r.reached ? 100.0 * double(r.verdicts[0]) / double(r.reached) : 0.0});
        break;
    }
    case Pareto: {
        auto rows = reports.pareto(from, to);
        if (!rows)
            return rows.error();
        for (const ParetoRow& r : rows.value())
            out.append({PlaybookText::nameOf(playbook, r.category), double(r.count)});
        break;
    }
    case ReturnVisits:
    case Economics:
    case Recognitions:
        break;
    }
    return out;
}

// The head office's view: the same report at every site, one bar set per site, rows in the order they
// first appear (the busiest site's order for the Pareto).
void ReportsView::compareSites(Report report) {
    QStringList labels;
    QHash<QString, QHash<QString, double>> bySite; // site -> label -> figure
    for (const QString& site : std::as_const(m_sites)) {
        auto figures = siteFigures(report, site);
        if (!figures) {
            m_note->setText(figures.error().message);
            return;
        }
        for (const auto& [label, value] : figures.value()) {
            // A category that signals at one site only keeps one row; its mark shows in that site's cell.
            const QString row = label.endsWith(QStringLiteral(" ▲")) ? label.chopped(2) : label;
            if (!labels.contains(row))
                labels << row;
            bySite[site][label == row ? row : row + QStringLiteral(" ▲")] = value;
        }
    }
    if (report == Proactive)
        labels.sort();
    QList<std::pair<QString, QList<double>>> sets;
    QList<QStringList> table;
    for (const QString& label : std::as_const(labels))
        table << QStringList{label};
    const int decimals = report == Satisfaction ? 2 : report == Spend ? 2 : 0;
    for (const QString& site : std::as_const(m_sites)) {
        QList<double> values;
        const auto& figures = bySite.value(site);
        for (int i = 0; i < labels.size(); ++i) {
            const QString signalled = labels[i] + QStringLiteral(" ▲");
            const bool marked = figures.contains(signalled);
            const auto found = marked ? figures.constFind(signalled) : figures.constFind(labels[i]);
            const bool has = found != figures.cend();
            values << (has ? found.value() : 0.0);
            table[i] << (has ? QLocale().toString(found.value(), 'f', decimals) +
                                   (marked ? QStringLiteral(" ▲") : QString())
                             : QStringLiteral("—"));
        }
        sets.append({site, values});
    }
    const QString figure = siteFigureName(report);
    replaceChart(barChart(figure, labels, sets, new QBarSeries));
    const QString rows = report == Spend           ? tr("Who / what / when")
                         : report == RecoveryTime  ? tr("Severity")
                         : report == Proactive     ? tr("Month")
                         : report == AfterFollowUp ? m_outcomeBy->currentText()
                                                   : tr("Category");
    setTable(QStringList{rows} + m_sites, table);
    m_note->setText(tr("<b>Sites side by side:</b> %1. Each site counts the recoveries opened there, with "
                       "their gestures and follow-ups; “—” where a site has none.")
                        .arg(figure.toHtmlEscaped()));
}

} // namespace rebound
