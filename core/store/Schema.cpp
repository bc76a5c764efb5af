// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Schema.h"

using namespace Qt::StringLiterals;

namespace rebound::Schema {

namespace {

// Append-only: the application never changes or removes an entry, and nobody else should.
const QString NoUpdateTrigger = uR"(CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END)"_s;

// The one sanctioned change to existing entries: filling new, unhashed index columns.
QStringList fillingAuditLog(const QString& update) {
    return {u"DROP TRIGGER audit_log_no_update"_s, update, NoUpdateTrigger};
}

// Times are UTC text "YYYY-MM-DDTHH:MM:SS.mmmZ" (fixed width, so text order is time order);
// money is integer minor units. Plain SQL types so a PostgreSQL schema can mirror this one.
QStringList version1() {
    return {
        uR"(CREATE TABLE employees (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('associate', 'supervisor', 'manager')),
            pin_hash TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
            failed_pins INTEGER NOT NULL DEFAULT 0,
            locked_until TEXT,
            created_at TEXT NOT NULL))"_s,
        uR"(CREATE TABLE customers (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            account_ref TEXT NOT NULL DEFAULT '',
            segment TEXT NOT NULL,
            lifetime_value_minor INTEGER NOT NULL DEFAULT 0,
            preferences TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL))"_s,
        u"CREATE INDEX customers_phone ON customers (phone)"_s,
        u"CREATE INDEX customers_email ON customers (email)"_s,
        u"CREATE INDEX customers_name ON customers (name)"_s,
        uR"(CREATE TABLE playbook_versions (
            version INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            json TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            imported_by TEXT NOT NULL))"_s,
        uR"(CREATE TABLE incidents (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            customer_id INTEGER NOT NULL REFERENCES customers (id),
            opened_by INTEGER NOT NULL REFERENCES employees (id),
            playbook_version INTEGER NOT NULL REFERENCES playbook_versions (version),
            status TEXT NOT NULL,
            category TEXT NOT NULL,
            severity TEXT NOT NULL,
            detected_by TEXT NOT NULL CHECK (detected_by IN ('customer', 'staff')),
            description TEXT NOT NULL,
            prevention_note TEXT NOT NULL DEFAULT '',
            apology TEXT NOT NULL DEFAULT '',
            fix_notes TEXT NOT NULL DEFAULT '',
            resolved INTEGER NOT NULL DEFAULT 0,
            satisfaction INTEGER CHECK (satisfaction BETWEEN 1 AND 5),
            currency TEXT NOT NULL,
            opened_at TEXT NOT NULL,
            apologized_at TEXT,
            fixed_at TEXT,
            compensated_at TEXT,
            follow_up_scheduled_at TEXT,
            closed_at TEXT))"_s,
        u"CREATE INDEX incidents_opened_at ON incidents (opened_at)"_s,
        u"CREATE INDEX incidents_customer ON incidents (customer_id)"_s,
        u"CREATE INDEX incidents_status ON incidents (status)"_s,
        uR"(CREATE TABLE compensations (
            id INTEGER PRIMARY KEY,
            incident_id INTEGER NOT NULL REFERENCES incidents (id),
            item TEXT NOT NULL,
            kind TEXT NOT NULL,
            amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
            cost_minor INTEGER NOT NULL CHECK (cost_minor >= 0),
            currency TEXT NOT NULL,
            given_by INTEGER NOT NULL REFERENCES employees (id),
            given_at TEXT NOT NULL,
            approved_by INTEGER REFERENCES employees (id),
            voucher_code TEXT NOT NULL DEFAULT ''))"_s,
        u"CREATE INDEX compensations_incident ON compensations (incident_id)"_s,
        u"CREATE INDEX compensations_given ON compensations (given_by, given_at)"_s,
        uR"(CREATE TABLE follow_ups (
            id INTEGER PRIMARY KEY,
            incident_id INTEGER NOT NULL REFERENCES incidents (id),
            due_at TEXT NOT NULL,
            channel TEXT NOT NULL,
            owner_id INTEGER NOT NULL REFERENCES employees (id),
            done_at TEXT,
            done_by INTEGER REFERENCES employees (id),
            outcome TEXT NOT NULL DEFAULT ''))"_s,
        u"CREATE INDEX follow_ups_incident ON follow_ups (incident_id)"_s,
        u"CREATE INDEX follow_ups_due ON follow_ups (due_at)"_s,
        uR"(CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor_id INTEGER,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            payload TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL))"_s,
        u"CREATE INDEX audit_log_entity ON audit_log (entity, entity_id)"_s,
        NoUpdateTrigger,
        uR"(CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END)"_s,
    };
}

