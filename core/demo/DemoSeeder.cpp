// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoSeeder.h"

#include "audit/AuditAction.h"
#include "demo/BulkRecoveryWriter.h"
#include "domain/Clock.h"
#include "domain/FollowUpOutcome.h"
#include "domain/Incident.h"
#include "domain/TimeFormat.h"
#include "policy/SpendingPolicy.h"
#include "services/EmployeeService.h"
#include "services/PlaybookService.h"
#include "services/RecoveryService.h"
#include "services/ReviewService.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <map>
#include <vector>

using namespace Qt::StringLiterals;

namespace rebound {

namespace {

struct DemoCustomer {
    const char16_t* name;
    const char16_t* phone;
    const char16_t* email;
    const char16_t* ref;
    const char16_t* segment;
    const char16_t* preferences;
};

// People from the counters in SCENARIOS.md, and the regulars around them.
constexpr DemoCustomer Customers[] = {
    {u"Helen Marsh", u"+1 555 0101", u"helen.marsh@example.com", u"ORD-88412", u"vip",
     u"Orders for her flower shop every week; prefers email; long-standing customer since 2014"},
    {u"Daniel and Ruth Okafor", u"+1 555 0102", u"okafor.family@example.com", u"Room 412", u"regular",
     u"House hunting this month; early risers; Ruth is vegetarian"},
    {u"Marcus Feld", u"+1 555 0103", u"m.feld@example.com", u"ACC-20931", u"standard",
     u"Pays by card; prefers written confirmation"},
    {u"Table 7 - Sofia Brandt", u"+1 555 0104", u"", u"Table 7", u"regular",
     u"Comes on Fridays with colleagues; likes the house red"},
    {u"Priya Raman", u"+1 555 0105", u"priya.raman@example.com", u"Room 1207", u"vip",
     u"Always asks for a high floor; green tea in the room; anniversary in June"},
    {u"Tom Whitaker", u"+1 555 0106", u"tom.whitaker@example.com", u"ACC-55120", u"standard",
     u"Small business line; calls during lunch break"},
    {u"Grace Liu", u"+1 555 0107", u"grace.liu@example.com", u"", u"standard",
     u"Shy; prefers not to be called"},
    {u"Ana Morales", u"+1 555 0108", u"ana.morales@example.com", u"ORD-90317", u"regular",
     u"Cake was for her daughter Lucia's 7th birthday; Lucia loves unicorns"},
    {u"Jonas Berg", u"+1 555 0109", u"jonas.berg@example.com", u"Room 220", u"vip",
     u"Always travels with his dog Bruno; needs a ground-floor room; sparkling water"},
    {u"Fatima Haddad", u"+1 555 0110", u"f.haddad@example.com", u"ACC-11873", u"regular",
     u"Family plan with four lines; prefers SMS"},
    {u"Oliver Grant", u"+1 555 0111", u"", u"Table 12", u"standard", u"Gluten-free"},
    {u"Mei Tanaka", u"+1 555 0112", u"mei.tanaka@example.com", u"Room 905", u"regular",
     u"Business traveller; late check-in; quiet room away from the lift"},
    {u"Lucas Petit", u"+1 555 0113", u"lucas.petit@example.com", u"ORD-77201", u"standard", u""},
    {u"Eleanor Price", u"+1 555 0114", u"eleanor.price@example.com", u"ACC-30007", u"vip",
     u"Head of a law firm on our corporate plan; assistant is Mark (+1 555 0199)"},
    {u"Samuel Adeyemi", u"+1 555 0115", u"sam.adeyemi@example.com", u"Room 318", u"standard",
     u"Cyclist; stores his bike with the concierge"},
    {u"Nora Lindqvist", u"+1 555 0116", u"nora.l@example.com", u"", u"regular",
     u"Buys gifts for her grandchildren; likes handwritten cards"},
    {u"Carlos Ruiz", u"+1 555 0117", u"carlos.ruiz@example.com", u"Table 3", u"vip",
     u"Owner of the gallery next door; espresso after dinner; allergic to nuts"},
    {u"Hannah Schmidt", u"+1 555 0118", u"hannah.schmidt@example.com", u"ACC-66402", u"standard",
     u"Speaks German"},
    {u"Ibrahim Khan", u"+1 555 0119", u"ibrahim.khan@example.com", u"Room 611", u"regular",
     u"Halal meals; prayer times, prefers no calls around sunset"},
    {u"Chloe Martin", u"+1 555 0120", u"chloe.martin@example.com", u"ORD-12093", u"standard",
     u"Bakery order for a retirement party"},
};

struct Story {
    const char16_t* category;
    const char16_t* description;
    const char16_t* fix;
    const char16_t* prevention;
};

constexpr Story Stories[] = {
    {u"billing", u"Ordered a hundred times the quantity she needed (about 1,800.00); could not reach support",
     u"Order cancelled before dispatch; credit confirmed by email",
     u"Redesign the quantity field; cap it by default"},
    {u"billing", u"Charged twice for the same payment, then a late fee followed",
     u"Duplicate refunded, fee waived, confirmation sent",
     u"Payment gateway retried without an idempotency key"},
    {u"billing", u"Minibar charges on the bill for a room that had no minibar",
     u"Charges removed and bill reprinted", u"Housekeeping posts minibar charges by room type, not by room"},
    {u"delay", u"Wrong dish served after a 40-minute wait",
     u"Right dish served at once; manager stopped by the table",
     u"Tickets for the terrace printed at the wrong station"},
    {u"delay", u"Birthday cake delivered two hours late", u"Delivered now with a card for the birthday girl",
     u"Delivery slots overbooked on Saturdays"},
    {u"delay", u"Waited 25 minutes at check-in with a tired toddler", u"Checked in at the concierge desk",
     u"Only one desk open during the afternoon arrivals peak"},
    {u"defect",
     u"Mobile data out for two days in the north of town; found on the outage list before he called",
     u"Called the customer, explained the outage and when it ends",
     u"Outage notices go out by SMS as soon as they are confirmed"},
    {u"defect", u"New phone's screen flickers after one week", u"Phone replaced from stock on the spot",
     u"Batch flagged to the supplier"},
    {u"defect", u"Room safe would not open on the morning of departure",
     u"Maintenance opened it within 15 minutes", u"Safes on floor 6 due for new batteries"},
    {u"broken-promise", u"Room not ready at 3 pm as promised",
     u"Upgraded to a ready room; luggage held; text sent",
     u"Housekeeping schedule did not account for late check-outs"},
    {u"broken-promise", u"Repair promised for Tuesday, not done",
     u"Loan phone given; repair moved to priority queue",
     u"Repair dates promised without checking parts stock"},
    {u"broken-promise", u"Anniversary decoration requested at booking was missing",
     u"Decoration and flowers arranged while guests were at dinner",
     u"Special requests not carried to the daily sheet"},
    {u"staff-conduct", u"Given a curt answer at the counter when asking about a refund",
     u"Sincere apology from the person now at the counter; refund processed",
     u"Refund policy training for the weekend team"},
    {u"staff-conduct", u"Phone call ended abruptly by the agent", u"Called back the same hour",
     u"Call-back script for dropped calls"},
    {u"facility", u"Valet locked the guests' keys in their rental car on the morning of house viewings",
     u"Breakfast on the house while the desk called the rental company; driver for the day; car ready next "
     u"morning",
     u"Valet key cabinet check at every hand-over"},
    {u"facility", u"No hot water in the room in the morning",
     u"Moved to another room; maintenance fixed the boiler",
     u"Boiler pressure alarm added to the night round"},
    {u"facility", u"Air conditioning broken during a heatwave",
     u"Portable unit delivered; room changed next day", u"Preventive maintenance moved before summer"},
};

QString s(const char16_t* text) {
    return QString::fromUtf16(text);
}

// The regulars of SCENARIOS.md plus generated walk-in customers, so history looks like a real counter's:
// a few familiar faces, many people seen once or twice.
QList<CustomerDraft> customerPool(int incidents, QRandomGenerator& random) {
    static const QStringList first = {u"Olivia"_s, u"Liam"_s,  u"Emma"_s,  u"Noah"_s,   u"Ava"_s,
                                      u"Elijah"_s, u"Sofia"_s, u"Mateo"_s, u"Mia"_s,    u"Lucas"_s,
                                      u"Amelia"_s, u"Leo"_s,   u"Chloé"_s, u"Yusuf"_s,  u"Aiko"_s,
                                      u"Ravi"_s,   u"Zoe"_s,   u"Tomás"_s, u"Ingrid"_s, u"Kwame"_s};
    static const QStringList last = {u"Smith"_s,    u"García"_s, u"Müller"_s,    u"Nguyen"_s,
                                     u"Kowalski"_s, u"Silva"_s,  u"O'Brien"_s,   u"Rossi"_s,
                                     u"Dubois"_s,   u"Kim"_s,    u"Johansson"_s, u"Mensah"_s,
                                     u"Patel"_s,    u"Cohen"_s,  u"Yilmaz"_s,    u"Novak"_s};
    static const QStringList notes = {u""_s,
                                      u""_s,
                                      u"Prefers email"_s,
                                      u"Vegetarian"_s,
                                      u"Travels with a small dog"_s,
                                      u"Celebrating an anniversary this month"_s,
                                      u"Allergic to shellfish"_s,
                                      u"Prefers a quiet table by the window"_s,
                                      u"Calls only after 6 pm"_s,
                                      u"Buys gifts for the grandchildren"_s,
                                      u"Loyalty card since 2019"_s};
    QList<CustomerDraft> pool;
    for (const DemoCustomer& c : Customers)
        pool.append({std::nullopt,
                     s(c.name),
                     s(c.phone),
                     s(c.email),
                     s(c.ref),
                     SegmentId(s(c.segment)),
                     s(c.preferences),
                     {}});
    const int generated = std::max(150, incidents / 6);
    for (int i = 0; i < generated; ++i) {
        const QString name = first.at(i % first.size()) + u' ' + last.at((i / first.size()) % last.size());
        const int segment = random.bounded(100);
        CustomerDraft c;
        c.name = i < first.size() * last.size() ? name : name + u" (" + QString::number(i) + u')';
        c.phone = u"+1 555 %1"_s.arg(200000 + i, 7, 10, QLatin1Char('0'));
        c.email = random.bounded(100) < 70 ? u"customer%1@example.net"_s.arg(i) : QString();
        c.accountRef = random.bounded(100) < 50 ? u"ACC-%1"_s.arg(40000 + i) : QString();
        c.segment = SegmentId(segment < 70 ? u"standard"_s : segment < 92 ? u"regular"_s : u"vip"_s);
        c.preferences = notes.at(random.bounded(int(notes.size())));
        pool.append(c);
    }
    return pool;
}

// What the follow-up heard, with the satisfaction and verdict that go with it.
struct DemoOutcome {
    QByteArray comment;
    int satisfaction;
    Verdict verdict;
};
const QList<DemoOutcome> Outcomes = {
    {"Customer thanked us; happy with how it was handled", 5, Verdict::BlownAway},
    {"Confirmed the correction arrived", 4, Verdict::Satisfied},
    {"Left a voicemail, then got a text back: all good", 4, Verdict::Satisfied},
    {"Customer will come back next month", 5, Verdict::BlownAway},
    {"Still a little disappointed, but appreciated the call", 2, Verdict::NotSatisfied}};
const QByteArray ReviewNote = "Checked with the employee: the gesture fits the failure.";

// A prevention action of the demo: days before now it was opened, started and closed (0: not yet).
struct DemoPlannedAction {
    const char16_t* category;
    const char16_t* what;
    const char* source; // "story", "recovery" or "combustion"
    int openedDaysAgo, startedDaysAgo, closedDaysAgo, dueInDays;
    const char16_t* done; // what was done, once closed
};

// What a customer of the segment has spent with the business, in minor units: a few hundred for most,
// thousands for regulars, tens of thousands for VIPs.
qint64 lifetimeValueOf(QByteArrayView segment, QRandomGenerator& random) {
    const qint64 base = segment == "vip" ? 800000 : segment == "regular" ? 150000 : 15000;
    return base + qint64(random.bounded(int(base * 3 / 100))) * 100;
}

// The five documented logins, and as the history grows, the colleagues a busy group would have:
// about one associate per twenty recoveries a day, a supervisor per eight associates.
QList<EmployeeService::NewEmployee> demoTeam(int perDay, QRandomGenerator& random) {
    QList<EmployeeService::NewEmployee> team;
    for (const DemoEmployee& e : DemoSeeder::employees())
        team.append({e.code, e.name, e.role, e.pin});
    const int associateCount = std::clamp(perDay / 20, 3, 150);
    const auto colleague = [&](int n) -> QString {
        static const QStringList first = {u"Maya"_s, u"Theo"_s,  u"Nina"_s, u"Omar"_s, u"Julia"_s,
                                          u"Ben"_s,  u"Rosa"_s,  u"Ivan"_s, u"Lea"_s,  u"Hugo"_s,
                                          u"Ada"_s,  u"Felix"_s, u"Iris"_s, u"Kai"_s};
        static const QStringList last = {u"Lopez"_s, u"Meyer"_s, u"Ito"_s,      u"Brown"_s, u"Costa"_s,
                                         u"Varga"_s, u"Okoro"_s, u"Lindgren"_s, u"Hassan"_s};
        return first.at(n % first.size()) + u' ' + last.at((n / first.size()) % last.size());
    };
    // Ten digits: long enough for every role (the bulk team's PINs are never shown).
    const auto pin = [&] { return QString::number(1000000000 + random.bounded(2000000000 - 1000000000)); };
    for (int i = 3; i < associateCount; ++i)
        team.append({u"A%1"_s.arg(100 + i), colleague(i), Role::Associate, pin()});
    for (int i = 1; i < std::max(1, associateCount / 8); ++i)
        team.append({u"S%1"_s.arg(200 + i), colleague(i * 7 + 1), Role::Supervisor, pin()});
    for (int i = 1; i < std::max(1, associateCount / 30); ++i)
        team.append({u"M%1"_s.arg(300 + i), colleague(i * 11 + 3), Role::Manager, pin()});
    return team;
}

// Times of the recoveries, in order, during opening hours (8:00 to 22:00 local).
std::vector<qint64> recoveryTimes(int incidents, int days, const QDateTime& now, const QTimeZone& zone,
                                  QRandomGenerator& random) {
    std::vector<qint64> times;
    times.reserve(size_t(incidents));
    const QDate firstDay = now.toTimeZone(zone).date().addDays(-days);
    for (int i = 0; i < incidents; ++i) {
        const QDate day = firstDay.addDays(random.bounded(days));
        times.push_back(QDateTime(day, QTime(8, 0), zone).toMSecsSinceEpoch() +
                        qint64(random.bounded(14 * 3600)) * 1000);
    }
    std::sort(times.begin(), times.end());
    return times;
}

struct Staff {
    QList<const Employee*> associates, supervisors, managers;
};

struct Given {
    const CatalogItem* item;
    Money amount;
};

// One demo recovery as decided before it is written; the random draws happen in this order.
struct Plan {
    qint64 openedMs = 0, apologizedMs = 0, fixedMs = 0, doneMs = 0, dueMs = 0, followedUpMs = 0;
    QByteArray doneAt; // doneMs as stored: compensated, follow-up scheduled, the entries' time
    const Story* story = nullptr;
    int pick = 0; // in the customer pool
    CategoryId categoryId;
    SeverityId severity;
    const Category* category = nullptr;
    bool staffFound = false, resolved = false, followUpDone = false;
    QList<Given> given;
    Money total;
    int satisfaction = 0;
    const Employee *giver = nullptr, *approver = nullptr, *manager = nullptr, *supervisor = nullptr;
    SpendingDecision decision;
    std::optional<qint64> approvedBy;
    const DemoOutcome* outcome = nullptr;
};

// The recoveries of the demo history, written in one bulk load with the rows and audit entries
// RecoveryService and ReviewService would write, and the same spending rules.
class DemoHistory final {
public:
    // regularShare: the part of the recoveries that go to the regulars of SCENARIOS.md.
    DemoHistory(const PlaybookVersion& pb, Staff staff, QList<CustomerDraft> pool, double regularShare,
                qint64 nowMs, QRandomGenerator& random, quint32 loopSeed)
        : m_pb(pb)
        , m_playbook(*pb.playbook)
        , m_policy(m_playbook)
        , m_currency(m_playbook.currency().toUtf8())
        , m_staff(std::move(staff))
        , m_pool(std::move(pool))
        , m_known(size_t(m_pool.size()))
        , m_nowMs(nowMs)
        , m_random(random)
        , m_zone(QTimeZone::systemTimeZone())
        , m_regularShare(regularShare)
        , m_loop(loopSeed) {}

