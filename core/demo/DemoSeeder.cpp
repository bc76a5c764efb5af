// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoSeeder.h"

#include "domain/Clock.h"
#include "services/EmployeeService.h"
#include "services/PlaybookService.h"
#include "services/RecoveryService.h"
#include "services/ReviewService.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <map>

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

    QList<AuthenticatedEmployee> people;
    for (const DemoEmployee& e : employees()) {
        if (auto r = staff.add(seeder, e.code, e.name, e.role, e.pin); !r)
            return r.error();
        auto login = staff.authenticate(e.code, e.pin);
        if (!login)
            return login.error();
        people.append(login.value());
    }
    const auto byRole = [&](Role role) {
        QList<const AuthenticatedEmployee*> out;
        for (const auto& p : people) {
            if (p.employee().role == role)
                out.append(&p);
        }
        return out;
    };
    const auto associates = byRole(Role::Associate);
    const auto supervisors = byRole(Role::Supervisor);
    const auto managers = byRole(Role::Manager);

    RecoveryService recoveries(m_db, clock, playbooks);
    recoveries.setRandomGenerator(&random);

    // Times of the recoveries, in order, during opening hours (8:00 to 22:00 local).
    QList<QDateTime> times;
    times.reserve(incidents);
    const QDateTime start = realNow.toLocalTime().addDays(-days);
    for (int i = 0; i < incidents; ++i) {
        const QDate day = start.date().addDays(random.bounded(days));
        times.append(QDateTime(day, QTime(8, 0)).addSecs(random.bounded(14 * 3600)).toUTC());
    }
    std::sort(times.begin(), times.end());

    struct Pending {
        qint64 followUpId;
        const AuthenticatedEmployee* by;
        QString outcome;
    };
    std::multimap<QDateTime, Pending> pending;
    DemoSummary summary;
    summary.employees = int(people.size());
    const auto drain = [&](const QDateTime& until) -> Result<void> {
        while (!pending.empty() && pending.begin()->first <= until) {
            clock.set(pending.begin()->first);
            const Pending p = pending.begin()->second;
            pending.erase(pending.begin());
            if (auto r = recoveries.completeFollowUp(*p.by, p.followUpId, p.outcome); !r)
                return r;
            ++summary.followUpsDone;
        }
        return {};
    };
    static const QStringList outcomes = {
        u"Customer thanked us; happy with how it was handled"_s, u"Confirmed the correction arrived"_s,
        u"Left a voicemail, then got a text back: all good"_s, u"Customer will come back next month"_s,
        u"Still a little disappointed, but appreciated the call"_s};

    const auto& playbook = *pb->playbook;
    const QList<CustomerDraft> pool = customerPool(incidents, random);
    QSet<QString> seenCustomers;
    for (const QDateTime& t : std::as_const(times)) {
        if (auto r = drain(t); !r)
            return r.error();
        const Story& story = Stories[random.bounded(int(std::size(Stories)))];
        // A third of recoveries involve the regulars; the rest, anyone from the pool.
        const int regulars = int(std::size(Customers));
        const int pick =
            random.bounded(100) < 30 ? random.bounded(regulars) : random.bounded(int(pool.size()));
        RecoveryDraft d;
        d.customer = pool.at(pick);
        seenCustomers.insert(d.customer.phone);
        d.category = s(story.category);
        const int sev = random.bounded(100);
        d.severity = playbook.severities().at(sev < 45 ? 0 : sev < 80 ? 1 : sev < 96 ? 2 : 3).id;
        d.detectedBy = random.bounded(100) < 22 ? u"staff"_s : u"customer"_s;
        d.description = s(story.description);
        d.preventionNote = s(story.prevention);
        d.fixNotes = s(story.fix);
        d.resolved = random.bounded(100) < 92;
        d.occurredAt = t;
        const int target = playbook.severity(d.severity)->targetMinutes;
        // Most recoveries finish within the severity's target; some run late.
        const int minutes = 2 + random.bounded(std::max(3, random.bounded(100) < 85 ? target : target * 2));
        const QDateTime done = std::min(t.addSecs(qint64(minutes) * 60 + 240), realNow.addSecs(-60));
        d.apologizedAt = t.addSecs(std::min<qint64>(60 + random.bounded(120), t.secsTo(done) / 3));
        d.fixedAt = t.addSecs(t.secsTo(done) * 2 / 3);
        clock.set(done);

        const Category* cat = playbook.category(d.category);
        const QStringList& ideas = cat->suggestions.value(d.severity);
        const Money budget = playbook.suggestedBudget(d.severity, d.customer.segment);
        const int lines = ideas.isEmpty() ? 0 : 1 + (random.bounded(100) < 30 ? 1 : 0);
        for (int i = 0; i < lines && i < ideas.size(); ++i) {
            const CatalogItem* item = playbook.item(ideas.at(i));
            CompensationDraft c{item->id, {}};
            if (item->isFreeAmount()) {
                // Around the suggested budget, in whole currency units, sometimes the overreact notch.
                const Money reference = random.bounded(100) < 20
                                            ? playbook.overreactBudget(d.severity, d.customer.segment)
                                            : budget;
                const qint64 minor =
                    std::max<qint64>(500, reference.minor() * (60 + random.bounded(60)) / 100 / lines);
                c.amount = Money(minor / 100 * 100, playbook.currency()).toDecimalString();
            }
            d.compensations.append(c);
        }
        if (story.description == Stories[0].description && d.customer.segment == u"vip") {
            d.compensations = {{u"credit"_s, u"1800.00"_s}};
            d.severity = u"major"_s;
        }
        d.followUpDue = clock.nowUtc().addSecs(qint64(cat->followUpHours.first()) * 3600);
        d.satisfaction = std::clamp(3 + random.bounded(3) - (random.bounded(100) < 10 ? 2 : 0), 1, 5);

        const int who = random.bounded(100);
        const AuthenticatedEmployee* giver = who < 75 ? associates.at(random.bounded(int(associates.size())))
                                             : who < 93 ? supervisors.first()
                                                        : managers.first();
        const AuthenticatedEmployee* approver =
            giver->employee().role == Role::Manager || random.bounded(100) < 30 ? supervisors.first()
                                                                                : managers.first();
        if (approver->employee().id == giver->employee().id)
            approver = managers.first();
        auto recorded = recoveries.record(*giver, d, approver);
        if (!recorded)
            return Error{recorded.error().code,
                         u"demo recovery %1: %2"_s.arg(summary.incidents + 1).arg(recorded.error().message)};
        ++summary.incidents;
        // Most follow-ups that are due get done within a day; a few are left overdue for the main screen.
        const QDateTime doneAt = d.followUpDue->addSecs(random.bounded(20 * 3600));
        if (doneAt < realNow && random.bounded(100) < 88) {
            pending.emplace(doneAt, Pending{recorded->followUpId, giver,
                                            outcomes.at(random.bounded(int(outcomes.size())))});
        }
    }
    if (auto r = drain(realNow); !r)
        return r.error();
    // Supervisors keep up with the review queue: everything older than a week has been looked at.
    ReviewService reviews(m_db, clock, playbooks);
    clock.set(realNow);
    auto queue = reviews.queue(*managers.first());
    if (!queue)
        return queue.error();
    for (const ReviewItem& item : queue.value()) {
        if (item.kind == ReviewItem::Kind::EmployeeWeek || item.when >= realNow.addDays(-7))
            continue;
        // Whoever was not involved reviews it: the manager, else the supervisor.
        for (const AuthenticatedEmployee* reviewer : {managers.first(), supervisors.first()}) {
            auto r = reviews.markReviewed(*reviewer, item,
                                          u"Checked with the employee: the gesture fits the failure."_s);
            if (r)
                break;
            if (r.error().code != Error::Code::Denied)
                return r.error();
        }
    }
    summary.customers = int(seenCustomers.size());
    return summary;
}

} // namespace rebound