// Supervisor views over millions of rows: each audit entry knows its recovery, each recovery its total
// and whether it needed an override, so filters are index lookups instead of JSON scans.
QStringList version2() {
    return QStringList{
               u"ALTER TABLE incidents ADD COLUMN total_minor INTEGER NOT NULL DEFAULT 0"_s,
               u"ALTER TABLE incidents ADD COLUMN override INTEGER NOT NULL DEFAULT 0"_s,
               uR"(UPDATE incidents SET
            total_minor = coalesce((SELECT sum(c.amount_minor) FROM compensations c WHERE c.incident_id = incidents.id), 0),
            override = EXISTS (SELECT 1 FROM compensations c WHERE c.incident_id = incidents.id
                               AND c.approved_by IS NOT NULL))"_s,
               u"ALTER TABLE audit_log ADD COLUMN incident_id INTEGER"_s,
           } +
           fillingAuditLog(uR"(UPDATE audit_log SET incident_id = CASE WHEN entity = 'incident'
            THEN CAST(entity_id AS INTEGER) ELSE json_extract(payload, '$.incident_id') END)"_s) +
           QStringList{
               u"CREATE INDEX audit_log_incident ON audit_log (incident_id)"_s,
               u"CREATE INDEX audit_log_at ON audit_log (at)"_s,
               u"CREATE INDEX audit_log_actor ON audit_log (actor_id, id)"_s,
               u"CREATE INDEX audit_log_action ON audit_log (action, id)"_s,
               u"CREATE INDEX incidents_category ON incidents (category, opened_at)"_s,
               u"CREATE INDEX incidents_override ON incidents (override) WHERE override = 1"_s,
               u"CREATE INDEX incidents_total ON incidents (total_minor)"_s,
               uR"(CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL))"_s,
               uR"(CREATE TABLE reviews (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('incident', 'employee-week')),
            ref TEXT NOT NULL,
            reviewed_by INTEGER NOT NULL REFERENCES employees (id),
            reviewed_at TEXT NOT NULL,
            note TEXT NOT NULL,
            UNIQUE (kind, ref)))"_s,
           };
}

// A million recoveries: each audit entry also carries its recovery's category, total and override flag
// (unhashed, copied from the recovery when written), so every filter and sort of the supervisor's audit
// view is one index range instead of a join per recovery.
QStringList version3() {
    return QStringList{
               // Never used (entity ids are searched through incident_id), and the costliest index to keep.
               u"DROP INDEX audit_log_entity"_s,
               u"ALTER TABLE audit_log ADD COLUMN category TEXT"_s,
               u"ALTER TABLE audit_log ADD COLUMN total_minor INTEGER"_s,
               u"ALTER TABLE audit_log ADD COLUMN override INTEGER NOT NULL DEFAULT 0"_s,
           } +
           fillingAuditLog(uR"(UPDATE audit_log SET category = i.category, total_minor = i.total_minor,
            override = i.override FROM incidents i WHERE i.id = audit_log.incident_id)"_s) +
           QStringList{
               // Sorting by who did it walks this index in order; the employee filter finds the code first.
               u"DROP INDEX audit_log_actor"_s,
               u"CREATE INDEX audit_log_actor ON audit_log (actor, id)"_s,
               u"CREATE INDEX audit_log_category ON audit_log (category, id)"_s,
               u"CREATE INDEX audit_log_override ON audit_log (id) WHERE override = 1"_s,
               // "Minimum total" finds large gestures (100.00 and up) here; below that, through the
               // recoveries.
               u"CREATE INDEX audit_log_large ON audit_log (total_minor, id) WHERE total_minor >= 10000"_s,
               // The reports read a date range of recoveries or gestures from one index, without the table.
               u"DROP INDEX incidents_opened_at"_s,
               u"CREATE INDEX incidents_opened ON incidents (opened_at, category, severity, follow_up_scheduled_at)"_s,
               u"CREATE INDEX compensations_given_at ON compensations "
               u"(given_at, given_by, incident_id, amount_minor, cost_minor)"_s,
               // Never used: "status <> 'closed'" walks the opened_at order instead.
               u"DROP INDEX incidents_status"_s,
               // The search box finds recoveries by voucher code.
               u"CREATE INDEX compensations_voucher ON compensations (voucher_code) WHERE voucher_code <> ''"_s,
           };
}