    Result<void> write(Database& db, const std::vector<qint64>& times, DemoSummary& summary);
    int customers() const {
        return int(std::count_if(m_known.begin(), m_known.end(), [](const Stored& c) { return c.id != 0; }));
    }

private:
    struct Stored {
        qint64 id = 0;
        QString name;
        QByteArray channel;
    };
    // Later events (follow-ups done, reviews) wait in time order and are written when their time comes,
    // so the audit log reads in the order things happened.
    struct Later {
        enum class Kind { FollowUpDone, Review, Entry, Visit, WalkIn, ActionOpen } kind;
        RecoveryRef recovery;
        qint64 followUpId;
        const Employee* by;
        QByteArray text;                      // a review's note; an entry's payload
        const DemoOutcome* outcome = nullptr; // a follow-up's
        // An entry written as it is (the row was written when it was planned).
        AuditAction action = AuditAction::StoryNominate;
        const char* entity = "";
        qint64 entityId = 0;
        bool ofRecovery = false;
        qint64 customerId = 0;  // a visit's; a walk-in's number in WalkIns
        int plannedAction = -1; // in PlannedActions
    };
    static Later entry(AuditAction action, const char* entity, qint64 id, const Employee* by,
                       QByteArray payload, const RecoveryRef* recovery = nullptr) {
        Later e{Later::Kind::Entry, recovery ? *recovery : RecoveryRef{}, 0, by, std::move(payload)};
        e.action = action;
        e.entity = entity;
        e.entityId = id;
        e.ofRecovery = recovery != nullptr;
        return e;
    }

