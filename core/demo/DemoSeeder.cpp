// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoSeeder.h"

#include "audit/AuditAction.h"
#include "demo/BulkRecoveryWriter.h"
#include "domain/Clock.h"
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
        pool.append(
            {std::nullopt, s(c.name), s(c.phone), s(c.email), s(c.ref), s(c.segment), s(c.preferences)});
    const int generated = std::max(150, incidents / 6);
    for (int i = 0; i < generated; ++i) {
        const QString name = first.at(i % first.size()) + u' ' + last.at((i / first.size()) % last.size());
        const int segment = random.bounded(100);
        CustomerDraft c;
        c.name = i < first.size() * last.size() ? name : name + u" (" + QString::number(i) + u')';
        c.phone = u"+1 555 %1"_s.arg(200000 + i, 7, 10, QLatin1Char('0'));
        c.email = random.bounded(100) < 70 ? u"customer%1@example.net"_s.arg(i) : QString();
        c.accountRef = random.bounded(100) < 50 ? u"ACC-%1"_s.arg(40000 + i) : QString();
        c.segment = segment < 70 ? u"standard"_s : segment < 92 ? u"regular"_s : u"vip"_s;
        c.preferences = notes.at(random.bounded(int(notes.size())));
        pool.append(c);
    }
    return pool;
}

} // namespace

const QList<DemoEmployee>& DemoSeeder::employees() {
    static const QList<DemoEmployee> list = {
        {u"A100"_s, u"Alex Rivera"_s, Role::Associate, u"1234"_s},
        {u"A101"_s, u"Sam Chen"_s, Role::Associate, u"2345"_s},
        {u"A102"_s, u"Lena Novak"_s, Role::Associate, u"3456"_s},
        {u"S200"_s, u"Priya Patel"_s, Role::Supervisor, u"5678"_s},
        {u"M300"_s, u"Jordan Blake"_s, Role::Manager, u"9012"_s},
    };
    return list;
}