// Version 4: the follow-up is where the outcome is recorded: reached or not (attempts counted), the
// customer's satisfaction then and their verdict. Corrections of a saved recovery are amendments beside
// it, never edits of what was recorded: the change, the reason, who and when.
QStringList version4() {
    return {
        uR"(CREATE TABLE amendments (
            id INTEGER PRIMARY KEY,
            incident_id INTEGER NOT NULL REFERENCES incidents (id),
            field TEXT NOT NULL CHECK (field IN ('category', 'severity', 'description', 'gesture')),
            compensation_id INTEGER REFERENCES compensations (id),
            before TEXT NOT NULL,
            after TEXT NOT NULL,
            reason TEXT NOT NULL,
            amended_by INTEGER NOT NULL REFERENCES employees (id),
            amended_at TEXT NOT NULL))"_s,
        u"CREATE INDEX amendments_incident ON amendments (incident_id)"_s,
        // A gesture recorded by mistake is withdrawn: its row stays, the sums skip it through this index.
        u"CREATE UNIQUE INDEX amendments_withdrawn ON amendments (compensation_id) WHERE compensation_id IS NOT NULL"_s,
        u"ALTER TABLE follow_ups ADD COLUMN reached INTEGER CHECK (reached IN (0, 1))"_s,
        u"ALTER TABLE follow_ups ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0"_s,
        u"ALTER TABLE follow_ups ADD COLUMN satisfaction INTEGER CHECK (satisfaction BETWEEN 1 AND 5)"_s,
        u"ALTER TABLE follow_ups ADD COLUMN verdict TEXT "
        u"CHECK (verdict IN ('blown-away', 'satisfied', 'not-satisfied'))"_s,
    };
}

// Version 5: practice. Each drill played is kept for the employee who played it (score, every choice,
// each criterion); drills a business wrote itself (or made from a real case) live beside the shipped ones.
QStringList version5() {
    return {
        uR"(CREATE TABLE practice_results (
            id INTEGER PRIMARY KEY,
            employee_id INTEGER NOT NULL REFERENCES employees (id),
            drill_id TEXT NOT NULL,
            drill_title TEXT NOT NULL,
            score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
            seconds INTEGER NOT NULL,
            missed TEXT NOT NULL,
            criteria TEXT NOT NULL,
            choices TEXT NOT NULL,
            played_at TEXT NOT NULL))"_s,
        u"CREATE INDEX practice_results_employee ON practice_results (employee_id, drill_id, played_at)"_s,
        uR"(CREATE TABLE drill_library (
            id TEXT PRIMARY KEY,
            language TEXT NOT NULL,
            json TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            added_by TEXT NOT NULL,
            added_at TEXT NOT NULL))"_s,
    };
}

// Version 6: the learning loop. A recovery told as a story is nominated by anyone and approved,
// edited or declined by a supervisor; prevention actions change what caused a category of failures;
// a returning customer's visit is recorded, so whether a recovery won the customer back is counted.
QStringList version6() {
    return {
        uR"(CREATE TABLE stories (
            id INTEGER PRIMARY KEY,
            incident_id INTEGER NOT NULL REFERENCES incidents (id),
            nominated_by INTEGER NOT NULL REFERENCES employees (id),
            nominated_at TEXT NOT NULL,
            happened TEXT NOT NULL,
            did TEXT NOT NULL,
            reaction TEXT NOT NULL,
            learned TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('nominated', 'approved', 'declined')),
            decided_by INTEGER REFERENCES employees (id),
            decided_at TEXT,
            reason TEXT NOT NULL DEFAULT ''))"_s,
        u"CREATE INDEX stories_status ON stories (status, decided_at)"_s,
        u"CREATE INDEX stories_incident ON stories (incident_id)"_s,
        uR"(CREATE TABLE prevention_actions (
            id INTEGER PRIMARY KEY,
            category TEXT NOT NULL,
            what TEXT NOT NULL,
            owner_id INTEGER NOT NULL REFERENCES employees (id),
            due_on TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('open', 'in-progress', 'done')),
            source TEXT NOT NULL CHECK (source IN ('story', 'recovery', 'combustion')),
            source_ref TEXT NOT NULL DEFAULT '',
            opened_by INTEGER NOT NULL REFERENCES employees (id),
            opened_at TEXT NOT NULL,
            closed_by INTEGER REFERENCES employees (id),
            closed_at TEXT,
            done TEXT NOT NULL DEFAULT ''))"_s,
        u"CREATE INDEX prevention_actions_status ON prevention_actions (status, due_on)"_s,
        uR"(CREATE TABLE visits (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers (id),
            at TEXT NOT NULL,
            recorded_by INTEGER NOT NULL REFERENCES employees (id)))"_s,
        u"CREATE INDEX visits_customer ON visits (customer_id, at)"_s,
        // Did the customer come back: their next recovery after a time is one seek.
        u"DROP INDEX incidents_customer"_s,
        u"CREATE INDEX incidents_customer ON incidents (customer_id, opened_at)"_s,
        // "Did it work?" reads the follow-ups done in a range, and a recovery's verdict from its own index.
        u"CREATE INDEX follow_ups_done ON follow_ups (done_at) WHERE done_at IS NOT NULL"_s,
        u"DROP INDEX follow_ups_incident"_s,
        u"CREATE INDEX follow_ups_incident ON follow_ups (incident_id, done_at, verdict)"_s,
    };
}