    Plan plan(qint64 openedMs);
    void chooseGestures(Plan& p);
    void choosePeople(Plan& p);
    Result<void> authorise(Plan& p, int number);
    const Stored& customerOf(const Plan& p);
    // What record() would write for the plan, and its write; the follow-up's id in *followUpId.
    RecoveryRecord recordOf(const Plan& p, const Stored& customer);
    RecoveryRef write(const Plan& p, const Stored& customer, qint64* followUpId);
    void scheduleLater(const Plan& p, const RecoveryRef& recovery, qint64 followUpId, const Stored& customer);
    void drain(qint64 untilMs);
    // The learning loop: stories of the best recoveries, return visits, walk-in customers never let
    // down, and a few prevention actions; drawn from their own generator so the recoveries stay the same.
    void planLoop(qint64 firstMs);
    void scheduleStory(const Plan& p, const RecoveryRef& recovery, const Stored& customer);
    QByteArray storyDid(const Plan& p, const Stored& customer) const;
    void scheduleVisit(qint64 customerId, qint64 atMs);
    void visit(qint64 customerId, qint64 atMs, const QByteArray& at);
    void walkIn(int number, qint64 atMs, const QByteArray& at);
    void openAction(int planned, qint64 atMs, const QByteArray& at);
    // Does a prevention action make this category rarer from now on (the demo shows it working)?
    bool prevented(const CategoryId& category, qint64 atMs);
    const Employee* anyOf(const QList<const Employee*>& list) {
        return list.at(m_random.bounded(int(list.size())));
    }