Result<DemoSummary> DemoSeeder::seed(int incidents, quint32 seed) {
    if (incidents < 0 || incidents > 10'000'000)
        return Error::invalid(QCoreApplication::translate("Core", "--incidents: must be from 0 to 10000000"));
    const QDateTime realNow = QDateTime::currentDateTimeUtc();
    const qint64 nowMs = realNow.toMSecsSinceEpoch();
    // History spreads over more days as it grows: about five recoveries a day, from two months to two years.
    const int days = std::clamp(incidents / 5, 60, 730);
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

    // The five documented logins, and as the history grows, the colleagues a busy group would have:
    // about one associate per twenty recoveries a day, a supervisor per eight associates.
    QList<EmployeeService::NewEmployee> team;
    for (const DemoEmployee& e : employees())
        team.append({e.code, e.name, e.role, e.pin});
    const int perDay = incidents / days;
    const int associateCount = std::clamp(perDay / 20, 3, 150);
    const auto colleague = [&](int n) -> QString {
        static const QStringList first = {u"Maya"_s, u"Theo"_s,  u"Nina"_s, u"Omar"_s, u"Julia"_s,
                                          u"Ben"_s,  u"Rosa"_s,  u"Ivan"_s, u"Lea"_s,  u"Hugo"_s,
                                          u"Ada"_s,  u"Felix"_s, u"Iris"_s, u"Kai"_s};
        static const QStringList last = {u"Lopez"_s, u"Meyer"_s, u"Ito"_s,      u"Brown"_s, u"Costa"_s,
                                         u"Varga"_s, u"Okoro"_s, u"Lindgren"_s, u"Hassan"_s};
        return first.at(n % first.size()) + u' ' + last.at((n / first.size()) % last.size());
    };
    const auto pin = [&] { return QString::number(100000 + random.bounded(900000)); };
    for (int i = 3; i < associateCount; ++i)
        team.append({u"A%1"_s.arg(100 + i), colleague(i), Role::Associate, pin()});
    for (int i = 1; i < std::max(1, associateCount / 8); ++i)
        team.append({u"S%1"_s.arg(200 + i), colleague(i * 7 + 1), Role::Supervisor, pin()});
    for (int i = 1; i < std::max(1, associateCount / 30); ++i)
        team.append({u"M%1"_s.arg(300 + i), colleague(i * 11 + 3), Role::Manager, pin()});
    auto added = staff.addMany(seeder, team);
    if (!added)
        return added.error();
    const QList<Employee> people = added.value();
    const auto byRole = [&](Role role) {
        QList<const Employee*> out;
        for (const auto& p : people) {
            if (p.role == role)
                out.append(&p);
        }
        return out;
    };
    const auto associates = byRole(Role::Associate);
    const auto supervisors = byRole(Role::Supervisor);
    const auto managers = byRole(Role::Manager);

    // Times of the recoveries, in order, during opening hours (8:00 to 22:00 local).
    std::vector<qint64> times;
    times.reserve(size_t(incidents));
    // One zone object: QDateTime::toLocalTime() would ask the C library, which stats /etc/localtime each
    // time.
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QDate firstDay = realNow.toTimeZone(zone).date().addDays(-days);
    for (int i = 0; i < incidents; ++i) {
        const QDate day = firstDay.addDays(random.bounded(days));
        times.push_back(QDateTime(day, QTime(8, 0), zone).toMSecsSinceEpoch() +
                        qint64(random.bounded(14 * 3600)) * 1000);
    }
    std::sort(times.begin(), times.end());

    const Playbook& playbook = *pb->playbook;
    const SpendingPolicy policy(playbook);
    const QByteArray currency = playbook.currency().toUtf8();
    const QList<CustomerDraft> pool = customerPool(incidents, random);
    struct Stored {
        qint64 id = 0;
        QString name;
        QByteArray channel;
    };
    std::vector<Stored> known(size_t(pool.size())); // id 0: not written yet

    // Later events (follow-ups done, reviews) wait in time order and are written when their time comes,
    // so the audit log reads in the order things happened.
    struct Later {
        enum class Kind { FollowUpDone, Review } kind;
        BulkRecoveryRef recovery;
        qint64 followUpId;
        const Employee* by;
        QByteArray text;
    };
    std::multimap<qint64, Later> later;
    static const QList<QByteArray> outcomes = {
        "Customer thanked us; happy with how it was handled", "Confirmed the correction arrived",
        "Left a voicemail, then got a text back: all good", "Customer will come back next month",
        "Still a little disappointed, but appreciated the call"};
    const QByteArray reviewNote = "Checked with the employee: the gesture fits the failure.";
    const qint64 reviewThreshold = ReviewService::DefaultThresholdMinor;
    const auto actorOf = [](const Employee* e) { return std::pair{e->id, e->code.toUtf8()}; };

    const double regularShare =
        std::min(0.30, double(int(std::size(Customers)) * days / 7) / double(std::max(1, incidents)));
    DemoSummary summary;
    summary.employees = int(people.size());
    // Money given today by each employee within their own authority, as spentToday() reads it.
    QHash<QPair<qint64, QDate>, qint64> spentOn;

    // Keys of these arrive in random order; the audit log's indexes grow at their ends and stay.
    const QStringList rebuilt = {u"incidents_customer"_s, u"customers_phone"_s, u"customers_email"_s,
                                 u"customers_name"_s, u"incidents_total"_s};
    auto written = m_db.bulkLoad(rebuilt, [&]() -> Result<void> {
        BulkRecoveryWriter out(m_db);
        if (auto r = out.start(); !r)
            return r;
        const auto drain = [&](qint64 until) {
            while (!later.empty() && later.begin()->first <= until) {
                const qint64 atMs = later.begin()->first;
                const Later e = later.begin()->second;
                later.erase(later.begin());
                const QByteArray at = TimeFormat::storedUtf8(atMs);
                const auto [actorId, actor] = actorOf(e.by);
                if (e.kind == Later::Kind::Review) {
                    out.review(e.recovery.id, e.by->id, at, e.text);
                    const QByteArray ref = QByteArray::number(e.recovery.id);
                    JsonPayload p;
                    p.add("incident_id", e.recovery.id)
                        .add("kind", "incident")
                        .add("note", e.text)
                        .add("ref", ref);
                    out.audit(at, actorId, actor, auditActionId(AuditAction::ReviewMark), "review",
                              e.recovery.id, p.bytes(), &e.recovery);
                    continue;
                }
                JsonPayload p;
                p.add("incident_id", e.recovery.id).add("outcome", e.text);
                out.audit(at, actorId, actor, auditActionId(AuditAction::FollowUpDone), "follow_up",
                          e.followUpId, p.bytes(), &e.recovery);
                out.audit(at, actorId, actor, auditActionId(AuditAction::IncidentClose), "incident",
                          e.recovery.id, "{}", &e.recovery);
                ++summary.followUpsDone;
            }
        };

        for (const qint64 t : times) {
            if (out.failed())
                break;
            drain(t);
            const Story& story = Stories[random.bounded(int(std::size(Stories)))];
            // The regulars of SCENARIOS.md: a third of a small history, at most about one visit a week each
            // in a large one. Everyone else comes from the pool, most of them more than once.
            const int regulars = int(std::size(Customers));
            const int pick = random.generateDouble() < regularShare ? random.bounded(regulars)
                                                                    : random.bounded(int(pool.size()));
            const CustomerDraft& customer = pool.at(pick);
            const QString categoryId = s(story.category);
            const int sev = random.bounded(100);
            QString severity = playbook.severities().at(sev < 45 ? 0 : sev < 80 ? 1 : sev < 96 ? 2 : 3).id;
            const bool staffFound = random.bounded(100) < 22;
            const bool resolved = random.bounded(100) < 92;
            const int target = playbook.severity(severity)->targetMinutes;
            // Most recoveries finish within the severity's target; some run late.
            const int minutes =
                2 + random.bounded(std::max(3, random.bounded(100) < 85 ? target : target * 2));
            const qint64 done = std::min(t + (qint64(minutes) * 60 + 240) * 1000, nowMs - 60'000);
            const qint64 apologized = t + std::min<qint64>((60 + random.bounded(120)) * 1000, (done - t) / 3);
            const qint64 fixed = t + (done - t) * 2 / 3;

            const Category* cat = playbook.category(categoryId);
            const QStringList& ideas = cat->suggestions.value(severity);
            const QString segment = customer.segment;
            const Money budget = playbook.suggestedBudget(severity, segment);
            const int lines = ideas.isEmpty() ? 0 : 1 + (random.bounded(100) < 30 ? 1 : 0);
            struct Given {
                const CatalogItem* item;
                Money amount;
            };
            QList<Given> given;
            for (int i = 0; i < lines && i < ideas.size(); ++i) {
                const CatalogItem* item = playbook.item(ideas.at(i));
                Money amount = item->amount.value_or(Money(0, playbook.currency()));
                if (item->isFreeAmount()) {
                    // Around the suggested budget, in whole currency units, sometimes the overreact notch.
                    const Money reference =
                        random.bounded(100) < 20 ? playbook.overreactBudget(severity, segment) : budget;
                    const qint64 minor =
                        std::max<qint64>(500, reference.minor() * (60 + random.bounded(60)) / 100 / lines);
                    amount = Money(minor / 100 * 100, playbook.currency());
                }
                given.append({item, amount});
            }
            if (story.description == Stories[0].description && segment == u"vip") {
                given = {{playbook.item(u"credit"_s), Money(180000, playbook.currency())}};
                severity = u"major"_s;
            }
            const qint64 due = done + qint64(cat->followUpHours.first()) * 3'600'000;
            const int satisfaction =
                std::clamp(3 + random.bounded(3) - (random.bounded(100) < 10 ? 2 : 0), 1, 5);

            const int who = random.bounded(100);
            const auto anyOf = [&](const QList<const Employee*>& list) {
                return list.at(random.bounded(int(list.size())));
            };
            const Employee* giver = who < 75   ? anyOf(associates)
                                    : who < 93 ? anyOf(supervisors)
                                               : anyOf(managers);
            // A manager's gestures beyond their authority go to a supervisor of the day, others' to a
            // manager.
            const Employee* approver = giver->role == Role::Manager || random.bounded(100) < 30
                                           ? anyOf(supervisors)
                                           : anyOf(managers);
            if (approver->id == giver->id)
                approver = managers.first();
            const Employee* manager = anyOf(managers);
            const Employee* supervisor = anyOf(supervisors);

            // The spending rules, exactly as record() applies them.
            Money total(0, playbook.currency());
            for (const Given& g : std::as_const(given))
                total += g.amount;
            const QDate localDay = QDateTime::fromMSecsSinceEpoch(done, zone).date();
            qint64& spent = spentOn[{giver->id, localDay}];
            const SpendingDecision decision =
                policy.evaluate(*giver, total, Money(spent, playbook.currency()));
            std::optional<qint64> approvedBy;
            if (decision.verdict == SpendingDecision::Verdict::Refused)
                return Error::denied(
                    u"demo recovery %1: %2"_s.arg(summary.incidents + 1).arg(decision.reason));
            if (decision.verdict == SpendingDecision::Verdict::NeedsApproval) {
                if (auto r = policy.checkApprover(*giver, *approver, total); !r)
                    return Error{r.error().code,
                                 u"demo recovery %1: %2"_s.arg(summary.incidents + 1).arg(r.error().message)};
                approvedBy = approver->id;
            } else {
                spent += total.minor();
            }

            const QByteArray doneAt = TimeFormat::storedUtf8(done);
            const qint64 giverId = giver->id;
            const QByteArray giverCode = giver->code.toUtf8();
            Stored& stored = known[size_t(pick)];
            if (stored.id == 0) {
                BulkCustomer c{customer.name.toUtf8(),
                               customer.phone.toUtf8(),
                               customer.email.toLower().toUtf8(),
                               customer.accountRef.toUtf8(),
                               segment.toUtf8(),
                               customer.preferences.toUtf8(),
                               doneAt};
                stored = {out.customer(c), customer.name,
                          channelId(RecoveryService::defaultFollowUpChannel(customer.phone, customer.email))
                              .toLatin1()};
                JsonPayload p;
                p.add("name", c.name).add("segment", c.segment);
                out.audit(doneAt, giverId, giverCode, auditActionId(AuditAction::CustomerAdd), "customer",
                          stored.id, p.bytes(), nullptr);
            }

            // Most follow-ups that are due get done within a day; a few are left overdue for the main screen.
            const qint64 followedUp = due + qint64(random.bounded(20 * 3600)) * 1000;
            const bool followUpDone = followedUp < nowMs && random.bounded(100) < 88;
            const QByteArray outcome =
                followUpDone ? outcomes.at(random.bounded(int(outcomes.size()))) : QByteArray();

            BulkIncident inc;
            inc.uuid = RecoveryService::makeUuid(random).toLatin1();
            inc.customerId = stored.id;
            inc.openedBy = giver->id;
            inc.playbookVersion = pb->version;
            inc.status = statusId(followUpDone ? IncidentStatus::Closed : IncidentStatus::FollowUpScheduled)
                             .toLatin1();
            inc.category = categoryId.toUtf8();
            inc.severity = severity.toUtf8();
            inc.detectedBy = detectedById(staffFound ? DetectedBy::Staff : DetectedBy::Customer).toLatin1();
            inc.description = s(story.description).toUtf8();
            inc.preventionNote = s(story.prevention).toUtf8();
            inc.apology = Playbook::personalise(cat->apologies.first(), stored.name, giver->name).toUtf8();
            inc.fixNotes = s(story.fix).toUtf8();
            inc.resolved = resolved;
            inc.satisfaction = satisfaction;
            inc.currency = currency;
            inc.openedAt = TimeFormat::storedUtf8(t);
            inc.apologizedAt = TimeFormat::storedUtf8(apologized);
            inc.fixedAt = TimeFormat::storedUtf8(fixed);
            inc.compensatedAt = doneAt;
            inc.followUpScheduledAt = doneAt;
            if (followUpDone)
                inc.closedAt = TimeFormat::storedUtf8(followedUp);
            inc.totalMinor = total.minor();
            inc.override = approvedBy.has_value();
            const qint64 id = out.incident(inc);
            const BulkRecoveryRef recovery{id, inc.category, inc.totalMinor, inc.override};

            const auto step = [&](const char* action, const JsonPayload& p) {
                return out.audit(doneAt, giverId, giverCode, action, "incident", id, p.bytes(), &recovery);
            };
            JsonPayload p;
            p.add("category", inc.category)
                .add("customer_id", stored.id)
                .add("description", inc.description)
                .add("detected_by", inc.detectedBy)
                .add("opened_at", inc.openedAt)
                .add("playbook_version", inc.playbookVersion)
                .add("severity", inc.severity)
                .add("uuid", inc.uuid);
            step(auditActionId(AuditAction::IncidentOpen), p);
            p.clear();
            step(auditActionId(AuditAction::IncidentApologize), p.add("apology", inc.apology));
            p.clear();
            p.add("notes", inc.fixNotes)
                .addBool("resolved", resolved)
                .add("prevention_note", inc.preventionNote);
            step(auditActionId(AuditAction::IncidentFix), p);
            for (const Given& g : std::as_const(given)) {
                BulkCompensation c;
                c.incidentId = id;
                c.item = g.item->id.toUtf8();
                c.kind = catalogKindId(g.item->kind).toUtf8();
                c.amountMinor = g.amount.minor();
                c.costMinor = g.item->cost.value_or(g.amount).minor();
                c.currency = currency;
                c.givenBy = giver->id;
                c.givenAt = doneAt;
                c.approvedBy = approvedBy;
                if (g.item->kind == CatalogKind::Voucher)
                    c.voucherCode = RecoveryService::makeVoucherCode(random).toLatin1();
                const qint64 compensationId = out.compensation(c);
                p.clear();
                p.add("amount", g.amount.toDecimalString().toLatin1());
                if (approvedBy)
                    p.add("approved_by", *approvedBy);
                p.add("currency", currency).add("incident_id", id).add("item", c.item);
                if (!c.voucherCode.isEmpty())
                    p.add("voucher_code", c.voucherCode);
                out.audit(doneAt, giverId, giverCode, auditActionId(AuditAction::CompensationGive),
                          "compensation", compensationId, p.bytes(), &recovery);
            }
            const QByteArray totalText = total.toDecimalString().toLatin1();
            if (approvedBy) {
                const auto [approverId, approverCode] = actorOf(approver);
                p.clear();
                p.add("given_by", giverCode).add("reason", decision.reason.toUtf8()).add("total", totalText);
                out.audit(doneAt, approverId, approverCode, auditActionId(AuditAction::CompensationApprove),
                          "incident", id, p.bytes(), &recovery);
            }
            p.clear();
            p.add("currency", currency).add("lines", qint64(given.size())).add("total", totalText);
            step(auditActionId(AuditAction::IncidentCompensate), p);

            BulkFollowUp f;
            f.incidentId = id;
            f.dueAt = TimeFormat::storedUtf8(due);
            f.channel = stored.channel;
            f.ownerId = giver->id;
            if (followUpDone) {
                f.doneAt = inc.closedAt;
                f.doneBy = giver->id;
                f.outcome = outcome;
            }
            const qint64 followUpId = out.followUp(f);
            p.clear();
            p.add("channel", f.channel)
                .add("due", f.dueAt)
                .add("incident_id", id)
                .add("satisfaction", satisfaction);
            out.audit(doneAt, giverId, giverCode, auditActionId(AuditAction::FollowUpSchedule), "follow_up",
                      followUpId, p.bytes(), &recovery);
            ++summary.incidents;
            if (followUpDone)
                later.emplace(followedUp,
                              Later{Later::Kind::FollowUpDone, recovery, followUpId, giver, outcome});

            // Supervisors keep up with the review queue: a day or two later, someone not involved looks.
            if (approvedBy || total.minor() >= reviewThreshold) {
                const qint64 reviewAt = done + qint64(20 + random.bounded(48)) * 3'600'000;
                const auto involved = [&](const Employee* e) {
                    return e->id == giver->id || (approvedBy && *approvedBy == e->id);
                };
                const Employee* reviewer = !involved(manager)      ? manager
                                           : !involved(supervisor) ? supervisor
                                                                   : nullptr;
                if (reviewer && reviewAt < nowMs - 7 * 86'400'000LL)
                    later.emplace(reviewAt, Later{Later::Kind::Review, recovery, 0, reviewer, reviewNote});
            }
        }
        drain(nowMs);
        return out.finish();
    });
    if (!written)
        return written.error();
    summary.customers =
        int(std::count_if(known.begin(), known.end(), [](const Stored& c) { return c.id != 0; }));
    return summary;
}

} // namespace rebound