// Version 7: many counters. Each recovery, follow-up and audit entry records the site and the counter
// it was made at (unhashed, like the other index columns); each counter's last write is kept.
QStringList version7() {
    return {
        u"ALTER TABLE incidents ADD COLUMN site TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE incidents ADD COLUMN counter TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE follow_ups ADD COLUMN site TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE follow_ups ADD COLUMN counter TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE audit_log ADD COLUMN site TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE audit_log ADD COLUMN counter TEXT NOT NULL DEFAULT ''"_s,
        u"CREATE INDEX incidents_site ON incidents (site, opened_at)"_s,
        u"CREATE INDEX audit_log_site ON audit_log (site, id)"_s,
        uR"(CREATE TABLE counters (
            name TEXT PRIMARY KEY,
            site TEXT NOT NULL,
            first_seen TEXT NOT NULL,
            last_write TEXT NOT NULL))"_s,
    };
}

// Version 8: authority that holds offline. Each employee's offline allowance for a business day is
// shared out among counters (offline_shares: at most the day's allowance in all); a recovery recorded
// on a counter's copy while its server was away is marked so where it lands (incidents.offline); what
// the server finds over a limit in a recovery that arrives is kept as a breach.
QStringList version8() {
    return {
        u"ALTER TABLE incidents ADD COLUMN offline INTEGER NOT NULL DEFAULT 0"_s,
        u"CREATE INDEX incidents_offline ON incidents (counter, opened_at) WHERE offline = 1"_s,
        // used_minor and sent_upto are the copy's view at its last refresh: what the server held as
        // given under this share, and the outbox entries it held by then.
        uR"(CREATE TABLE offline_shares (
            business_day TEXT NOT NULL,
            employee_id INTEGER NOT NULL REFERENCES employees (id),
            counter TEXT NOT NULL,
            amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0),
            used_minor INTEGER NOT NULL DEFAULT 0,
            sent_upto INTEGER NOT NULL DEFAULT 0,
            claimed_at TEXT NOT NULL,
            PRIMARY KEY (business_day, employee_id, counter)))"_s,
        uR"(CREATE TABLE breaches (
            id INTEGER PRIMARY KEY,
            incident_id INTEGER NOT NULL REFERENCES incidents (id),
            employee_id INTEGER NOT NULL REFERENCES employees (id),
            rule TEXT NOT NULL CHECK (rule IN ('authority', 'offline_allowance')),
            over_minor INTEGER NOT NULL CHECK (over_minor > 0),
            found_at TEXT NOT NULL))"_s,
        u"CREATE INDEX breaches_incident ON breaches (incident_id)"_s,
    };
}

} // namespace

QStringList migrationTo(int target) {
    switch (target) {
    case 1:
        return version1();
    case 2:
        return version2();
    case 3:
        return version3();
    case 4:
        return version4();
    case 5:
        return version5();
    case 6:
        return version6();
    case 7:
        return version7();
    case 8:
        return version8();
    default:
        return {};
    }
}