    const PlaybookVersion& m_pb;
    const Playbook& m_playbook;
    const SpendingPolicy m_policy;
    const QByteArray m_currency;
    const Staff m_staff;
    const QList<CustomerDraft> m_pool;
    std::vector<Stored> m_known; // id 0: not written yet
    const qint64 m_nowMs;
    QRandomGenerator& m_random;
    const QTimeZone m_zone; // one zone object: toLocalTime() would stat /etc/localtime each time
    const double m_regularShare;
    std::multimap<qint64, Later> m_later;
    QRandomGenerator m_loop;
    qint64 m_lastStoryMs = 0;
    QSet<QPair<qint64, qint64>> m_visitDays;               // (customer, day): one visit a day each
    QHash<QString, RecoveryRef> m_lastOfCategory;          // the latest recovery of each category
    QHash<QString, std::pair<qint64, qint64>> m_lastStory; // the latest approved story: id, when
    std::vector<std::pair<QString, qint64>> m_prevented;   // category, from when
    // Money given each day by each employee within their own authority, as spentToday() reads it.
    QHash<QPair<qint64, QDate>, qint64> m_spentOn;
    BulkRecoveryWriter* m_out = nullptr;
    DemoSummary* m_summary = nullptr;
};

Result<void> DemoHistory::write(Database& db, const std::vector<qint64>& times, DemoSummary& summary) {
    // Keys of these arrive in random order; the audit log's indexes grow at their ends and stay.
    const QStringList rebuilt = {u"incidents_customer"_s, u"customers_phone"_s, u"customers_email"_s,
                                 u"customers_name"_s, u"incidents_total"_s};
    m_summary = &summary;
    return db.bulkLoad(rebuilt, [&]() -> Result<void> {
        BulkRecoveryWriter out(db);
        m_out = &out;
        if (auto r = out.start(); !r)
            return r;
        if (!times.empty())
            planLoop(times.front());
        for (const qint64 t : times) {
            if (out.failed())
                break;
            drain(t);
            Plan p = plan(t);
            if (auto r = authorise(p, summary.incidents + 1); !r)
                return r;
            const Stored& customer = customerOf(p);
            // Most follow-ups that are due get done within a day; a few are left overdue for the main screen.
            p.followedUpMs = p.dueMs + qint64(m_random.bounded(20 * 3600)) * 1000;
            p.followUpDone = p.followedUpMs < m_nowMs && m_random.bounded(100) < 88;
            if (p.followUpDone)
                p.outcome = &Outcomes.at(m_random.bounded(int(Outcomes.size())));
            qint64 followUpId = 0;
            const RecoveryRef recovery = write(p, customer, &followUpId);
            ++summary.incidents;
            m_lastOfCategory.insert(p.categoryId.toString(), recovery);
            scheduleLater(p, recovery, followUpId, customer);
        }
        drain(m_nowMs);
        return out.finish();
    });
}

Plan DemoHistory::plan(qint64 openedMs) {
    Plan p;
    p.openedMs = openedMs;
    p.story = &Stories[m_random.bounded(int(std::size(Stories)))];
    // After a prevention action is done, its category's failures become rarer.
    while (prevented(CategoryId(s(p.story->category)), openedMs))
        p.story = &Stories[m_loop.bounded(int(std::size(Stories)))];
    // The regulars of SCENARIOS.md: a third of a small history, at most about one visit a week each
    // in a large one. Everyone else comes from the pool, most of them more than once.
    const int regulars = int(std::size(Customers));
    p.pick = m_random.generateDouble() < m_regularShare ? m_random.bounded(regulars)
                                                        : m_random.bounded(int(m_pool.size()));
    p.categoryId = CategoryId(s(p.story->category));
    const int sev = m_random.bounded(100);
    p.severity = m_playbook.severities().at(sev < 45 ? 0 : sev < 80 ? 1 : sev < 96 ? 2 : 3).id;
    p.staffFound = m_random.bounded(100) < 22;
    p.resolved = m_random.bounded(100) < 92;
    const int target = m_playbook.severity(p.severity)->targetMinutes;
    // Most recoveries finish within the severity's target; some run late.
    const int minutes = 2 + m_random.bounded(std::max(3, m_random.bounded(100) < 85 ? target : target * 2));
    p.doneMs = std::min(openedMs + (qint64(minutes) * 60 + 240) * 1000, m_nowMs - 60'000);
    p.doneAt = TimeFormat::storedUtf8(p.doneMs);
    p.apologizedMs =
        openedMs + std::min<qint64>((60 + m_random.bounded(120)) * 1000, (p.doneMs - openedMs) / 3);
    p.fixedMs = openedMs + (p.doneMs - openedMs) * 2 / 3;
    p.category = m_playbook.category(p.categoryId);
    chooseGestures(p);
    p.dueMs = p.doneMs + qint64(p.category->followUpHours.first()) * 3'600'000;
    p.satisfaction = std::clamp(3 + m_random.bounded(3) - (m_random.bounded(100) < 10 ? 2 : 0), 1, 5);
    choosePeople(p);
    return p;
}

// One or two of the category's suggestions, free amounts around the suggested budget.
void DemoHistory::chooseGestures(Plan& p) {
    const QStringList& ideas = p.category->suggestions.value(p.severity);
    const SegmentId& segment = m_pool.at(p.pick).segment;
    const Money budget = m_playbook.suggestedBudget(p.severity, segment);
    const int lines = ideas.isEmpty() ? 0 : 1 + (m_random.bounded(100) < 30 ? 1 : 0);
    for (int i = 0; i < lines && i < ideas.size(); ++i) {
        const CatalogItem* item = m_playbook.item(ideas.at(i));
        Money amount = item->amount.value_or(Money(0, m_playbook.currency()));
        if (item->isFreeAmount()) {
            // Around the suggested budget, in whole currency units, sometimes the overreact notch.
            const Money reference =
                m_random.bounded(100) < 20 ? m_playbook.overreactBudget(p.severity, segment) : budget;
            const qint64 minor =
                std::max<qint64>(500, reference.minor() * (60 + m_random.bounded(60)) / 100 / lines);
            amount = Money(minor / 100 * 100, m_playbook.currency());
        }
        p.given.append({item, amount});
    }
    // SCENARIOS.md's VIP double charge: the large credit that needs a supervisor.
    if (p.story->description == Stories[0].description && segment == SegmentId(u"vip"_s)) {
        p.given = {{m_playbook.item(u"credit"_s), Money(180000, m_playbook.currency())}};
        p.severity = SeverityId(u"major"_s);
    }
    p.total = Money(0, m_playbook.currency());
    for (const Given& g : std::as_const(p.given))
        p.total += g.amount;
}

void DemoHistory::choosePeople(Plan& p) {
    const int who = m_random.bounded(100);
    p.giver = who < 75   ? anyOf(m_staff.associates)
              : who < 93 ? anyOf(m_staff.supervisors)
                         : anyOf(m_staff.managers);
    // A manager's gestures beyond their authority go to a supervisor of the day, others' to a manager.
    p.approver = p.giver->role == Role::Manager || m_random.bounded(100) < 30 ? anyOf(m_staff.supervisors)
                                                                              : anyOf(m_staff.managers);
    if (p.approver->id == p.giver->id)
        p.approver = m_staff.managers.first();
    p.manager = anyOf(m_staff.managers);
    p.supervisor = anyOf(m_staff.supervisors);
}

// The spending rules, exactly as record() applies them.
Result<void> DemoHistory::authorise(Plan& p, int number) {
    const QDate localDay = QDateTime::fromMSecsSinceEpoch(p.doneMs, m_zone).date();
    qint64& spent = m_spentOn[{p.giver->id, localDay}];
    p.decision = m_policy.evaluate(*p.giver, p.total, Money(spent, m_playbook.currency()));
    if (p.decision.verdict == SpendingDecision::Verdict::Refused)
        return Error::denied(u"demo recovery %1: %2"_s.arg(number).arg(p.decision.reason));
    if (p.decision.verdict == SpendingDecision::Verdict::NeedsApproval) {
        if (auto r = m_policy.checkApprover(*p.giver, *p.approver, p.total); !r)
            return Error::of(r.error().code, u"demo recovery %1: %2"_s.arg(number).arg(r.error().message));
        p.approvedBy = p.approver->id;
    } else {
        spent += p.total.minor();
    }
    return {};
}

// The customer's row and its audit entry, the first time they are seen.
const DemoHistory::Stored& DemoHistory::customerOf(const Plan& p) {
    Stored& stored = m_known[size_t(p.pick)];
    if (stored.id != 0)
        return stored;
    const CustomerDraft& customer = m_pool.at(p.pick);
    const QByteArray& doneAt = p.doneAt;
    // Each customer's value from a generator of their own, so the history's draws stay as they were.
    QRandomGenerator valueOf(quint32(p.pick) * 2654435761u);
    const QByteArray segment = customer.segment.toString().toUtf8();
    const CustomerRow c{customer.name.toUtf8(),
                        customer.phone.toUtf8(),
                        customer.email.toLower().toUtf8(),
                        customer.accountRef.toUtf8(),
                        segment,
                        customer.preferences.toUtf8(),
                        doneAt,
                        lifetimeValueOf(segment, valueOf)};
    const qint64 id = writeCustomer(*m_out, c, {p.giver->id, p.giver->code.toUtf8()}, doneAt).value();
    stored = {id, customer.name,
              channelId(RecoveryService::defaultFollowUpChannel(customer.phone, customer.email,
                                                                customer.preferences))
                  .toLatin1()};
    return stored;
}

RecoveryRecord DemoHistory::recordOf(const Plan& p, const Stored& customer) {
    RecoveryRecord r;
    IncidentRow& inc = r.incident;
    inc.uuid = RecoveryService::makeUuid(m_random).toLatin1();
    inc.customerId = customer.id;
    inc.openedBy = p.giver->id;
    inc.playbookVersion = m_pb.version;
    inc.status =
        statusId(p.followUpDone ? IncidentStatus::Closed : IncidentStatus::FollowUpScheduled).toLatin1();
    inc.category = p.categoryId.toString().toUtf8();
    inc.severity = p.severity.toString().toUtf8();
    inc.detectedBy = detectedById(p.staffFound ? DetectedBy::Staff : DetectedBy::Customer).toLatin1();
    inc.description = s(p.story->description).toUtf8();
    inc.preventionNote = s(p.story->prevention).toUtf8();
    inc.apology = Playbook::personalise(p.category->apologies.first(), customer.name, p.giver->name).toUtf8();
    inc.fixNotes = s(p.story->fix).toUtf8();
    inc.resolved = p.resolved;
    inc.satisfaction = p.satisfaction;
    inc.currency = m_currency;
    inc.openedAt = TimeFormat::storedUtf8(p.openedMs);
    inc.apologizedAt = TimeFormat::storedUtf8(p.apologizedMs);
    inc.fixedAt = TimeFormat::storedUtf8(p.fixedMs);
    inc.compensatedAt = p.doneAt;
    inc.followUpScheduledAt = p.doneAt;
    if (p.followUpDone)
        inc.closedAt = TimeFormat::storedUtf8(p.followedUpMs);
    inc.totalMinor = p.total.minor();
    inc.override = p.approvedBy.has_value();
    for (const Given& g : std::as_const(p.given)) {
        CompensationRow c;
        c.item = g.item->id.toUtf8();
        c.kind = catalogKindId(g.item->kind).toUtf8();
        c.amountMinor = g.amount.minor();
        c.costMinor = g.item->cost.value_or(g.amount).minor();
        c.currency = m_currency;
        c.givenBy = p.giver->id;
        c.givenAt = p.doneAt;
        c.approvedBy = p.approvedBy;
        if (g.item->kind == CatalogKind::Voucher)
            c.voucherCode = RecoveryService::makeVoucherCode(m_random).toLatin1();
        r.compensations.push_back(c);
    }
    FollowUpRow& f = r.followUp;
    f.dueAt = TimeFormat::storedUtf8(p.dueMs);
    f.channel = customer.channel;
    f.ownerId = p.giver->id;
    if (p.followUpDone) {
        f.doneAt = TimeFormat::storedUtf8(p.followedUpMs);
        f.doneBy = p.giver->id;
        f.outcome = p.outcome->comment;
        f.reached = true;
        f.satisfaction = p.outcome->satisfaction;
        f.verdict = verdictId(p.outcome->verdict).toLatin1();
    }
    r.giver = {p.giver->id, p.giver->code.toUtf8()};
    if (p.approvedBy)
        r.approver = RecordActor{p.approver->id, p.approver->code.toUtf8()};
    r.approvalReason = p.decision.reason.toUtf8();
    r.at = p.doneAt;
    return r;
}

RecoveryRef DemoHistory::write(const Plan& p, const Stored& customer, qint64* followUpId) {
    RecoveryRecord record = recordOf(p, customer);
    // The bulk writer reports a failed insert at finish(); its own steps cannot fail.
    const RecordedIds ids = writeRecovery(*m_out, record).value();
    *followUpId = ids.followUp;
    return {ids.incident, record.incident.category, record.incident.totalMinor, record.incident.override};
}

void DemoHistory::scheduleLater(const Plan& p, const RecoveryRef& recovery, qint64 followUpId,
                                const Stored& customer) {
    scheduleStory(p, recovery, customer);
    // Did the recovery win the customer back? More often when the follow-up heard "blown away".
    const int backChance = !p.followUpDone                            ? 40
                           : p.outcome->verdict == Verdict::BlownAway ? 75
                           : p.outcome->verdict == Verdict::Satisfied ? 55
                                                                      : 25;
    if (m_loop.bounded(100) < backChance)
        scheduleVisit(customer.id, p.doneMs + qint64(1 + m_loop.bounded(80)) * 86'400'000 +
                                       qint64(m_loop.bounded(10 * 3600)) * 1000);
    if (p.followUpDone)
        m_later.emplace(p.followedUpMs,
                        Later{Later::Kind::FollowUpDone, recovery, followUpId, p.giver, {}, p.outcome});
    // Supervisors keep up with the review queue: a day or two later, someone not involved looks.
    if (p.approvedBy || p.total.minor() >= ReviewService::DefaultThresholdMinor) {
        const qint64 reviewAt = p.doneMs + qint64(20 + m_random.bounded(48)) * 3'600'000;
        const auto involved = [&](const Employee* e) {
            return e->id == p.giver->id || (p.approvedBy && *p.approvedBy == e->id);
        };
        const Employee* reviewer = !involved(p.manager)      ? p.manager
                                   : !involved(p.supervisor) ? p.supervisor
                                                             : nullptr;
        if (reviewer && reviewAt < m_nowMs - 7 * 86'400'000LL)
            m_later.emplace(reviewAt, Later{Later::Kind::Review, recovery, 0, reviewer, ReviewNote});
    }
}

void DemoHistory::drain(qint64 untilMs) {
    while (!m_later.empty() && m_later.begin()->first <= untilMs) {
        const qint64 atMs = m_later.begin()->first;
        const Later e = m_later.begin()->second;
        m_later.erase(m_later.begin());
        const QByteArray at = TimeFormat::storedUtf8(atMs);
        switch (e.kind) {
        case Later::Kind::Entry:
            (void)m_out->audit(at, {e.by->id, e.by->code.toUtf8()}, e.action, e.entity, e.entityId, e.text,
                               e.ofRecovery ? &e.recovery : nullptr);
            continue;
        case Later::Kind::Visit:
            visit(e.customerId, atMs, at);
            continue;
        case Later::Kind::WalkIn:
            walkIn(int(e.customerId), atMs, at);
            continue;
        case Later::Kind::ActionOpen:
            openAction(e.plannedAction, atMs, at);
            continue;
        case Later::Kind::FollowUpDone:
        case Later::Kind::Review:
            break;
        }
        const QByteArray actor = e.by->code.toUtf8();
        if (e.kind == Later::Kind::Review) {
            m_out->review(e.recovery.id, e.by->id, at, e.text);
            JsonPayload p;
            p.add("incident_id", e.recovery.id)
                .add("kind", "incident")
                .add("note", e.text)
                .add("ref", QByteArray::number(e.recovery.id));
            (void)m_out->audit(at, {e.by->id, actor}, AuditAction::ReviewMark, "review", e.recovery.id,
                               p.bytes(), &e.recovery);
            continue;
        }
        FollowUpRow done;
        done.outcome = e.outcome->comment;
        done.reached = true;
        done.satisfaction = e.outcome->satisfaction;
        done.verdict = verdictId(e.outcome->verdict).toLatin1();
        (void)m_out->audit(at, {e.by->id, actor}, AuditAction::FollowUpDone, "follow_up", e.followUpId,
                           followUpDonePayload(e.recovery.id, done), &e.recovery);
        (void)m_out->audit(at, {e.by->id, actor}, AuditAction::IncidentClose, "incident", e.recovery.id, "{}",
                           &e.recovery);
        ++m_summary->followUpsDone;
    }
}

const DemoPlannedAction PlannedActions[] = {
    {u"delay", u"Open a second check-in desk from 2 pm to 5 pm on arrival days", "combustion", 75, 70, 45, 30,
     u"Second desk staffed from 2 pm to 5 pm since the new rota; queue times checked every day"},
    {u"defect", u"Check every phone of a new batch for screen flicker before it goes on sale", "recovery", 52,
     50, 20, 21, u"Screen test added to goods-in; two batches returned to the supplier"},
    {u"facility", u"Move the boilers' and air conditioning's preventive maintenance before summer",
     "combustion", 30, 25, 0, 50, nullptr},
    {u"broken-promise", u"Carry special requests from the booking to the daily sheet", "story", 12, 0, 0, 21,
     nullptr},
};

// Customers seen at the counter who were never let down: the comparison for the return visits.
const char16_t* const WalkInNames[] = {u"Hannah Berg",  u"Omar Haddad",    u"Grace Okafor", u"Felix Wagner",
                                       u"Isabel Cruz",  u"Daniel Levi",    u"Mei Tanaka",   u"Pierre Martin",
                                       u"Nadia Petrov", u"Samuel Adeyemi", u"Clara Jensen", u"Arjun Mehta"};

QByteArray utf8(const char16_t* text) {
    return s(text).toUtf8();
}

constexpr qint64 DayMs = 86'400'000;

void DemoHistory::planLoop(qint64 firstMs) {
    // Walk-ins: about one for every fifty recoveries, first seen anywhere in the history.
    const int walkIns = std::clamp(int((m_nowMs - firstMs) / DayMs / 3), 40, 20000);
    for (int i = 0; i < walkIns; ++i) {
        const qint64 at = firstMs + qint64(m_loop.generateDouble() * double(m_nowMs - DayMs - firstMs));
        Later e{Later::Kind::WalkIn, {}, 0, anyOf(m_staff.associates), {}};
        e.customerId = i;
        m_later.emplace(at, e);
    }
    for (int i = 0; i < int(std::size(PlannedActions)); ++i) {
        const DemoPlannedAction& a = PlannedActions[i];
        const qint64 openedMs = m_nowMs - qint64(a.openedDaysAgo) * DayMs - 5 * 3'600'000;
        if (openedMs <= firstMs + 14 * DayMs)
            continue; // the history is too short to show a before
        Later e{Later::Kind::ActionOpen, {}, 0, m_staff.managers.first(), {}};
        e.plannedAction = i;
        m_later.emplace(openedMs, e);
        if (a.closedDaysAgo > 0)
            m_prevented.emplace_back(s(a.category), m_nowMs - qint64(a.closedDaysAgo) * DayMs);
    }
}

bool DemoHistory::prevented(const CategoryId& category, qint64 atMs) {
    for (const auto& [c, fromMs] : m_prevented) {
        if (c == category.toString() && atMs >= fromMs)
            return m_loop.bounded(100) < 55;
    }
    return false;
}

void DemoHistory::openAction(int planned, qint64 atMs, const QByteArray& at) {
    const DemoPlannedAction& a = PlannedActions[planned];
    const Employee* manager = m_staff.managers.first();
    const Employee* owner =
        a.source == QByteArrayView("story") ? m_staff.associates.first() : anyOf(m_staff.supervisors);
    const QByteArray due = QDateTime::fromMSecsSinceEpoch(atMs, m_zone)
                               .date()
                               .addDays(a.dueInDays)
                               .toString(Qt::ISODate)
                               .toLatin1();
    // From the newest recovery or approved story of the category, as a supervisor would open it; from the
    // c-chart when there is none.
    const RecoveryRef recovery = m_lastOfCategory.value(s(a.category));
    const auto story = m_lastStory.value(s(a.category));
    QByteArray source = "combustion", ref;
    if (a.source == QByteArrayView("recovery") && recovery.id > 0) {
        source = "recovery";
        ref = QByteArray::number(recovery.id);
    } else if (a.source == QByteArrayView("story") && story.first > 0 && story.second < atMs) {
        source = "story";
        ref = QByteArray::number(story.first);
    }
    const qint64 startedMs = a.startedDaysAgo > 0 ? m_nowMs - qint64(a.startedDaysAgo) * DayMs : 0;
    const qint64 closedMs = a.closedDaysAgo > 0 ? m_nowMs - qint64(a.closedDaysAgo) * DayMs : 0;
    const QByteArray status = closedMs ? "done" : startedMs ? "in-progress" : "open";
    const qint64 id =
        m_out->action({RowValue::ofText(utf8(a.category)), RowValue::ofText(utf8(a.what)),
                       RowValue::ofInteger(owner->id), RowValue::ofText(due), RowValue::ofText(status),
                       RowValue::ofText(source), RowValue::ofText(ref), RowValue::ofInteger(manager->id),
                       RowValue::ofText(at), closedMs ? RowValue::ofInteger(owner->id) : RowValue{},
                       closedMs ? RowValue::ofText(TimeFormat::storedUtf8(closedMs)) : RowValue{},
                       RowValue::ofText(a.done ? utf8(a.done) : QByteArray())});
    JsonPayload open;
    open.add("category", utf8(a.category)).add("due", due);
    if (source == "recovery")
        open.add("incident_id", recovery.id);
    open.add("owner_id", owner->id).add("source", source);
    if (!ref.isEmpty())
        open.add("source_ref", ref);
    open.add("what", utf8(a.what));
    (void)m_out->audit(at, {manager->id, manager->code.toUtf8()}, AuditAction::ActionOpen, "action", id,
                       open.bytes(), source == "recovery" ? &recovery : nullptr);
    if (startedMs) {
        JsonPayload started;
        started.add("status", "in-progress");
        m_later.emplace(startedMs, entry(AuditAction::ActionStatus, "action", id, owner, started.bytes()));
    }
    if (closedMs) {
        JsonPayload closed;
        closed.add("done", utf8(a.done));
        m_later.emplace(closedMs, entry(AuditAction::ActionClose, "action", id, owner, closed.bytes()));
    }
}

// A story's "what we did": the apology, the fix and what was given.
QByteArray DemoHistory::storyDid(const Plan& p, const Stored& customer) const {
    QByteArrayList did;
    did << "Apologised: " +
               Playbook::personalise(p.category->apologies.first(), customer.name, p.giver->name).toUtf8();
    did << utf8(p.story->fix);
    QByteArrayList gifts;
    for (const Given& g : p.given)
        gifts << g.item->name.toUtf8() + " (" + g.amount.toDecimalString().toUtf8() + ' ' + m_currency + ')';
    if (!gifts.isEmpty())
        did << "Gave: " + gifts.join(", ");
    return did.join('\n');
}

void DemoHistory::scheduleStory(const Plan& p, const RecoveryRef& recovery, const Stored& customer) {
    // The best recoveries, a few a week: blown away at the follow-up, nominated within the day.
    if (!p.followUpDone || p.outcome->verdict != Verdict::BlownAway ||
        p.followedUpMs - m_lastStoryMs < 2 * DayMs || m_loop.bounded(100) >= 30)
        return;
    const qint64 nominatedMs = p.followedUpMs + qint64(2 + m_loop.bounded(20)) * 3'600'000;
    if (nominatedMs >= m_nowMs)
        return;
    m_lastStoryMs = p.followedUpMs;
    const Employee* nominator = m_loop.bounded(100) < 60 ? p.giver : anyOf(m_staff.associates);
    // Nobody decides on a story they nominated or that names them.
    const auto involved = [&](const Employee* e) {
        return e->id == nominator->id || e->id == p.giver->id || (p.approvedBy && *p.approvedBy == e->id);
    };
    const Employee* decider = nullptr;
    for (const Employee* e : m_staff.supervisors + m_staff.managers) {
        if (!involved(e) && (!decider || m_loop.bounded(2) == 0))
            decider = e;
    }
    const qint64 decidedMs = nominatedMs + qint64(4 + m_loop.bounded(60)) * 3'600'000;
    const bool decided = decider && decidedMs < m_nowMs;
    const bool approved = decided && m_loop.bounded(100) < 85;
    const QByteArray happened = utf8(p.story->description);
    const QByteArray didText = storyDid(p, customer);
    const QByteArray reaction = p.outcome->comment + "\nAt the follow-up: blown away";
    const QByteArray learned = utf8(p.story->prevention);
    const QByteArray reason = decided && !approved
                                  ? QByteArray("A routine fix done well; keep it for the team "
                                               "meeting rather than the board")
                                  : QByteArray();
    const QByteArray nominatedAt = TimeFormat::storedUtf8(nominatedMs);
    const qint64 id =
        m_out->story({RowValue::ofInteger(recovery.id), RowValue::ofInteger(nominator->id),
                      RowValue::ofText(nominatedAt), RowValue::ofText(happened), RowValue::ofText(didText),
                      RowValue::ofText(reaction), RowValue::ofText(learned),
                      RowValue::ofText(!decided   ? "nominated"
                                       : approved ? "approved"
                                                  : "declined"),
                      decided ? RowValue::ofInteger(decider->id) : RowValue{},
                      decided ? RowValue::ofText(TimeFormat::storedUtf8(decidedMs)) : RowValue{},
                      RowValue::ofText(reason)});
    if (approved)
        m_lastStory.insert(p.categoryId.toString(), {id, decidedMs});
    JsonPayload nominated;
    nominated.add("did", didText)
        .add("happened", happened)
        .add("incident_id", recovery.id)
        .add("learned", learned)
        .add("reaction", reaction);
    m_later.emplace(nominatedMs,
                    entry(AuditAction::StoryNominate, "story", id, nominator, nominated.bytes(), &recovery));
    if (!decided)
        return;
    JsonPayload decision;
    decision.add("incident_id", recovery.id);
    if (approved) {
        // Everyone who worked the recovery, by name, as the service lists them.
        QList<const Employee*> people{p.giver};
        if (p.approvedBy && p.approver->id != p.giver->id)
            people << p.approver;
        std::sort(people.begin(), people.end(),
                  [](const Employee* a, const Employee* b) { return a->name < b->name; });
        QByteArrayList ids;
        for (const Employee* e : people)
            ids << QByteArray::number(e->id);
        decision.addRaw("recognized", QByteArray('[' + ids.join(',') + ']'));
    } else {
        decision.add("reason", reason);
    }
    m_later.emplace(decidedMs, entry(approved ? AuditAction::StoryApprove : AuditAction::StoryDecline,
                                     "story", id, decider, decision.bytes(), &recovery));
}

void DemoHistory::scheduleVisit(qint64 customerId, qint64 atMs) {
    if (atMs >= m_nowMs)
        return;
    Later e{Later::Kind::Visit, {}, 0, anyOf(m_staff.associates), {}};
    e.customerId = customerId;
    m_later.emplace(atMs, e);
}

void DemoHistory::visit(qint64 customerId, qint64 atMs, const QByteArray& at) {
    const qint64 day = QDateTime::fromMSecsSinceEpoch(atMs, m_zone).date().toJulianDay();
    if (m_visitDays.contains({customerId, day}))
        return; // once a day, as the service allows
    m_visitDays.insert({customerId, day});
    const Employee* by = anyOf(m_staff.associates);
    const qint64 id =
        m_out->visit({RowValue::ofInteger(customerId), RowValue::ofText(at), RowValue::ofInteger(by->id)});
    JsonPayload p;
    p.add("customer_id", customerId);
    (void)m_out->audit(at, {by->id, by->code.toUtf8()}, AuditAction::CustomerBack, "visit", id, p.bytes(),
                       nullptr);
}

void DemoHistory::walkIn(int number, qint64 atMs, const QByteArray& at) {
    const int names = int(std::size(WalkInNames));
    QByteArray name = utf8(WalkInNames[number % names]);
    if (number >= names)
        name += " (" + QByteArray::number(number / names + 1) + ')';
    const int segment = m_loop.bounded(100);
    const QByteArray segmentId = segment < 65 ? "standard" : segment < 92 ? "regular" : "vip";
    const Employee* by = anyOf(m_staff.associates);
    const CustomerRow c{name,      "+1 555 " + QByteArray::number(700000 + number).rightJustified(7, '0'),
                        {},        {},
                        segmentId, {},
                        at,        lifetimeValueOf(segmentId, m_loop)};
    const qint64 id = writeCustomer(*m_out, c, {by->id, by->code.toUtf8()}, at).value();
    visit(id, atMs, at);
    // Most come back once or twice within two months.
    qint64 next = atMs;
    for (int chance : {55, 40}) {
        if (m_loop.bounded(100) >= chance)
            break;
        next += qint64(3 + m_loop.bounded(55)) * DayMs;
        scheduleVisit(id, next);
    }
}

} // namespace

const QList<DemoEmployee>& DemoSeeder::employees() {
    static const QList<DemoEmployee> list = {
        {u"A100"_s, u"Alex Rivera"_s, Role::Associate, u"4071829365"_s},
        {u"A101"_s, u"Sam Chen"_s, Role::Associate, u"2354861709"_s},
        {u"A102"_s, u"Lena Novak"_s, Role::Associate, u"3465079128"_s},
        {u"S200"_s, u"Priya Patel"_s, Role::Supervisor, u"5830617294"_s},
        {u"M300"_s, u"Jordan Blake"_s, Role::Manager, u"9184037265"_s},
    };
    return list;
}

Result<DemoSummary> DemoSeeder::seed(int incidents, quint32 seed) {
    if (incidents < 0 || incidents > 10'000'000)
        return Error::invalid(QCoreApplication::translate("Core", "--incidents: must be from 0 to 10000000"));
    const QDateTime realNow = QDateTime::currentDateTimeUtc();
    // History spreads over more days as it grows: about five recoveries a day, from 18 weeks (enough for the
    // combustion points' c-charts to judge the last weeks against twelve before them) to two years.
    const int days = std::clamp(incidents / 5, 126, 730);
    ManualClock clock(realNow.addDays(-days - 1));
    QRandomGenerator random(seed);

    EmployeeService staff(m_db, clock);
    auto existing = staff.count();
    if (!existing)
        return existing.error();
    if (existing.value() > 0)
        return Error::conflict(QCoreApplication::translate(
            "Core", "the database already has employees; seed-demo needs a fresh database"));

    // People and the playbook go through the services; the recoveries are written in bulk below.
    const Actor seeder = Actor::system(u"seed-demo"_s);
    PlaybookService playbooks(m_db, clock);
    if (auto r = playbooks.ensureInstalled(seeder); !r)
        return r.error();
    auto pb = playbooks.current();
    if (!pb)
        return pb.error();
    // The stories and gestures below name the built-in playbook's categories and items.
    if (pb->playbook->json() != Playbook::builtInJson())
        return Error::conflict(QCoreApplication::translate(
            "Core", "seed-demo needs the built-in playbook; another one is in force"));

    auto added = staff.addMany(seeder, demoTeam(incidents / days, random));
    if (!added)
        return added.error();
    const QList<Employee> people = added.value();
    Staff byRole;
    for (const Employee& e : people) {
        (e.role == Role::Associate    ? byRole.associates
         : e.role == Role::Supervisor ? byRole.supervisors
                                      : byRole.managers)
            .append(&e);
    }
    const std::vector<qint64> times =
        recoveryTimes(incidents, days, realNow, QTimeZone::systemTimeZone(), random);
    QList<CustomerDraft> pool = customerPool(incidents, random);

    DemoSummary summary;
    summary.employees = int(people.size());
    // The regulars: a third of a small history, at most about one visit a week each in a large one.
    const double regularShare =
        std::min(0.30, double(int(std::size(Customers)) * days / 7) / double(std::max(1, incidents)));
    DemoHistory history(pb.value(), byRole, std::move(pool), regularShare, realNow.toMSecsSinceEpoch(),
                        random, seed ^ 0x100bu);
    if (auto r = history.write(m_db, times, summary); !r)
        return r.error();
    summary.customers = history.customers();
    return summary;
}

} // namespace rebound
