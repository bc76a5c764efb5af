// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Customer.h"
#include "domain/Employee.h"
#include "record/DraftStore.h"
#include "reports/FrontDesk.h"
#include "services/RecoveryDraft.h"
#include "services/RecoveryService.h"

#include <QDateTime>
#include <QWizard>

#include <memory>
#include <optional>

class QLabel;
class QTimer;

namespace rebound {

class AppContext;
class Playbook;

// apologize → fix → compensate → follow up. The wizard owns the draft; pages fill it in;
// core services check and commit it. Nothing typed is lost: the draft is kept on disk as it is typed
// (DraftStore) until saved or discarded on purpose, and closing a filled-in wizard asks first.
class RecoveryWizard final : public QWizard {
    Q_OBJECT
public:
    enum PageId { Situation, Apology, Fix, Compensation, FollowUp, Summary };

    // resume: a kept draft to take up where it was left.
    RecoveryWizard(AppContext& ctx, const AuthenticatedEmployee& user, QWidget* parent = nullptr,
                   std::optional<SavedDraft> resume = std::nullopt);
    ~RecoveryWizard() override;

    AppContext& context() { return m_ctx; }
    const AuthenticatedEmployee& user() const { return m_user; }
    const Playbook& playbook() const { return *m_playbook; }
    RecoveryDraft& draft() { return m_draft; }
    // The returning customer picked on the first page, if any.
    const std::optional<Customer>& customer() const { return m_customer; }
    void setCustomer(std::optional<Customer> customer) { m_customer = std::move(customer); }
    // The customer's earlier recovery within 90 days: a second failure, suggested one notch up.
    const std::optional<PastRecovery>& secondFailure() const { return m_secondFailure; }
    void setSecondFailure(std::optional<PastRecovery> previous) { m_secondFailure = std::move(previous); }
    // The supervisor who approved the gestures, if any.
    const std::optional<AuthenticatedEmployee>& approver() const { return m_approver; }
    // An approval covers exactly the total the approver saw.
    // The approver agrees to the draft's customer and gestures as they stand.
    void approve(const AuthenticatedEmployee& approver);
    // Who approved; an approval is dropped once the customer or any gesture changed.
    const AuthenticatedEmployee* currentApprover();
    const QDateTime& startedAt() const { return m_startedAt; }
    const std::optional<RecordedRecovery>& saved() const { return m_saved; }
    // Something typed that is not saved yet: what an idle lock must not throw away.
    bool hasUnsavedWork() const;

    // Commits the draft through RecoveryService; on failure keeps everything as typed.
    Status save();
    // `error` said the central server is away: the counter switches to its offline copy if it can, and
    // the wizard goes on there. True when it did (try again), false when the server must be waited for.
    bool continueOffline(const Error& error);

    // Taking up a kept draft: pages restore their fields as they are entered.
    bool isResuming() const { return m_resumePage.has_value(); }
    // Moves on, page by page, to where the kept draft was left (or to the first page that objects).
    void goToResumedPage();
    // Writes what is typed now to the kept draft (nothing when blank or saved).
    void keepDraft();
    // Closes without asking, the draft kept for the next sign-in: a lock or the application quitting.
    void closeKeepingDraft();
    void reject() override;
    void done(int result) override;
    // A drill: the coach beside the steps, and PRACTICE in the title and around the window.
    void setPractice(QWidget* coach);

Q_SIGNALS:
    void recorded(qint64 incidentId);
    // The server did not answer the save: whoever handles it may switch the counter to its offline copy
    // before returning, and the save is then tried there.
    void serverLost(const QString& why);

protected:
    void initializePage(int id) override;

private:
    void updateSide();
    Result<RecordedRecovery> record();

    AppContext& m_ctx;
    AuthenticatedEmployee m_user;
    qint64 m_draftOwner = 0; // whose kept draft this is, in the store it was opened with
    std::shared_ptr<const Playbook> m_playbook;
    std::optional<PastRecovery> m_secondFailure;
    RecoveryDraft m_draft;
    std::optional<Customer> m_customer;
    std::optional<AuthenticatedEmployee> m_approver;
    std::optional<RecoveryService::ApprovedGift> m_approved;
    std::optional<RecordedRecovery> m_saved;
    QDateTime m_startedAt;
    DraftStore m_drafts;
    QByteArray m_kept; // the draft as last written, to write only what changed
    std::optional<int> m_resumePage;
    bool m_closed = false;
    QTimer* m_autosave;
    QLabel* m_steps;
    QLabel* m_clock;
    QTimer* m_tick;
};

} // namespace rebound