// Times stay ISO text as in the file (one rule for both); ids are identities the server hands out.
QStringList server() {
    const QString id = u"bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"_s;
    QStringList statements = {
        uR"(CREATE TABLE rebound_meta (key text PRIMARY KEY, value text NOT NULL))"_s,
        uR"(CREATE TABLE employees (
            id %1,
            code text NOT NULL UNIQUE,
            name text NOT NULL,
            role text NOT NULL CHECK (role IN ('associate', 'supervisor', 'manager')),
            pin_hash text NOT NULL,
            active bigint NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
            failed_pins bigint NOT NULL DEFAULT 0,
            locked_until text,
            created_at text NOT NULL))"_s.arg(id),
        uR"(CREATE TABLE customers (
            id %1,
            name text NOT NULL,
            phone text NOT NULL DEFAULT '',
            email text NOT NULL DEFAULT '',
            account_ref text NOT NULL DEFAULT '',
            segment text NOT NULL,
            lifetime_value_minor bigint NOT NULL DEFAULT 0,
            preferences text NOT NULL DEFAULT '',
            created_at text NOT NULL))"_s.arg(id),
        u"CREATE INDEX customers_phone ON customers (phone)"_s,
        u"CREATE INDEX customers_email ON customers (email)"_s,
        u"CREATE INDEX customers_name ON customers (name)"_s,
        // The searches' prefixes ("+1 555…", "ana@…") whatever the server's collation, and names matched
        // anywhere ("%Marsh%") through trigrams where the pg_trgm extension may be created.
        u"CREATE INDEX customers_phone_prefix ON customers (phone text_pattern_ops)"_s,
        u"CREATE INDEX customers_email_prefix ON customers (email text_pattern_ops)"_s,
        u"CREATE INDEX customers_account ON customers (account_ref)"_s,
        uR"(DO $$ BEGIN
              CREATE EXTENSION IF NOT EXISTS pg_trgm;
              CREATE INDEX customers_name_trgm ON customers USING gin (name gin_trgm_ops);
            EXCEPTION WHEN OTHERS THEN
              RAISE NOTICE 'no trigram index on customer names: %', SQLERRM;
            END $$)"_s,
        uR"(CREATE TABLE playbook_versions (
            version bigint PRIMARY KEY,
            name text NOT NULL,
            json text NOT NULL,
            sha256 text NOT NULL,
            imported_at text NOT NULL,
            imported_by text NOT NULL))"_s,
        uR"(CREATE TABLE incidents (
            id %1,
            uuid text NOT NULL UNIQUE,
            customer_id bigint NOT NULL REFERENCES customers (id),
            opened_by bigint NOT NULL REFERENCES employees (id),
            playbook_version bigint NOT NULL REFERENCES playbook_versions (version),
            status text NOT NULL,
            category text NOT NULL,
            severity text NOT NULL,
            detected_by text NOT NULL CHECK (detected_by IN ('customer', 'staff')),
            description text NOT NULL,
            prevention_note text NOT NULL DEFAULT '',
            apology text NOT NULL DEFAULT '',
            fix_notes text NOT NULL DEFAULT '',
            resolved bigint NOT NULL DEFAULT 0,
            satisfaction bigint CHECK (satisfaction BETWEEN 1 AND 5),
            currency text NOT NULL,
            opened_at text NOT NULL,
            apologized_at text,
            fixed_at text,
            compensated_at text,
            follow_up_scheduled_at text,
            closed_at text,
            total_minor bigint NOT NULL DEFAULT 0,
            override bigint NOT NULL DEFAULT 0,
            site text NOT NULL DEFAULT '',
            counter text NOT NULL DEFAULT ''))"_s.arg(id),
        u"CREATE INDEX incidents_customer ON incidents (customer_id, opened_at)"_s,
        u"CREATE INDEX incidents_category ON incidents (category, opened_at)"_s,
        u"CREATE INDEX incidents_override ON incidents (override) WHERE override = 1"_s,
        u"CREATE INDEX incidents_total ON incidents (total_minor)"_s,
        u"CREATE INDEX incidents_opened ON incidents (opened_at, category, severity, follow_up_scheduled_at)"_s,
        u"CREATE INDEX incidents_site ON incidents (site, opened_at)"_s,
        uR"(CREATE TABLE compensations (
            id %1,
            incident_id bigint NOT NULL REFERENCES incidents (id),
            item text NOT NULL,
            kind text NOT NULL,
            amount_minor bigint NOT NULL CHECK (amount_minor > 0),
            cost_minor bigint NOT NULL CHECK (cost_minor >= 0),
            currency text NOT NULL,
            given_by bigint NOT NULL REFERENCES employees (id),
            given_at text NOT NULL,
            approved_by bigint REFERENCES employees (id),
            voucher_code text NOT NULL DEFAULT ''))"_s.arg(id),
        u"CREATE INDEX compensations_incident ON compensations (incident_id)"_s,
        u"CREATE INDEX compensations_given ON compensations (given_by, given_at)"_s,
        u"CREATE INDEX compensations_given_at ON compensations "
        u"(given_at, given_by, incident_id, amount_minor, cost_minor)"_s,
        u"CREATE INDEX compensations_voucher ON compensations (voucher_code) WHERE voucher_code <> ''"_s,
        uR"(CREATE TABLE follow_ups (
            id %1,
            incident_id bigint NOT NULL REFERENCES incidents (id),
            due_at text NOT NULL,
            channel text NOT NULL,
            owner_id bigint NOT NULL REFERENCES employees (id),
            done_at text,
            done_by bigint REFERENCES employees (id),
            outcome text NOT NULL DEFAULT '',
            reached bigint CHECK (reached IN (0, 1)),
            attempts bigint NOT NULL DEFAULT 0,
            satisfaction bigint CHECK (satisfaction BETWEEN 1 AND 5),
            verdict text CHECK (verdict IN ('blown-away', 'satisfied', 'not-satisfied')),
            site text NOT NULL DEFAULT '',
            counter text NOT NULL DEFAULT ''))"_s.arg(id),
        u"CREATE INDEX follow_ups_due ON follow_ups (due_at)"_s,
        u"CREATE INDEX follow_ups_done ON follow_ups (done_at) WHERE done_at IS NOT NULL"_s,
        u"CREATE INDEX follow_ups_incident ON follow_ups (incident_id, done_at, verdict)"_s,
        // Ids are the chain's positions, given by the writer that holds the chain's lock.
        uR"(CREATE TABLE audit_log (
            id bigint PRIMARY KEY,
            at text NOT NULL,
            actor_id bigint,
            actor text NOT NULL,
            action text NOT NULL,
            entity text NOT NULL,
            entity_id text NOT NULL,
            payload text NOT NULL,
            prev_hash text NOT NULL,
            hash text NOT NULL,
            incident_id bigint,
            category text,
            total_minor bigint,
            override bigint NOT NULL DEFAULT 0,
            site text NOT NULL DEFAULT '',
            counter text NOT NULL DEFAULT ''))"_s,
        u"CREATE INDEX audit_log_incident ON audit_log (incident_id)"_s,
        u"CREATE INDEX audit_log_at ON audit_log (at)"_s,
        u"CREATE INDEX audit_log_actor ON audit_log (actor, id)"_s,
        u"CREATE INDEX audit_log_action ON audit_log (action, id)"_s,
        u"CREATE INDEX audit_log_category ON audit_log (category, id)"_s,
        u"CREATE INDEX audit_log_override ON audit_log (id) WHERE override = 1"_s,
        u"CREATE INDEX audit_log_large ON audit_log (total_minor, id) WHERE total_minor >= 10000"_s,
        u"CREATE INDEX audit_log_site ON audit_log (site, id)"_s,
        // Insert-only on the server, whoever connects: the owner too must drop the trigger to change it.
        uR"(CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$)"_s,
        u"CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log "
        u"FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()"_s,
        u"CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
        u"FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()"_s,
        uR"(CREATE TABLE settings (key text PRIMARY KEY, value text NOT NULL))"_s,
        uR"(CREATE TABLE reviews (
            id %1,
            kind text NOT NULL CHECK (kind IN ('incident', 'employee-week')),
            ref text NOT NULL,
            reviewed_by bigint NOT NULL REFERENCES employees (id),
            reviewed_at text NOT NULL,
            note text NOT NULL,
            UNIQUE (kind, ref)))"_s.arg(id),
        uR"(CREATE TABLE amendments (
            id %1,
            incident_id bigint NOT NULL REFERENCES incidents (id),
            field text NOT NULL CHECK (field IN ('category', 'severity', 'description', 'gesture')),
            compensation_id bigint REFERENCES compensations (id),
            before text NOT NULL,
            after text NOT NULL,
            reason text NOT NULL,
            amended_by bigint NOT NULL REFERENCES employees (id),
            amended_at text NOT NULL))"_s.arg(id),
        u"CREATE INDEX amendments_incident ON amendments (incident_id)"_s,
        u"CREATE UNIQUE INDEX amendments_withdrawn ON amendments (compensation_id) WHERE compensation_id IS NOT NULL"_s,
        uR"(CREATE TABLE practice_results (
            id %1,
            employee_id bigint NOT NULL REFERENCES employees (id),
            drill_id text NOT NULL,
            drill_title text NOT NULL,
            score bigint NOT NULL CHECK (score BETWEEN 0 AND 100),
            seconds bigint NOT NULL,
            missed text NOT NULL,
            criteria text NOT NULL,
            choices text NOT NULL,
            played_at text NOT NULL))"_s.arg(id),
        u"CREATE INDEX practice_results_employee ON practice_results (employee_id, drill_id, played_at)"_s,
        uR"(CREATE TABLE drill_library (
            id text PRIMARY KEY,
            language text NOT NULL,
            json text NOT NULL,
            sha256 text NOT NULL,
            added_by text NOT NULL,
            added_at text NOT NULL))"_s,
        uR"(CREATE TABLE stories (
            id %1,
            incident_id bigint NOT NULL REFERENCES incidents (id),
            nominated_by bigint NOT NULL REFERENCES employees (id),
            nominated_at text NOT NULL,
            happened text NOT NULL,
            did text NOT NULL,
            reaction text NOT NULL,
            learned text NOT NULL,
            status text NOT NULL CHECK (status IN ('nominated', 'approved', 'declined')),
            decided_by bigint REFERENCES employees (id),
            decided_at text,
            reason text NOT NULL DEFAULT ''))"_s.arg(id),
        u"CREATE INDEX stories_status ON stories (status, decided_at)"_s,
        u"CREATE INDEX stories_incident ON stories (incident_id)"_s,
        uR"(CREATE TABLE prevention_actions (
            id %1,
            category text NOT NULL,
            what text NOT NULL,
            owner_id bigint NOT NULL REFERENCES employees (id),
            due_on text NOT NULL,
            status text NOT NULL CHECK (status IN ('open', 'in-progress', 'done')),
            source text NOT NULL CHECK (source IN ('story', 'recovery', 'combustion')),
            source_ref text NOT NULL DEFAULT '',
            opened_by bigint NOT NULL REFERENCES employees (id),
            opened_at text NOT NULL,
            closed_by bigint REFERENCES employees (id),
            closed_at text,
            done text NOT NULL DEFAULT ''))"_s.arg(id),
        u"CREATE INDEX prevention_actions_status ON prevention_actions (status, due_on)"_s,
        uR"(CREATE TABLE visits (
            id %1,
            customer_id bigint NOT NULL REFERENCES customers (id),
            at text NOT NULL,
            recorded_by bigint NOT NULL REFERENCES employees (id)))"_s.arg(id),
        u"CREATE INDEX visits_customer ON visits (customer_id, at)"_s,
        uR"(CREATE TABLE counters (
            name text PRIMARY KEY,
            site text NOT NULL,
            first_seen text NOT NULL,
            last_write text NOT NULL))"_s,
    };
    for (int target = 8; target <= LastVersion; ++target)
        statements += serverMigrationTo(target);
    return statements;
}

