// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "practice/PracticeRun.h"

#include "AppContext.h"
#include "domain/TimeFormat.h"
#include "playbook/Playbook.h"
#include "playbook/PlaybookText.h"
#include "practice/PracticeCoach.h"
#include "practice/PracticeResultDialog.h"
#include "practice/PracticeSandbox.h"
#include "practice/PracticeService.h"
#include "store/Database.h"
#include "wizard/RecoveryWizard.h"

#include <QMessageBox>

namespace rebound {

namespace {

std::optional<DrillStep> stepOf(int page) {
    switch (page) {
    case RecoveryWizard::Situation:
        return DrillStep::Situation;
    case RecoveryWizard::Apology:
        return DrillStep::Apology;
    case RecoveryWizard::Fix:
        return DrillStep::Fix;
    case RecoveryWizard::Compensation:
        return DrillStep::Compensation;
    case RecoveryWizard::FollowUp:
        return DrillStep::FollowUp;
    default:
        return std::nullopt;
    }
}

} // namespace

PracticeRun::PracticeRun(AppContext& real, const AuthenticatedEmployee& user, const Drill& drill,
                         const QStringList& blameWords, QObject* parent)
    : QObject(parent)
    , m_real(real)
    , m_user(user)
    , m_drill(drill)
    , m_blameWords(blameWords) {}

PracticeRun::~PracticeRun() = default;

PracticeRun* PracticeRun::start(AppContext& real, const AuthenticatedEmployee& user, const Drill& drill,
                                const QStringList& blameWords, QWidget* parent, QString* error) {
    auto box = PracticeSandbox::create(real.db(), drill);
    if (!box) {
        *error = box.error().message;
        return nullptr;
    }
    auto ctx = AppContext::open((*box)->path(), std::make_unique<BorrowedClock>(real.clock()));
    if (!ctx) {
        *error = ctx.error().message;
        return nullptr;
    }
    (*ctx)->markPractice();
    auto trainee = PracticeSandbox::trainee((*ctx)->db(), user.employee().code);
    if (!trainee) {
        *error = trainee.error().message;
        return nullptr;
    }
    auto* run = new PracticeRun(real, user, drill, blameWords, parent);
    run->m_sandbox = std::move(box).value();
    run->m_ctx = std::move(ctx).value();
    auto* wizard = new RecoveryWizard(*run->m_ctx, *trainee, parent);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    const Segment* segment = wizard->playbook().segment(drill.customer.segment);
    run->m_coach = new PracticeCoach(
        drill, segment ? PlaybookText::tr(segment->name) : drill.customer.segment.toString(), wizard);
    wizard->setPractice(run->m_coach);
    run->m_wizard = wizard;
    connect(wizard, &QWizard::currentIdChanged, run, &PracticeRun::stepReached);
    connect(wizard, &RecoveryWizard::recorded, run, &PracticeRun::recovered);
    // The sandbox outlives the wizard that writes to it, and goes right after.
    connect(wizard, &QObject::destroyed, run, &QObject::deleteLater);
    wizard->open();
    run->stepReached(wizard->currentId());
    return run;
}

void PracticeRun::stepReached(int page) {
    if (page == RecoveryWizard::FollowUp && !m_compensatedAt.isValid())
        m_compensatedAt = m_real.clock().nowUtc();
    const auto step = stepOf(page);
    if (!step || !m_coach)
        return;
    for (const PressureEvent& e : m_coach->reach(*step))
        m_pressure << pressureKindId(e.kind);
}

PracticeAttempt PracticeRun::attempt(qint64 incidentId) const {
    const RecoveryWizard& w = *m_wizard;
    PracticeAttempt a;
    Database& db = m_ctx->db();
    Query incident =
        db.query(QStringLiteral("SELECT i.apology, i.fix_notes, i.resolved, c.name FROM incidents i "
                                "JOIN customers c ON c.id = i.customer_id WHERE i.id = ?"));
    incident.bind(incidentId);
    if (incident.exec() && incident.next()) {
        a.apology = incident.text(0);
        a.fixNotes = incident.text(1);
        a.resolved = incident.integer(2) != 0;
        a.customerName = incident.text(3);
    }
    Query given = db.query(
        QStringLiteral("SELECT item, amount_minor, currency FROM compensations WHERE incident_id = ?"));
    given.bind(incidentId);
    if (given.exec()) {
        while (given.next())
            a.gestures.append({given.text(0), Money(given.integer(1), given.text(2))});
    }
    Query followUp =
        db.query(QStringLiteral("SELECT due_at, channel FROM follow_ups WHERE incident_id = ? ORDER BY id"));
    followUp.bind(incidentId);
    if (followUp.exec() && followUp.next()) {
        a.followUpDue = TimeFormat::fromStored(followUp.text(0));
        a.followUpChannel = channelFromId(followUp.text(1));
    }
    a.category = m_wizard->draft().category;
    a.severity = m_wizard->draft().severity;
    a.startedAt = w.startedAt();
    a.fixedAt = m_wizard->draft().fixedAt.value_or(QDateTime());
    a.compensatedAt = m_compensatedAt;
    a.recordedAt = w.saved() ? w.saved()->recoveredAt : m_real.clock().nowUtc();
    if (w.approver())
        a.approver = w.approver()->employee().code;
    a.pressureSeen = m_pressure;
    return a;
}

void PracticeRun::recovered(qint64 incidentId) {
    const PracticeAttempt a = attempt(incidentId);
    m_result = scoreDrill(m_drill, m_blameWords, m_wizard->playbook(), m_user.employee().role, a);
    auto kept = PracticeService(m_real.db(), m_real.clock()).record(m_user, m_drill, *m_result, a);
    if (!kept)
        QMessageBox::warning(m_wizard, tr("Practice"),
                             tr("The score could not be kept: %1").arg(kept.error().message));
    else
        Q_EMIT scored(*kept);
    auto* dialog = new PracticeResultDialog(m_drill, *m_result, m_wizard);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        const bool again = dialog->again();
        if (m_wizard)
            m_wizard->done(QDialog::Accepted);
        if (again)
            Q_EMIT againRequested(m_drill.id);
    });
    dialog->open();
}

} // namespace rebound
