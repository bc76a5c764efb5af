// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditLog.h"
#include "domain/BusinessHours.h"
#include "domain/Customer.h"
#include "domain/Employee.h"
#include "domain/Result.h"
#include "policy/SpendingPolicy.h"
#include "record/RecoveryRecord.h"
#include "services/RecoveryDraft.h"

#include <QStringList>

class QRandomGenerator;

namespace rebound {

struct Actor;
struct Category;
class Playbook;
class Clock;
class Database;
class PlaybookService;

struct Authority {
    SpendingDecision decision;
    Money spentToday;
};

// Commits recoveries. The spending policy is enforced here, inside the transaction, so no caller
// (wizard, command line, import) can give more than the rules allow.
class RecoveryService final {
public:
    RecoveryService(Database& db, const Clock& clock, PlaybookService& playbooks);

    // What record() uses when the draft leaves the follow-up's due time or channel empty; the wizard
    // offers the same. Due: the category's first offset from now, within the opening hours (see
    // BusinessHours::followUpDue). Channel: phone if known, else email, else in person.
    static QDateTime defaultFollowUpDue(const Category& category, const QDateTime& nowUtc,
                                        const BusinessHours& hours);
    // A channel the customer's preferences name ("prefers email", "SMS only") wins when it can reach them.
    static Channel defaultFollowUpChannel(const QString& phone, const QString& email,
                                          const QString& preferences = {});

    // Ids and voucher codes come from this generator; the demo seeder passes a seeded one.
    void setRandomGenerator(QRandomGenerator* random) { m_random = random; }

    // What an approver sees and agrees to: the customer and each gesture (item and amount), in order.
    struct ApprovedGift {
        QString customer;     // who, as the draft names them: an id, or the name, phone and e-mail typed
        QStringList gestures; // "item amount"
        Money total;
        bool operator==(const ApprovedGift&) const = default;
    };
    // The gift a draft gives as it stands, for the approver to agree to.
    Result<ApprovedGift> giftOf(const RecoveryDraft& draft);

    // One complete recovery, apology to scheduled follow-up, in one transaction with its audit entries.
    // approver: required when the total is above the employee's authority. approved: what the approver
    // saw and agreed to; when given, a recovery for another customer, or with any gesture changed, added
    // or removed, is refused until approved again.
    Result<RecordedRecovery> record(const AuthenticatedEmployee& by, const RecoveryDraft& draft,
                                    const AuthenticatedEmployee* approver = nullptr,
                                    const std::optional<ApprovedGift>& approved = std::nullopt);

    // One part of a draft against the rules record() applies to it, writing nothing: the wizard's pages
    // ask before moving on, so a problem shows where it was made. An Invalid error names its field.
    Result<void> checkPart(const RecoveryDraft& draft, DraftPart part);

    // What the policy says about giving `total` now: for the wizard's running total.
    Result<Authority> authority(const Employee& giver, const Money& total);
    Result<Money> spentToday(const Employee& giver);
    // May `approver` approve `total` given by `giver`? The wizard asks before it commits; record() asks
    // again.
    Result<void> checkApproval(const Employee& giver, const Employee& approver, const Money& total);

    // A gesture given now in place of the voided gesture `replaces` (a correction), by `by` under the
    // spending rules as at recording: over their authority it needs `approver` (Error::field "approver"
    // otherwise). Inside the caller's write transaction: its row, and the recovery's override flag when
    // approved. Returns its compensation.give entry (naming what it replaces), for the caller to append
    // once the recovery's total stands as the entry will say.
    Result<NewAuditEntry> giveReplacement(const AuthenticatedEmployee& by, qint64 incidentId, qint64 replaces,
                                          const CompensationDraft& line,
                                          const AuthenticatedEmployee* approver);

    Result<QList<Customer>> findCustomers(const QString& text, int limit = 20);
    // The draft's customer: the one it names, the one with its phone or email, or a new one (written with
    // its audit entry). Only inside a write transaction of the calling service.
    Result<Customer> resolveCustomer(const Actor& actor, const CustomerDraft& draft, const Playbook& pb);
    Result<Customer> customer(qint64 id);

    // A version-4 UUID and a voucher code from the given generator (seeded ones give repeatable data).
    static QString makeUuid(QRandomGenerator& random);
    static QString makeVoucherCode(QRandomGenerator& random);

private:
    struct Line;
    struct Checked;
    struct Authorisation;
    static Result<void> checkPart(const RecoveryDraft& draft, DraftPart part, const Playbook& pb,
                                  const QDateTime& now);
    // The steps of record(), in order; each write step appends its audit entries.
    Result<Checked> check(const RecoveryDraft& draft);
    Result<Authorisation> authorise(const Employee& giver, const AuthenticatedEmployee* approver,
                                    const std::optional<ApprovedGift>& approved, const Checked& c,
                                    const RecoveryDraft& draft);
    static ApprovedGift giftOf(const RecoveryDraft& draft, const QList<Line>& lines, const Money& total);
    static Result<QList<Line>> linesOf(const RecoveryDraft& draft, const Playbook& pb);
    // The rows and entries of the recovery (record/RecoveryRecord.h), written by writeRecovery().
    RecoveryRecord recordOf(const Employee& giver, const AuthenticatedEmployee* approver,
                            const RecoveryDraft& draft, const Checked& c, const Authorisation& authorisation,
                            const Customer& customer, const QString& uuid);
    IncidentRow incidentRow(const Employee& giver, const RecoveryDraft& draft, const Checked& c,
                            const Customer& customer, const QString& uuid, bool override) const;
    // The employee as stored now (active flag and role); NotFound if there is no such row.
    Result<Employee> asStoredNow(const Employee& who);
    SpendingPolicy::Mode spendingMode() const;
    // The giver as stored now, with what they gave today (zero for a role without a daily cap).
    Result<std::pair<Employee, Money>> giverNow(const Employee& who, const Playbook& pb);
    QString newUuid() { return makeUuid(*m_random); }
    QString newVoucherCode() { return makeVoucherCode(*m_random); }

    Database& m_db;
    const Clock& m_clock;
    PlaybookService& m_playbooks;
    QRandomGenerator* m_random;
};

} // namespace rebound