QStringList serverMigrationTo(int target) {
    if (target != 8)
        return {};
    // As version8() for a file.
    return {
        u"ALTER TABLE incidents ADD COLUMN offline bigint NOT NULL DEFAULT 0"_s,
        u"CREATE INDEX incidents_offline ON incidents (counter, opened_at) WHERE offline = 1"_s,
        uR"(CREATE TABLE offline_shares (
            business_day text NOT NULL,
            employee_id bigint NOT NULL REFERENCES employees (id),
            counter text NOT NULL,
            amount_minor bigint NOT NULL CHECK (amount_minor >= 0),
            used_minor bigint NOT NULL DEFAULT 0,
            sent_upto bigint NOT NULL DEFAULT 0,
            claimed_at text NOT NULL,
            PRIMARY KEY (business_day, employee_id, counter)))"_s,
        uR"(CREATE TABLE breaches (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            incident_id bigint NOT NULL REFERENCES incidents (id),
            employee_id bigint NOT NULL REFERENCES employees (id),
            rule text NOT NULL CHECK (rule IN ('authority', 'offline_allowance')),
            over_minor bigint NOT NULL CHECK (over_minor > 0),
            found_at text NOT NULL))"_s,
        u"CREATE INDEX breaches_incident ON breaches (incident_id)"_s,
    };
}

} // namespace rebound::Schema
