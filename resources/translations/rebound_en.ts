<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AppContext</name>
    <message>
        <source>this counter has no central server</source>
        <translation>this counter has no central server</translation>
    </message>
    <message>
        <source>not working on an offline copy</source>
        <translation>not working on an offline copy</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Customer added</source>
        <translation>Customer added</translation>
    </message>
    <message>
        <source>Recovery opened</source>
        <translation>Recovery opened</translation>
    </message>
    <message>
        <source>Apologized</source>
        <translation>Apologized</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Fixed</translation>
    </message>
    <message>
        <source>Gesture given</source>
        <translation>Gesture given</translation>
    </message>
    <message>
        <source>Gesture approved by a supervisor</source>
        <translation>Gesture approved by a supervisor</translation>
    </message>
    <message>
        <source>Gestures totalled</source>
        <translation>Gestures totalled</translation>
    </message>
    <message>
        <source>Follow-up scheduled</source>
        <translation>Follow-up scheduled</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Follow-up done</translation>
    </message>
    <message>
        <source>Customer not reached</source>
        <translation>Customer not reached</translation>
    </message>
    <message>
        <source>Follow-up reopened</source>
        <translation>Follow-up reopened</translation>
    </message>
    <message>
        <source>Recovery closed</source>
        <translation>Recovery closed</translation>
    </message>
    <message>
        <source>Recovery corrected</source>
        <translation>Recovery corrected</translation>
    </message>
    <message>
        <source>Playbook imported</source>
        <translation>Playbook imported</translation>
    </message>
    <message>
        <source>Spending limits changed</source>
        <translation>Spending limits changed</translation>
    </message>
    <message>
        <source>Employee added</source>
        <translation>Employee added</translation>
    </message>
    <message>
        <source>Employee reactivated</source>
        <translation>Employee reactivated</translation>
    </message>
    <message>
        <source>Employee deactivated</source>
        <translation>Employee deactivated</translation>
    </message>
    <message>
        <source>Employee unlocked</source>
        <translation>Employee unlocked</translation>
    </message>
    <message>
        <source>PIN reset</source>
        <translation>PIN reset</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Role changed</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Sign-in refused</translation>
    </message>
    <message>
        <source>Review threshold changed</source>
        <translation>Review threshold changed</translation>
    </message>
    <message>
        <source>Opening hours changed</source>
        <translation>Opening hours changed</translation>
    </message>
    <message>
        <source>Marked as reviewed</source>
        <translation>Marked as reviewed</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Backed up</translation>
    </message>
    <message>
        <source>Playbook edited</source>
        <translation>Playbook edited</translation>
    </message>
    <message>
        <source>Day closed</source>
        <translation>Day closed</translation>
    </message>
    <message>
        <source>Drill practised</source>
        <translation>Drill practised</translation>
    </message>
    <message>
        <source>Drill added to the library</source>
        <translation>Drill added to the library</translation>
    </message>
    <message>
        <source>Story nominated</source>
        <translation>Story nominated</translation>
    </message>
    <message>
        <source>Story approved</source>
        <translation>Story approved</translation>
    </message>
    <message>
        <source>Story edited</source>
        <translation>Story edited</translation>
    </message>
    <message>
        <source>Story declined</source>
        <translation>Story declined</translation>
    </message>
    <message>
        <source>Prevention action opened</source>
        <translation>Prevention action opened</translation>
    </message>
    <message>
        <source>Prevention action updated</source>
        <translation>Prevention action updated</translation>
    </message>
    <message>
        <source>Prevention action closed</source>
        <translation>Prevention action closed</translation>
    </message>
    <message>
        <source>Customer is back</source>
        <translation>Customer is back</translation>
    </message>
    <message>
        <source>A counter&apos;s history moved in</source>
        <translation>A counter&apos;s history moved in</translation>
    </message>
    <message>
        <source>Recovery arrived from an offline counter</source>
        <translation>Recovery arrived from an offline counter</translation>
    </message>
    <message>
        <source>Follow-up arrived from an offline counter</source>
        <translation>Follow-up arrived from an offline counter</translation>
    </message>
    <message>
        <source>Offline allowance shared out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit broken offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A counter&apos;s copy failed its check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditSentence</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1 reached the customer: satisfaction %2 of 5, %3.</source>
        <translation>%1 reached the customer: satisfaction %2 of 5, %3.</translation>
    </message>
    <message>
        <source>%1 did the follow-up.</source>
        <translation>%1 did the follow-up.</translation>
    </message>
    <message>
        <source>%1 could not reach the customer (try %2); next try %3.</source>
        <translation>%1 could not reach the customer (try %2); next try %3.</translation>
    </message>
    <message>
        <source>category %1 → %2</source>
        <translation>category %1 → %2</translation>
    </message>
    <message>
        <source>severity %1 → %2</source>
        <translation>severity %1 → %2</translation>
    </message>
    <message>
        <source>what happened now reads %1</source>
        <translation>what happened now reads %1</translation>
    </message>
    <message>
        <source>withdrew %1, recorded by mistake</source>
        <translation>withdrew %1, recorded by mistake</translation>
    </message>
    <message>
        <source>%1 corrected the recovery: %2. %3</source>
        <translation>%1 corrected the recovery: %2. %3</translation>
    </message>
    <message>
        <source>%1 reopened the follow-up: %2</source>
        <translation>%1 reopened the follow-up: %2</translation>
    </message>
    <message>
        <source>%1 changed the opening hours to %2.</source>
        <translation>%1 changed the opening hours to %2.</translation>
    </message>
    <message>
        <source>%1 opened the recovery for %2: %3, %4. %5</source>
        <translation>%1 opened the recovery for %2: %3, %4. %5</translation>
    </message>
    <message>
        <source>a customer</source>
        <translation>a customer</translation>
    </message>
    <message>
        <source>%1 apologized in the playbook&apos;s words.</source>
        <translation>%1 apologized in the playbook&apos;s words.</translation>
    </message>
    <message>
        <source>%1 apologized: %2</source>
        <translation>%1 apologized: %2</translation>
    </message>
    <message>
        <source>%1 fixed the problem.</source>
        <translation>%1 fixed the problem.</translation>
    </message>
    <message>
        <source>%1 worked on the problem, not yet resolved.</source>
        <translation>%1 worked on the problem, not yet resolved.</translation>
    </message>
    <message>
        <source>%1 gave %2 of %3</source>
        <translation>%1 gave %2 of %3</translation>
    </message>
    <message>
        <source>, approved by %1</source>
        <translation>, approved by %1</translation>
    </message>
    <message>
        <source>, voucher code %1</source>
        <translation>, voucher code %1</translation>
    </message>
    <message>
        <source>%1 approved %2 given by %3: %4</source>
        <translation>%1 approved %2 given by %3: %4</translation>
    </message>
    <message>
        <source>%1&apos;s gestures come to %2 in all.</source>
        <translation>%1&apos;s gestures come to %2 in all.</translation>
    </message>
    <message>
        <source>%1 will follow up by %2 on %3.</source>
        <translation>%1 will follow up by %2 on %3.</translation>
    </message>
    <message>
        <source>Satisfaction at the counter: %1 of 5.</source>
        <translation>Satisfaction at the counter: %1 of 5.</translation>
    </message>
    <message>
        <source>%1 added %2 (%3) as %4.</source>
        <translation>%1 added %2 (%3) as %4.</translation>
    </message>
    <message>
        <source>%1 reactivated %2.</source>
        <translation>%1 reactivated %2.</translation>
    </message>
    <message>
        <source>%1 deactivated %2.</source>
        <translation>%1 deactivated %2.</translation>
    </message>
    <message>
        <source>%1 unlocked %2.</source>
        <translation>%1 unlocked %2.</translation>
    </message>
    <message>
        <source>%1 reset the PIN of %2.</source>
        <translation>%1 reset the PIN of %2.</translation>
    </message>
    <message>
        <source>%1 changed the role of %2 from %3 to %4.</source>
        <translation>%1 changed the role of %2 from %3 to %4.</translation>
    </message>
    <message>
        <source>Sign-in refused for %1 (%2).</source>
        <translation>Sign-in refused for %1 (%2).</translation>
    </message>
    <message>
        <source>employee %1</source>
        <translation>employee %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1 closed %2: %3 recoveries, %4 given, %5 overrides.</source>
        <translation>%1 closed %2: %3 recoveries, %4 given, %5 overrides.</translation>
    </message>
    <message>
        <source>%1 nominated story #%2: %3</source>
        <translation>%1 nominated story #%2: %3</translation>
    </message>
    <message>
        <source>%1 edited story #%2.</source>
        <translation>%1 edited story #%2.</translation>
    </message>
    <message>
        <source>%1 approved story #%2, recognising %3.</source>
        <translation>%1 approved story #%2, recognising %3.</translation>
    </message>
    <message>
        <source>%1 declined story #%2: %3</source>
        <translation>%1 declined story #%2: %3</translation>
    </message>
    <message>
        <source>%1 opened prevention action #%2 on %3, owned by %4, due %5: %6</source>
        <translation>%1 opened prevention action #%2 on %3, owned by %4, due %5: %6</translation>
    </message>
    <message>
        <source>%1 started prevention action #%2.</source>
        <translation>%1 started prevention action #%2.</translation>
    </message>
    <message>
        <source>%1 closed prevention action #%2: %3</source>
        <translation>%1 closed prevention action #%2: %3</translation>
    </message>
    <message>
        <source>%1 marked %2 as back.</source>
        <translation>%1 marked %2 as back.</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>customer %1</translation>
    </message>
    <message>
        <source>Breach: %1 gave %2 over the day&apos;s offline allowance while the server was away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach: %1 gave %2 over their authority while the server was away, with no approval from an active supervisor who may give that much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline copy of counter %1 failed its own check and sent nothing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s offline allowance for %2 at counter %3: %4 (was %5, %6 given).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogKind</name>
    <message>
        <source>Refunds</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <source>Account credit</source>
        <translation>Account credit</translation>
    </message>
    <message>
        <source>Vouchers</source>
        <translation>Vouchers</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Gifts</translation>
    </message>
    <message>
        <source>Upgrades</source>
        <translation>Upgrades</translation>
    </message>
    <message>
        <source>Waived charges</source>
        <translation>Waived charges</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>in person</translation>
    </message>
</context>
<context>
    <name>ClosingSlip</name>
    <message>
        <source>Day closed: %1</source>
        <translation>Day closed: %1</translation>
    </message>
    <message>
        <source>Closed by %1 on %2.</source>
        <translation>Closed by %1 on %2.</translation>
    </message>
    <message>
        <source>Audit entry %1, SHA-256 of the chain up to this closing:</source>
        <translation>Audit entry %1, SHA-256 of the chain up to this closing:</translation>
    </message>
    <message>
        <source>Recoveries</source>
        <translation>Recoveries</translation>
    </message>
    <message>
        <source>Gestures</source>
        <translation>Gestures</translation>
    </message>
    <message>
        <source>Given in all</source>
        <translation>Given in all</translation>
    </message>
    <message>
        <source>Overrides approved</source>
        <translation>Overrides approved</translation>
    </message>
    <message>
        <source>Per employee</source>
        <translation>Per employee</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Overrides</translation>
    </message>
    <message>
        <source>Keep this slip with the day&apos;s takings. reboundctl verify names any later change to this day.</source>
        <translation>Keep this slip with the day&apos;s takings. reboundctl verify names any later change to this day.</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>audit entry %1 is missing: the log jumps from entry %2 to entry %3</source>
        <translation>audit entry %1 is missing: the log jumps from entry %2 to entry %3</translation>
    </message>
    <message>
        <source>audit entry %1 (%2 %3 %4): its link to entry %5 is broken</source>
        <translation>audit entry %1 (%2 %3 %4): its link to entry %5 is broken</translation>
    </message>
    <message>
        <source>audit entry %1 (%2 %3 %4, at %5): its content was changed after it was written</source>
        <translation>audit entry %1 (%2 %3 %4, at %5): its content was changed after it was written</translation>
    </message>
    <message>
        <source>audit entry %1 (%2 %3 %4): it was moved to another recovery</source>
        <translation>audit entry %1 (%2 %3 %4): it was moved to another recovery</translation>
    </message>
    <message>
        <source>verification cancelled after %1 of %2 entries</source>
        <translation>verification cancelled after %1 of %2 entries</translation>
    </message>
    <message>
        <source>--incidents: must be from 0 to 10000000</source>
        <translation>--incidents: must be from 0 to 10000000</translation>
    </message>
    <message>
        <source>the database already has employees; seed-demo needs a fresh database</source>
        <translation>the database already has employees; seed-demo needs a fresh database</translation>
    </message>
    <message>
        <source>seed-demo needs the built-in playbook; another one is in force</source>
        <translation>seed-demo needs the built-in playbook; another one is in force</translation>
    </message>
    <message>
        <source>status: a recovery that is %1 cannot become %2</source>
        <translation>status: a recovery that is %1 cannot become %2</translation>
    </message>
    <message>
        <source>status: the time of step %1 is missing</source>
        <translation>status: the time of step %1 is missing</translation>
    </message>
    <message>
        <source>status: step %1 cannot happen before step %2</source>
        <translation>status: step %1 cannot happen before step %2</translation>
    </message>
    <message>
        <source>currency &quot;%1&quot; is not a three-letter ISO 4217 code</source>
        <translation>currency &quot;%1&quot; is not a three-letter ISO 4217 code</translation>
    </message>
    <message>
        <source>amount is empty</source>
        <translation>amount is empty</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot; is negative</source>
        <translation>amount &quot;%1&quot; is negative</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot; has more than one decimal point</source>
        <translation>amount &quot;%1&quot; has more than one decimal point</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot; must be plain digits with an optional decimal point</source>
        <translation>amount &quot;%1&quot; must be plain digits with an optional decimal point</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot; has more than %2 decimal places for %3</source>
        <translation>amount &quot;%1&quot; has more than %2 decimal places for %3</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot; is too large</source>
        <translation>amount &quot;%1&quot; is too large</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot; has no digits before the decimal point</source>
        <translation>amount &quot;%1&quot; has no digits before the decimal point</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot; has no digits after the decimal point</source>
        <translation>amount &quot;%1&quot; has no digits after the decimal point</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an ISO-8601 date and time</source>
        <translation>%1: &quot;%2&quot; is not an ISO-8601 date and time</translation>
    </message>
    <message>
        <source>currency: </source>
        <translation>currency: </translation>
    </message>
    <message>
        <source>%1: unknown field</source>
        <translation>%1: unknown field</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1: missing</translation>
    </message>
    <message>
        <source>%1: must be a string</source>
        <translation>%1: must be a string</translation>
    </message>
    <message>
        <source>%1: must not be empty</source>
        <translation>%1: must not be empty</translation>
    </message>
    <message>
        <source>%1: must be a list</source>
        <translation>%1: must be a list</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: must be an object</translation>
    </message>
    <message>
        <source>%1: must be a decimal string such as &quot;12.50&quot;</source>
        <translation>%1: must be a decimal string such as &quot;12.50&quot;</translation>
    </message>
    <message>
        <source>%1.id: &quot;%2&quot; may hold only a-z, 0-9 and &apos;-&apos;</source>
        <translation>%1.id: &quot;%2&quot; may hold only a-z, 0-9 and &apos;-&apos;</translation>
    </message>
    <message>
        <source>%1.id: duplicate id &quot;%2&quot;</source>
        <translation>%1.id: duplicate id &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1.multiplier: must be a number above 0 and at most 100, with at most two decimals</source>
        <translation>%1.multiplier: must be a number above 0 and at most 100, with at most two decimals</translation>
    </message>
    <message>
        <source>%1.target_minutes: must be a whole number of minutes from 1 to 10080</source>
        <translation>%1.target_minutes: must be a whole number of minutes from 1 to 10080</translation>
    </message>
    <message>
        <source>%1.base: severities must be listed from least to most severe, with budgets that do not decrease</source>
        <translation>%1.base: severities must be listed from least to most severe, with budgets that do not decrease</translation>
    </message>
    <message>
        <source>%1.kind: unknown kind &quot;%2&quot; (one of %3)</source>
        <translation>%1.kind: unknown kind &quot;%2&quot; (one of %3)</translation>
    </message>
    <message>
        <source>%1.amount: a fixed-price gesture must be worth more than zero</source>
        <translation>%1.amount: a fixed-price gesture must be worth more than zero</translation>
    </message>
    <message>
        <source>%1: must be a non-empty string</source>
        <translation>%1: must be a non-empty string</translation>
    </message>
    <message>
        <source>%1: unknown severity &quot;%2&quot;</source>
        <translation>%1: unknown severity &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: must be a list of catalog item ids</source>
        <translation>%1: must be a list of catalog item ids</translation>
    </message>
    <message>
        <source>%1: unknown item &quot;%2&quot;</source>
        <translation>%1: unknown item &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: missing suggestions for severity &quot;%2&quot;</source>
        <translation>%1: missing suggestions for severity &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: must be a whole number of hours from 1 to 2160</source>
        <translation>%1: must be a whole number of hours from 1 to 2160</translation>
    </message>
    <message>
        <source>%1.id: unknown role &quot;%2&quot; (associate, supervisor or manager)</source>
        <translation>%1.id: unknown role &quot;%2&quot; (associate, supervisor or manager)</translation>
    </message>
    <message>
        <source>%1.per_day: must not be below per_recovery</source>
        <translation>%1.per_day: must not be below per_recovery</translation>
    </message>
    <message>
        <source>roles: missing role &quot;%1&quot;</source>
        <translation>roles: missing role &quot;%1&quot;</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>not valid JSON at byte %1: %2</translation>
    </message>
    <message>
        <source>the playbook must be a JSON object</source>
        <translation>the playbook must be a JSON object</translation>
    </message>
    <message>
        <source>%1 is above every limit: nobody may give more than %2 in one recovery</source>
        <translation>%1 is above every limit: nobody may give more than %2 in one recovery</translation>
    </message>
    <message>
        <source>%1 is above your authority of %2 per recovery</source>
        <translation>%1 is above your authority of %2 per recovery</translation>
    </message>
    <message>
        <source>%1 is more than the %2 left of your daily authority of %3</source>
        <translation>%1 is more than the %2 left of your daily authority of %3</translation>
    </message>
    <message>
        <source>approval: nobody may approve their own gesture; ask a supervisor</source>
        <translation>approval: nobody may approve their own gesture; ask a supervisor</translation>
    </message>
    <message>
        <source>approval: %1 is deactivated and may not approve</source>
        <translation>approval: %1 is deactivated and may not approve</translation>
    </message>
    <message>
        <source>approval: %1 (%2) may not approve gestures</source>
        <translation>approval: %1 (%2) may not approve gestures</translation>
    </message>
    <message>
        <source>approval: %1 (%2) may approve up to %3; this recovery gives %4</source>
        <translation>approval: %1 (%2) may approve up to %3; this recovery gives %4</translation>
    </message>
    <message>
        <source>%1%2: unknown field</source>
        <translation>%1%2: unknown field</translation>
    </message>
    <message>
        <source>%1%2: must be a string</source>
        <translation>%1%2: must be a string</translation>
    </message>
    <message>
        <source>malformed JSON at character %1: %2</source>
        <translation>malformed JSON at character %1: %2</translation>
    </message>
    <message>
        <source>expected one JSON object per line</source>
        <translation>expected one JSON object per line</translation>
    </message>
    <message>
        <source>customer: missing or not an object</source>
        <translation>customer: missing or not an object</translation>
    </message>
    <message>
        <source>customer.id: must be a positive whole number</source>
        <translation>customer.id: must be a positive whole number</translation>
    </message>
    <message>
        <source>category: missing</source>
        <translation>category: missing</translation>
    </message>
    <message>
        <source>severity: missing</source>
        <translation>severity: missing</translation>
    </message>
    <message>
        <source>fix: must be an object</source>
        <translation>fix: must be an object</translation>
    </message>
    <message>
        <source>fix.resolved: must be true or false</source>
        <translation>fix.resolved: must be true or false</translation>
    </message>
    <message>
        <source>compensations: must be a list</source>
        <translation>compensations: must be a list</translation>
    </message>
    <message>
        <source>compensations[%1]: must be an object</source>
        <translation>compensations[%1]: must be an object</translation>
    </message>
    <message>
        <source>follow_up: must be an object</source>
        <translation>follow_up: must be an object</translation>
    </message>
    <message>
        <source>satisfaction: must be a whole number from 1 to 5</source>
        <translation>satisfaction: must be a whole number from 1 to 5</translation>
    </message>
    <message>
        <source>--from: %1 is after --to %2</source>
        <translation>--from: %1 is after --to %2</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>export cancelled</translation>
    </message>
    <message>
        <source>could not write the export: %1</source>
        <translation>could not write the export: %1</translation>
    </message>
    <message>
        <source>recovery %1 does not exist</source>
        <translation>recovery %1 does not exist</translation>
    </message>
    <message>
        <source>PIN: must contain digits only</source>
        <translation>PIN: must contain digits only</translation>
    </message>
    <message>
        <source>libsodium could not be initialised</source>
        <translation>libsodium could not be initialised</translation>
    </message>
    <message>
        <source>not enough memory to hash the PIN</source>
        <translation>not enough memory to hash the PIN</translation>
    </message>
    <message>
        <source>code: &quot;%1&quot; must be 1 to 16 letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>code: &quot;%1&quot; must be 1 to 16 letters, digits, &apos;-&apos; or &apos;_&apos;</translation>
    </message>
    <message>
        <source>name: must be 1 to 100 characters</source>
        <translation>name: must be 1 to 100 characters</translation>
    </message>
    <message>
        <source>the first manager was already created; sign in instead</source>
        <translation>the first manager was already created; sign in instead</translation>
    </message>
    <message>
        <source>code: an employee with code &quot;%1&quot; already exists</source>
        <translation>code: an employee with code &quot;%1&quot; already exists</translation>
    </message>
    <message>
        <source>no employee with code &quot;%1&quot;</source>
        <translation>no employee with code &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown employee code or wrong PIN</source>
        <translation>unknown employee code or wrong PIN</translation>
    </message>
    <message>
        <source>%1 is deactivated</source>
        <translation>%1 is deactivated</translation>
    </message>
    <message>
        <source>%1 is locked out after %2 wrong PINs until %3</source>
        <translation>%1 is locked out after %2 wrong PINs until %3</translation>
    </message>
    <message>
        <source>wrong PIN; %1 is now locked out for %2 minutes</source>
        <translation>wrong PIN; %1 is now locked out for %2 minutes</translation>
    </message>
    <message>
        <source>only a manager may unlock an employee</source>
        <translation>only a manager may unlock an employee</translation>
    </message>
    <message>
        <source>only a manager may activate or deactivate an employee</source>
        <translation>only a manager may activate or deactivate an employee</translation>
    </message>
    <message>
        <source>a manager may not deactivate themselves</source>
        <translation>a manager may not deactivate themselves</translation>
    </message>
    <message>
        <source>the database has no playbook yet (run: reboundctl init)</source>
        <translation>the database has no playbook yet (run: reboundctl init)</translation>
    </message>
    <message>
        <source>stored playbook version %1 is invalid: %2</source>
        <translation>stored playbook version %1 is invalid: %2</translation>
    </message>
    <message>
        <source>only a manager may change the playbook</source>
        <translation>only a manager may change the playbook</translation>
    </message>
    <message>
        <source>only a manager may change spending limits</source>
        <translation>only a manager may change spending limits</translation>
    </message>
    <message>
        <source>%1: longer than %2 characters</source>
        <translation>%1: longer than %2 characters</translation>
    </message>
    <message>
        <source>customer.id: no customer %1</source>
        <translation>customer.id: no customer %1</translation>
    </message>
    <message>
        <source>customer.name: missing for a new customer</source>
        <translation>customer.name: missing for a new customer</translation>
    </message>
    <message>
        <source>customer.email: &quot;%1&quot; is not an email address</source>
        <translation>customer.email: &quot;%1&quot; is not an email address</translation>
    </message>
    <message>
        <source>customer.phone: longer than 40 characters</source>
        <translation>customer.phone: longer than 40 characters</translation>
    </message>
    <message>
        <source>category: unknown category &quot;%1&quot;</source>
        <translation>category: unknown category &quot;%1&quot;</translation>
    </message>
    <message>
        <source>severity: unknown severity &quot;%1&quot;</source>
        <translation>severity: unknown severity &quot;%1&quot;</translation>
    </message>
    <message>
        <source>detected_by: must be &quot;customer&quot; or &quot;staff&quot;, not &quot;%1&quot;</source>
        <translation>detected_by: must be &quot;customer&quot; or &quot;staff&quot;, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>customer.segment: unknown segment &quot;%1&quot;</source>
        <translation>customer.segment: unknown segment &quot;%1&quot;</translation>
    </message>
    <message>
        <source>description: say what happened</source>
        <translation>description: say what happened</translation>
    </message>
    <message>
        <source>satisfaction: must be 1 to 5</source>
        <translation>satisfaction: must be 1 to 5</translation>
    </message>
    <message>
        <source>follow_up.channel: unknown channel &quot;%1&quot; (one of %2)</source>
        <translation>follow_up.channel: unknown channel &quot;%1&quot; (one of %2)</translation>
    </message>
    <message>
        <source>occurred_at: is in the future</source>
        <translation>occurred_at: is in the future</translation>
    </message>
    <message>
        <source>%1: its time is in the future</source>
        <translation>%1: its time is in the future</translation>
    </message>
    <message>
        <source>%1.item: unknown catalog item &quot;%2&quot;</source>
        <translation>%1.item: unknown catalog item &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1.amount: missing; &quot;%2&quot; needs an amount</source>
        <translation>%1.amount: missing; &quot;%2&quot; needs an amount</translation>
    </message>
    <message>
        <source>%1.amount: must be more than zero</source>
        <translation>%1.amount: must be more than zero</translation>
    </message>
    <message>
        <source>%1.amount: &quot;%2&quot; has a fixed price of %3</source>
        <translation>%1.amount: &quot;%2&quot; has a fixed price of %3</translation>
    </message>
    <message>
        <source>%1 is not an active employee</source>
        <translation>%1 is not an active employee</translation>
    </message>
    <message>
        <source>compensations: </source>
        <translation>compensations: </translation>
    </message>
    <message>
        <source>compensations: %1; a supervisor must approve</source>
        <translation>compensations: %1; a supervisor must approve</translation>
    </message>
    <message>
        <source>approval: unknown approver</source>
        <translation>approval: unknown approver</translation>
    </message>
    <message>
        <source>follow_up.due: must be in the future</source>
        <translation>follow_up.due: must be in the future</translation>
    </message>
    <message>
        <source>follow-up %1 does not exist</source>
        <translation>follow-up %1 does not exist</translation>
    </message>
    <message>
        <source>follow-up %1 is already done</source>
        <translation>follow-up %1 is already done</translation>
    </message>
    <message>
        <source>only supervisors and managers may use the supervisor workspace</source>
        <translation>only supervisors and managers may use the supervisor workspace</translation>
    </message>
    <message>
        <source>threshold: must be more than zero</source>
        <translation>threshold: must be more than zero</translation>
    </message>
    <message>
        <source>gave %1 or more</source>
        <translation>gave %1 or more</translation>
    </message>
    <message>
        <source>spent %1 this week; the weekly average of the previous eight weeks is %2</source>
        <translation>spent %1 this week; the weekly average of the previous eight weeks is %2</translation>
    </message>
    <message>
        <source>note: say what you found</source>
        <translation>note: say what you found</translation>
    </message>
    <message>
        <source>review: you gave or approved this yourself; another supervisor or a manager reviews it</source>
        <translation>review: you gave or approved this yourself; another supervisor or a manager reviews it</translation>
    </message>
    <message>
        <source>this item was already reviewed</source>
        <translation>this item was already reviewed</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>cannot create %1: %2</translation>
    </message>
    <message>
        <source>the database is busy: another counter is writing; try again</source>
        <translation>the database is busy: another counter is writing; try again</translation>
    </message>
    <message>
        <source>the disk is full: the change was not saved (%1)</source>
        <translation>the disk is full: the change was not saved (%1)</translation>
    </message>
    <message>
        <source>the database is read-only: the change was not saved</source>
        <translation>the database is read-only: the change was not saved</translation>
    </message>
    <message>
        <source>the database file is damaged or not a database (%1)</source>
        <translation>the database file is damaged or not a database (%1)</translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation>database error: %1</translation>
    </message>
    <message>
        <source>cannot open database %1: the folder %2 does not exist</source>
        <translation>cannot open database %1: the folder %2 does not exist</translation>
    </message>
    <message>
        <source>no database at %1 (create it with: reboundctl --db %1 init)</source>
        <translation>no database at %1 (create it with: reboundctl --db %1 init)</translation>
    </message>
    <message>
        <source>cannot open database %1: it is a folder</source>
        <translation>cannot open database %1: it is a folder</translation>
    </message>
    <message>
        <source>cannot open database %1: the file is read-only</source>
        <translation>cannot open database %1: the file is read-only</translation>
    </message>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>the Qt SQLite driver (QSQLITE) is not installed</translation>
    </message>
    <message>
        <source>cannot open database %1: %2</source>
        <translation>cannot open database %1: %2</translation>
    </message>
    <message>
        <source>not a Rebound database (an SQLite file of another program)</source>
        <translation>not a Rebound database (an SQLite file of another program)</translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this Rebound understands (%2); update Rebound</source>
        <translation>the database has schema version %1, newer than this Rebound understands (%2); update Rebound</translation>
    </message>
    <message>
        <source>the database has schema version %1 and must be migrated first (reboundctl init)</source>
        <translation>the database has schema version %1 and must be migrated first (reboundctl init)</translation>
    </message>
    <message>
        <source>integrity check returned nothing</source>
        <translation>integrity check returned nothing</translation>
    </message>
    <message>
        <source>integrity check failed: %1</source>
        <translation>integrity check failed: %1</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name</source>
        <translation>%1 already exists; choose a new file name</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>the folder %1 does not exist</translation>
    </message>
    <message>
        <source>cannot move the backup into place at %1</source>
        <translation>cannot move the backup into place at %1</translation>
    </message>
    <message>
        <source>the database is busy: %1</source>
        <translation>the database is busy: %1</translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation>the database is not open</translation>
    </message>
    <message>
        <source>time zone: unknown zone &quot;%1&quot;</source>
        <translation>time zone: unknown zone &quot;%1&quot;</translation>
    </message>
    <message>
        <source>opening hours: &quot;%1&quot; is not like &quot;mon 09:00-18:00&quot; or &quot;sun closed&quot;</source>
        <translation>opening hours: &quot;%1&quot; is not like &quot;mon 09:00-18:00&quot; or &quot;sun closed&quot;</translation>
    </message>
    <message>
        <source>opening hours: on %1 the opening must come before the closing</source>
        <translation>opening hours: on %1 the opening must come before the closing</translation>
    </message>
    <message>
        <source>opening hours: %1 is given twice</source>
        <translation>opening hours: %1 is given twice</translation>
    </message>
    <message>
        <source>opening hours: %1 is missing</source>
        <translation>opening hours: %1 is missing</translation>
    </message>
    <message>
        <source>today, %1</source>
        <translation>today, %1</translation>
    </message>
    <message>
        <source>tomorrow, %1</source>
        <translation>tomorrow, %1</translation>
    </message>
    <message>
        <source>%1, between %2 and %3</source>
        <translation>%1, between %2 and %3</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot; could mean %2 or %3: type the decimals too</source>
        <translation>amount &quot;%1&quot; could mean %2 or %3: type the decimals too</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot;: write it as %2, or without separators</source>
        <translation>amount &quot;%1&quot;: write it as %2, or without separators</translation>
    </message>
    <message>
        <source>the unfinished recovery&apos;s file is damaged</source>
        <translation>the unfinished recovery&apos;s file is damaged</translation>
    </message>
    <message>
        <source>cannot keep the unfinished recovery in %1</source>
        <translation>cannot keep the unfinished recovery in %1</translation>
    </message>
    <message>
        <source>cannot keep the unfinished recovery: %1</source>
        <translation>cannot keep the unfinished recovery: %1</translation>
    </message>
    <message>
        <source>cannot read the unfinished recovery: %1</source>
        <translation>cannot read the unfinished recovery: %1</translation>
    </message>
    <message>
        <source>type your PIN</source>
        <translation>type your PIN</translation>
    </message>
    <message numerus="yes">
        <source>wrong PIN; %n attempt(s) left before %1 is locked out</source>
        <translation>
            <numerusform>wrong PIN; %n attempt left before %1 is locked out</numerusform>
            <numerusform>wrong PIN; %n attempts left before %1 is locked out</numerusform>
        </translation>
    </message>
    <message>
        <source>only a manager may add an employee</source>
        <translation>only a manager may add an employee</translation>
    </message>
    <message>
        <source>only a manager may reset a PIN</source>
        <translation>only a manager may reset a PIN</translation>
    </message>
    <message>
        <source>only a manager may change a role</source>
        <translation>only a manager may change a role</translation>
    </message>
    <message>
        <source>a manager may not change their own role</source>
        <translation>a manager may not change their own role</translation>
    </message>
    <message>
        <source>comment: at most %1 characters</source>
        <translation>comment: at most %1 characters</translation>
    </message>
    <message>
        <source>satisfaction: ask the customer, from 1 to 5</source>
        <translation>satisfaction: ask the customer, from 1 to 5</translation>
    </message>
    <message>
        <source>verdict: blown away, satisfied or not satisfied, in their words</source>
        <translation>verdict: blown away, satisfied or not satisfied, in their words</translation>
    </message>
    <message>
        <source>retry_at: the next try must be in the future</source>
        <translation>retry_at: the next try must be in the future</translation>
    </message>
    <message>
        <source>reason: say why it is reopened</source>
        <translation>reason: say why it is reopened</translation>
    </message>
    <message>
        <source>follow-up %1 is not done</source>
        <translation>follow-up %1 is not done</translation>
    </message>
    <message>
        <source>customer.name: who was let down? Type their name</source>
        <translation>customer.name: who was let down? Type their name</translation>
    </message>
    <message>
        <source>category: choose one</source>
        <translation>category: choose one</translation>
    </message>
    <message>
        <source>only a manager may change the opening hours</source>
        <translation>only a manager may change the opening hours</translation>
    </message>
    <message>
        <source>reason: say why the recovery is corrected</source>
        <translation>reason: say why the recovery is corrected</translation>
    </message>
    <message>
        <source>%1: at most 4000 characters</source>
        <translation>%1: at most 4000 characters</translation>
    </message>
    <message>
        <source>only who recorded a recovery, or a supervisor, may correct it</source>
        <translation>only who recorded a recovery, or a supervisor, may correct it</translation>
    </message>
    <message>
        <source>the correction changes nothing</source>
        <translation>the correction changes nothing</translation>
    </message>
    <message>
        <source>gesture: %1 is not one of this recovery&apos;s</source>
        <translation>gesture: %1 is not one of this recovery&apos;s</translation>
    </message>
    <message>
        <source>gesture: %1 is already withdrawn</source>
        <translation>gesture: %1 is already withdrawn</translation>
    </message>
    <message>
        <source>audit entry %1 (%2 %3 %4)</source>
        <translation>audit entry %1 (%2 %3 %4)</translation>
    </message>
    <message>
        <source>it names row %1, which cannot exist</source>
        <translation>it names row %1, which cannot exist</translation>
    </message>
    <message>
        <source>it was moved to another recovery</source>
        <translation>it was moved to another recovery</translation>
    </message>
    <message>
        <source>it was taken out of recovery #%1&apos;s history</source>
        <translation>it was taken out of recovery #%1&apos;s history</translation>
    </message>
    <message>
        <source>it shows a recovery&apos;s category, total or override but has no recovery</source>
        <translation>it shows a recovery&apos;s category, total or override but has no recovery</translation>
    </message>
    <message>
        <source>category %1 in the audit view, %2 in the recovery&apos;s entries</source>
        <translation>category %1 in the audit view, %2 in the recovery&apos;s entries</translation>
    </message>
    <message>
        <source>total %1 (minor units) in the audit view, %2 in the recovery&apos;s entries</source>
        <translation>total %1 (minor units) in the audit view, %2 in the recovery&apos;s entries</translation>
    </message>
    <message>
        <source>override %1 in the audit view, %2 in the recovery&apos;s entries</source>
        <translation>override %1 in the audit view, %2 in the recovery&apos;s entries</translation>
    </message>
    <message>
        <source>audit entry %1 of recovery #%2: %3</source>
        <translation>audit entry %1 of recovery #%2: %3</translation>
    </message>
    <message>
        <source>recovery #%1 was already opened by audit entry %2</source>
        <translation>recovery #%1 was already opened by audit entry %2</translation>
    </message>
    <message>
        <source>recovery #%1 was never opened</source>
        <translation>recovery #%1 was never opened</translation>
    </message>
    <message>
        <source>it withdraws gesture %1, which was never given</source>
        <translation>it withdraws gesture %1, which was never given</translation>
    </message>
    <message>
        <source>gesture %1 was already given by audit entry %2</source>
        <translation>gesture %1 was already given by audit entry %2</translation>
    </message>
    <message>
        <source>follow-up %1 was already scheduled by audit entry %2</source>
        <translation>follow-up %1 was already scheduled by audit entry %2</translation>
    </message>
    <message>
        <source>follow-up %1 was never scheduled</source>
        <translation>follow-up %1 was never scheduled</translation>
    </message>
    <message>
        <source>larger than a receipt can be</source>
        <translation>larger than a receipt can be</translation>
    </message>
    <message>
        <source>not a receipt: %1</source>
        <translation>not a receipt: %1</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;</source>
        <translation>expected &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be closing, export or backup</source>
        <translation>must be closing, export or backup</translation>
    </message>
    <message>
        <source>must be an audit entry number</source>
        <translation>must be an audit entry number</translation>
    </message>
    <message>
        <source>must be %1 lower-case hexadecimal digits</source>
        <translation>must be %1 lower-case hexadecimal digits</translation>
    </message>
    <message>
        <source>must be a date, YYYY-MM-DD</source>
        <translation>must be a date, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <source>cannot create the receipts folder %1</source>
        <translation>cannot create the receipts folder %1</translation>
    </message>
    <message>
        <source>cannot write the receipt %1: %2</source>
        <translation>cannot write the receipt %1: %2</translation>
    </message>
    <message>
        <source>audit entry %1 does not exist</source>
        <translation>audit entry %1 does not exist</translation>
    </message>
    <message>
        <source>%1 %2 in the table, %3 in audit entry %4</source>
        <translation>%1 %2 in the table, %3 in audit entry %4</translation>
    </message>
    <message>
        <source>recovery #%1</source>
        <translation>recovery #%1</translation>
    </message>
    <message>
        <source>it is in the table, but no audit entry opened it</source>
        <translation>it is in the table, but no audit entry opened it</translation>
    </message>
    <message>
        <source>state</source>
        <translation>state</translation>
    </message>
    <message>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>severity</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>customer</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>override</source>
        <translation>override</translation>
    </message>
    <message>
        <source>opened by employee / playbook</source>
        <translation>opened by employee / playbook</translation>
    </message>
    <message>
        <source>audit entry %1 opened it, but it is missing from the table</source>
        <translation>audit entry %1 opened it, but it is missing from the table</translation>
    </message>
    <message>
        <source>compensation %1 of recovery #%2</source>
        <translation>compensation %1 of recovery #%2</translation>
    </message>
    <message>
        <source>it is in the table, but no audit entry gave it</source>
        <translation>it is in the table, but no audit entry gave it</translation>
    </message>
    <message>
        <source>recovery</source>
        <translation>recovery</translation>
    </message>
    <message>
        <source>item</source>
        <translation>item</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>amount</translation>
    </message>
    <message>
        <source>approver</source>
        <translation>approver</translation>
    </message>
    <message>
        <source>voucher code</source>
        <translation>voucher code</translation>
    </message>
    <message>
        <source>audit entry %1 withdrew it, but the table counts it</source>
        <translation>audit entry %1 withdrew it, but the table counts it</translation>
    </message>
    <message>
        <source>the table has it withdrawn, but no audit entry withdrew it</source>
        <translation>the table has it withdrawn, but no audit entry withdrew it</translation>
    </message>
    <message>
        <source>audit entry %1 gave it, but it is missing from the table</source>
        <translation>audit entry %1 gave it, but it is missing from the table</translation>
    </message>
    <message>
        <source>follow-up %1 of recovery #%2</source>
        <translation>follow-up %1 of recovery #%2</translation>
    </message>
    <message>
        <source>it is in the table, but no audit entry scheduled it</source>
        <translation>it is in the table, but no audit entry scheduled it</translation>
    </message>
    <message>
        <source>recovery / owner</source>
        <translation>recovery / owner</translation>
    </message>
    <message>
        <source>due time</source>
        <translation>due time</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>channel</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>outcome (reached, satisfaction, verdict, tries)</source>
        <translation>outcome (reached, satisfaction, verdict, tries)</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comment</translation>
    </message>
    <message>
        <source>audit entry %1 scheduled it, but it is missing from the table</source>
        <translation>audit entry %1 scheduled it, but it is missing from the table</translation>
    </message>
    <message>
        <source>employee %1</source>
        <translation>employee %1</translation>
    </message>
    <message>
        <source>it is in the table, but no audit entry added it</source>
        <translation>it is in the table, but no audit entry added it</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>role (and so the spending limits)</source>
        <translation>role (and so the spending limits)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>audit entry %1 added them, but they are missing from the table</source>
        <translation>audit entry %1 added them, but they are missing from the table</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>customer %1</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>segment</translation>
    </message>
    <message>
        <source>audit entry %1 added it, but it is missing from the table</source>
        <translation>audit entry %1 added it, but it is missing from the table</translation>
    </message>
    <message>
        <source>playbook version %1</source>
        <translation>playbook version %1</translation>
    </message>
    <message>
        <source>it is in the table, but no audit entry imported it</source>
        <translation>it is in the table, but no audit entry imported it</translation>
    </message>
    <message>
        <source>SHA-256 of its rules</source>
        <translation>SHA-256 of its rules</translation>
    </message>
    <message>
        <source>audit entry %1 imported it, but it is missing from the table</source>
        <translation>audit entry %1 imported it, but it is missing from the table</translation>
    </message>
    <message>
        <source>setting %1</source>
        <translation>setting %1</translation>
    </message>
    <message>
        <source>it is in the table, but no audit entry set it</source>
        <translation>it is in the table, but no audit entry set it</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the table differs from audit entry %2</source>
        <translation>&quot;%1&quot; in the table differs from audit entry %2</translation>
    </message>
    <message>
        <source>review mark %1</source>
        <translation>review mark %1</translation>
    </message>
    <message>
        <source>it is in the table, but no audit entry marked it</source>
        <translation>it is in the table, but no audit entry marked it</translation>
    </message>
    <message>
        <source>reviewed by employee</source>
        <translation>reviewed by employee</translation>
    </message>
    <message>
        <source>review marks: %1 in the table, %2 in the audit log</source>
        <translation>review marks: %1 in the table, %2 in the audit log</translation>
    </message>
    <message>
        <source>%1 corrections in the table, %2 in the audit log</source>
        <translation>%1 corrections in the table, %2 in the audit log</translation>
    </message>
    <message>
        <source>corrections: %1 in the table, %2 in the audit log</source>
        <translation>corrections: %1 in the table, %2 in the audit log</translation>
    </message>
    <message>
        <source>receipt %1: %2</source>
        <translation>receipt %1: %2</translation>
    </message>
    <message>
        <source>this database has no installation key (%1) to check it with</source>
        <translation>this database has no installation key (%1) to check it with</translation>
    </message>
    <message>
        <source>it was signed by another key than this installation&apos;s</source>
        <translation>it was signed by another key than this installation&apos;s</translation>
    </message>
    <message>
        <source>its signature does not match its content: it was edited</source>
        <translation>its signature does not match its content: it was edited</translation>
    </message>
    <message>
        <source>it saw audit entry %1, but the log now ends at entry %2: entries were removed from its end, or the database was replaced by an older copy</source>
        <translation>it saw audit entry %1, but the log now ends at entry %2: entries were removed from its end, or the database was replaced by an older copy</translation>
    </message>
    <message>
        <source>audit entry %1 is not the one it saw: the database was replaced by another copy or its log rewritten</source>
        <translation>audit entry %1 is not the one it saw: the database was replaced by another copy or its log rewritten</translation>
    </message>
    <message>
        <source>audit entry %1 is not a closing</source>
        <translation>audit entry %1 is not a closing</translation>
    </message>
    <message>
        <source>closed day %1 (audit entry %2) has no receipt in %3</source>
        <translation>closed day %1 (audit entry %2) has no receipt in %3</translation>
    </message>
    <message>
        <source>the export was written, but its receipt was not: %1</source>
        <translation>the export was written, but its receipt was not: %1</translation>
    </message>
    <message>
        <source>%1 already exists: an installation key is never replaced</source>
        <translation>%1 already exists: an installation key is never replaced</translation>
    </message>
    <message>
        <source>cannot write the installation key %1: %2</source>
        <translation>cannot write the installation key %1: %2</translation>
    </message>
    <message>
        <source>no installation key at %1: %2</source>
        <translation>no installation key at %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an installation key</source>
        <translation>%1 is not an installation key</translation>
    </message>
    <message>
        <source>only a manager may close a day</source>
        <translation>only a manager may close a day</translation>
    </message>
    <message>
        <source>date: not a date</source>
        <translation>date: not a date</translation>
    </message>
    <message>
        <source>date: %1 has not begun yet</source>
        <translation>date: %1 has not begun yet</translation>
    </message>
    <message>
        <source>%1 is closed (audit entry %2), but its receipt could not be written: %3; close the day again to write it</source>
        <translation>%1 is closed (audit entry %2), but its receipt could not be written: %3; close the day again to write it</translation>
    </message>
    <message>
        <source>%1 is already closed (audit entry %2)</source>
        <translation>%1 is already closed (audit entry %2)</translation>
    </message>
    <message>
        <source>it was put into recovery #%1&apos;s history, which it does not belong to</source>
        <translation>it was put into recovery #%1&apos;s history, which it does not belong to</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>currency</translation>
    </message>
    <message>
        <source>opened at</source>
        <translation>opened at</translation>
    </message>
    <message>
        <source>given by employee</source>
        <translation>given by employee</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>audit entry %1 set it, but it is missing from the table</source>
        <translation>audit entry %1 set it, but it is missing from the table</translation>
    </message>
    <message>
        <source>practice result %1</source>
        <translation>practice result %1</translation>
    </message>
    <message>
        <source>it is in the table, but no audit entry recorded it</source>
        <translation>it is in the table, but no audit entry recorded it</translation>
    </message>
    <message>
        <source>employee / drill</source>
        <translation>employee / drill</translation>
    </message>
    <message>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <source>audit entry %1 recorded it, but it is missing from the table</source>
        <translation>audit entry %1 recorded it, but it is missing from the table</translation>
    </message>
    <message>
        <source>drill %1</source>
        <translation>drill %1</translation>
    </message>
    <message>
        <source>it is in the library, but no audit entry added it</source>
        <translation>it is in the library, but no audit entry added it</translation>
    </message>
    <message>
        <source>SHA-256 of the drill</source>
        <translation>SHA-256 of the drill</translation>
    </message>
    <message>
        <source>drill library: %1 drills in the table, %2 in the audit log</source>
        <translation>drill library: %1 drills in the table, %2 in the audit log</translation>
    </message>
    <message>
        <source>%1 recoveries, %2 gestures, %3 given (minor units), %4 overrides</source>
        <translation>%1 recoveries, %2 gestures, %3 given (minor units), %4 overrides</translation>
    </message>
    <message>
        <source>the figures per kind or per employee differ</source>
        <translation>the figures per kind or per employee differ</translation>
    </message>
    <message>
        <source>its closing counted %1; its entries now give %2</source>
        <translation>its closing counted %1; its entries now give %2</translation>
    </message>
    <message>
        <source>closed day %1 (audit entry %2) was changed: %3</source>
        <translation>closed day %1 (audit entry %2) was changed: %3</translation>
    </message>
    <message>
        <source>verification cancelled after the audit chain</source>
        <translation>verification cancelled after the audit chain</translation>
    </message>
    <message>
        <source>cannot create a folder for the practice: %1</source>
        <translation>cannot create a folder for the practice: %1</translation>
    </message>
    <message>
        <source>%1 is not in the practice</source>
        <translation>%1 is not in the practice</translation>
    </message>
    <message>
        <source>only a supervisor or a manager sees the team&apos;s practice</source>
        <translation>only a supervisor or a manager sees the team&apos;s practice</translation>
    </message>
    <message>
        <source>only a manager may add drills</source>
        <translation>only a manager may add drills</translation>
    </message>
    <message>
        <source>the library has no drills of this business yet</source>
        <translation>the library has no drills of this business yet</translation>
    </message>
    <message>
        <source>the installation key %1 is missing, but receipts signed with it are in %2: put the key back from its backup</source>
        <translation>the installation key %1 is missing, but receipts signed with it are in %2: put the key back from its backup</translation>
    </message>
    <message>
        <source>recovery %1 is not closed yet: a drill is made from a recovery that is over</source>
        <translation>recovery %1 is not closed yet: a drill is made from a recovery that is over</translation>
    </message>
    <message>
        <source>story %1 was never nominated</source>
        <translation>story %1 was never nominated</translation>
    </message>
    <message>
        <source>action %1 was never opened</source>
        <translation>action %1 was never opened</translation>
    </message>
    <message>
        <source>lifetime value</source>
        <translation>lifetime value</translation>
    </message>
    <message>
        <source>story %1</source>
        <translation>story %1</translation>
    </message>
    <message>
        <source>it is in the table, but no audit entry nominated it</source>
        <translation>it is in the table, but no audit entry nominated it</translation>
    </message>
    <message>
        <source>recovery / nominated by</source>
        <translation>recovery / nominated by</translation>
    </message>
    <message>
        <source>status / decided by</source>
        <translation>status / decided by</translation>
    </message>
    <message>
        <source>its text is not what audit entry %1 wrote</source>
        <translation>its text is not what audit entry %1 wrote</translation>
    </message>
    <message>
        <source>audit entry %1 nominated it, but it is missing from the table</source>
        <translation>audit entry %1 nominated it, but it is missing from the table</translation>
    </message>
    <message>
        <source>prevention action %1</source>
        <translation>prevention action %1</translation>
    </message>
    <message>
        <source>category / owner</source>
        <translation>category / owner</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>what / due</source>
        <translation>what / due</translation>
    </message>
    <message>
        <source>what was done</source>
        <translation>what was done</translation>
    </message>
    <message>
        <source>visit %1</source>
        <translation>visit %1</translation>
    </message>
    <message>
        <source>customer / recorded by</source>
        <translation>customer / recorded by</translation>
    </message>
    <message>
        <source>Associate</source>
        <translation>Associate</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Associates</source>
        <translation>Associates</translation>
    </message>
    <message>
        <source>Supervisors</source>
        <translation>Supervisors</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Managers</translation>
    </message>
    <message>
        <source>Recovered, blown away</source>
        <translation>Recovered, blown away</translation>
    </message>
    <message>
        <source>Recovered, satisfied</source>
        <translation>Recovered, satisfied</translation>
    </message>
    <message>
        <source>Recovered, not satisfied</source>
        <translation>Recovered, not satisfied</translation>
    </message>
    <message>
        <source>Recovered, no verdict heard</source>
        <translation>Recovered, no verdict heard</translation>
    </message>
    <message>
        <source>All recovered customers</source>
        <translation>All recovered customers</translation>
    </message>
    <message>
        <source>Customers never let down</source>
        <translation>Customers never let down</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Story</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recovery</translation>
    </message>
    <message>
        <source>Combustion point</source>
        <translation>Combustion point</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>category: &quot;%1&quot; is not in the playbook</source>
        <translation>category: &quot;%1&quot; is not in the playbook</translation>
    </message>
    <message>
        <source>what: say what to change</source>
        <translation>what: say what to change</translation>
    </message>
    <message>
        <source>what: at most %1 characters</source>
        <translation>what: at most %1 characters</translation>
    </message>
    <message>
        <source>due: not a date</source>
        <translation>due: not a date</translation>
    </message>
    <message>
        <source>due: %1 is already past</source>
        <translation>due: %1 is already past</translation>
    </message>
    <message>
        <source>owner: not an active employee</source>
        <translation>owner: not an active employee</translation>
    </message>
    <message>
        <source>source: no story #%1</source>
        <translation>source: no story #%1</translation>
    </message>
    <message>
        <source>source: no recovery #%1</source>
        <translation>source: no recovery #%1</translation>
    </message>
    <message>
        <source>action #%1: only its owner, a supervisor or a manager may move it on</source>
        <translation>action #%1: only its owner, a supervisor or a manager may move it on</translation>
    </message>
    <message>
        <source>action #%1 is already done</source>
        <translation>action #%1 is already done</translation>
    </message>
    <message>
        <source>done: say what was done</source>
        <translation>done: say what was done</translation>
    </message>
    <message>
        <source>done: at most %1 characters</source>
        <translation>done: at most %1 characters</translation>
    </message>
    <message>
        <source>action #%1: no such action</source>
        <translation>action #%1: no such action</translation>
    </message>
    <message>
        <source>customer.lifetime_value: &quot;%1&quot; is not an amount</source>
        <translation>customer.lifetime_value: &quot;%1&quot; is not an amount</translation>
    </message>
    <message>
        <source>Waiting for a supervisor</source>
        <translation>Waiting for a supervisor</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>recovery #%1: no such recovery</source>
        <translation>recovery #%1: no such recovery</translation>
    </message>
    <message>
        <source>Apologised: %1</source>
        <translation>Apologised: %1</translation>
    </message>
    <message>
        <source>Gave: %1</source>
        <translation>Gave: %1</translation>
    </message>
    <message>
        <source>Satisfaction at the counter: %1 of 5</source>
        <translation>Satisfaction at the counter: %1 of 5</translation>
    </message>
    <message>
        <source>At the follow-up: %1</source>
        <translation>At the follow-up: %1</translation>
    </message>
    <message>
        <source>%1: at most %2 characters</source>
        <translation>%1: at most %2 characters</translation>
    </message>
    <message>
        <source>happened: say what happened</source>
        <translation>happened: say what happened</translation>
    </message>
    <message>
        <source>did: say what was done</source>
        <translation>did: say what was done</translation>
    </message>
    <message>
        <source>recovery #%1 already has a story (#%2)</source>
        <translation>recovery #%1 already has a story (#%2)</translation>
    </message>
    <message>
        <source>story #%1: you nominated it; another supervisor or a manager decides on it</source>
        <translation>story #%1: you nominated it; another supervisor or a manager decides on it</translation>
    </message>
    <message>
        <source>story #%1: it recognises you; another supervisor or a manager decides on it</source>
        <translation>story #%1: it recognises you; another supervisor or a manager decides on it</translation>
    </message>
    <message>
        <source>story #%1 is already %2</source>
        <translation>story #%1 is already %2</translation>
    </message>
    <message>
        <source>story #%1 was declined</source>
        <translation>story #%1 was declined</translation>
    </message>
    <message>
        <source>reason: say why it is declined</source>
        <translation>reason: say why it is declined</translation>
    </message>
    <message>
        <source>story #%1: no such story</source>
        <translation>story #%1: no such story</translation>
    </message>
    <message>
        <source>customer %1: no such customer</source>
        <translation>customer %1: no such customer</translation>
    </message>
    <message>
        <source>%1 was already marked back today at %2</source>
        <translation>%1 was already marked back today at %2</translation>
    </message>
    <message>
        <source>the server has no playbook yet: run reboundctl server init first</source>
        <translation>the server has no playbook yet: run reboundctl server init first</translation>
    </message>
    <message>
        <source>--site: name the counter&apos;s site</source>
        <translation>--site: name the counter&apos;s site</translation>
    </message>
    <message>
        <source>the history to move in must be a counter&apos;s own file</source>
        <translation>the history to move in must be a counter&apos;s own file</translation>
    </message>
    <message>
        <source>the counter&apos;s database does not verify, nothing was imported: %1</source>
        <translation>the counter&apos;s database does not verify, nothing was imported: %1</translation>
    </message>
    <message>
        <source>the server&apos;s disk is full: the change was not saved (%1)</source>
        <translation>the server&apos;s disk is full: the change was not saved (%1)</translation>
    </message>
    <message>
        <source>the server refused: %1</source>
        <translation>the server refused: %1</translation>
    </message>
    <message>
        <source>the server does not answer: %1</source>
        <translation>the server does not answer: %1</translation>
    </message>
    <message>
        <source>cannot use the server address %1: %2</source>
        <translation>cannot use the server address %1: %2</translation>
    </message>
    <message>
        <source>write it as postgresql://user@host:port/database</source>
        <translation>write it as postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>a password never goes in the address; put it in ~/.pgpass (or PGPASSFILE, PGPASSWORD)</source>
        <translation>a password never goes in the address; put it in ~/.pgpass (or PGPASSFILE, PGPASSWORD)</translation>
    </message>
    <message>
        <source>it names no database (…/dbname)</source>
        <translation>it names no database (…/dbname)</translation>
    </message>
    <message>
        <source>unknown option %1 (known: %2)</source>
        <translation>unknown option %1 (known: %2)</translation>
    </message>
    <message>
        <source>the Qt PostgreSQL driver (QPSQL) is not installed: install libqt6sql6-psql</source>
        <translation>the Qt PostgreSQL driver (QPSQL) is not installed: install libqt6sql6-psql</translation>
    </message>
    <message>
        <source>the server at %1 refused the sign-in of %2: %3</source>
        <translation>the server at %1 refused the sign-in of %2: %3</translation>
    </message>
    <message>
        <source>the server at %1 has no database %2 (%3)</source>
        <translation>the server at %1 has no database %2 (%3)</translation>
    </message>
    <message>
        <source>cannot reach the server at %1: %2</source>
        <translation>cannot reach the server at %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>not a Rebound database (it holds %n tables of another program)</source>
        <translation>
            <numerusform>not a Rebound database (it holds %n table of another program)</numerusform>
            <numerusform>not a Rebound database (it holds %n tables of another program)</numerusform>
        </translation>
    </message>
    <message>
        <source>no Rebound database on the server yet (create it with: reboundctl server init %1 --site NAME)</source>
        <translation>no Rebound database on the server yet (create it with: reboundctl server init %1 --site NAME)</translation>
    </message>
    <message>
        <source>a central server is backed up on the server, with pg_dump or its own backups; reboundctl backup copies a counter&apos;s own database file</source>
        <translation>a central server is backed up on the server, with pg_dump or its own backups; reboundctl backup copies a counter&apos;s own database file</translation>
    </message>
    <message>
        <source>an application role exists only on a central server</source>
        <translation>an application role exists only on a central server</translation>
    </message>
    <message>
        <source>--app-role: %1 is not a plain role name (a-z, 0-9, _)</source>
        <translation>--app-role: %1 is not a plain role name (a-z, 0-9, _)</translation>
    </message>
    <message>
        <source>granting %1 its rights failed: %2</source>
        <translation>granting %1 its rights failed: %2</translation>
    </message>
    <message>
        <source>--site: %1 are not kept per site; export them without --site</source>
        <translation>--site: %1 are not kept per site; export them without --site</translation>
    </message>
    <message>
        <source>--site: the %1 report counts every site; export it without --site</source>
        <translation>--site: the %1 report counts every site; export it without --site</translation>
    </message>
    <message>
        <source>%1.offline_per_recovery: must not be above per_recovery</source>
        <translation>%1.offline_per_recovery: must not be above per_recovery</translation>
    </message>
    <message>
        <source>%1.offline_per_day: must not be above per_day</source>
        <translation>%1.offline_per_day: must not be above per_day</translation>
    </message>
    <message>
        <source>%1 is above your offline allowance of %2 per recovery (the server is away)</source>
        <translation>%1 is above your offline allowance of %2 per recovery (the server is away)</translation>
    </message>
    <message>
        <source>exporting</source>
        <translation>exporting</translation>
    </message>
    <message>
        <source>adding an employee</source>
        <translation>adding an employee</translation>
    </message>
    <message>
        <source>adding employees</source>
        <translation>adding employees</translation>
    </message>
    <message>
        <source>unlocking an employee</source>
        <translation>unlocking an employee</translation>
    </message>
    <message>
        <source>activating or deactivating an employee</source>
        <translation>activating or deactivating an employee</translation>
    </message>
    <message>
        <source>resetting a PIN</source>
        <translation>resetting a PIN</translation>
    </message>
    <message>
        <source>changing a role</source>
        <translation>changing a role</translation>
    </message>
    <message>
        <source>changing the playbook</source>
        <translation>changing the playbook</translation>
    </message>
    <message>
        <source>changing spending limits</source>
        <translation>changing spending limits</translation>
    </message>
    <message>
        <source>employee %1 is not on the server</source>
        <translation>employee %1 is not on the server</translation>
    </message>
    <message>
        <source>given while counter %1 was offline, approved there by a supervisor</source>
        <translation>given while counter %1 was offline, approved there by a supervisor</translation>
    </message>
    <message>
        <source>given while counter %1 was offline</source>
        <translation>given while counter %1 was offline</translation>
    </message>
    <message>
        <source>gave %1 on %2, above the daily cap of %3: counters offline at the same time could not know</source>
        <translation>gave %1 on %2, above the daily cap of %3: counters offline at the same time could not know</translation>
    </message>
    <message>
        <source>offline: %1 is done at the server, and this counter works from its own copy until the server answers</source>
        <translation>offline: %1 is done at the server, and this counter works from its own copy until the server answers</translation>
    </message>
    <message>
        <source>an offline copy is a file on the counter, not a server</source>
        <translation>an offline copy is a file on the counter, not a server</translation>
    </message>
    <message>
        <source>%1 (%2) is not in this database yet</source>
        <translation>%1 (%2) is not in this database yet</translation>
    </message>
    <message>
        <source>reopening a follow-up</source>
        <translation>reopening a follow-up</translation>
    </message>
    <message>
        <source>adding a follow-up</source>
        <translation>adding a follow-up</translation>
    </message>
    <message>
        <source>changing the opening hours</source>
        <translation>changing the opening hours</translation>
    </message>
    <message numerus="yes">
        <source>%n recoveries or follow-ups recorded here while the server was away wait to be sent; another database now would leave them behind. Let them be sent first (reboundctl sync now, or wait for the status bar)</source>
        <translation>
            <numerusform>%n recovery or follow-up recorded here while the server was away waits to be sent; another database now would leave it behind. Let it be sent first (reboundctl sync now, or wait for the status bar)</numerusform>
            <numerusform>%n recoveries or follow-ups recorded here while the server was away wait to be sent; another database now would leave them behind. Let them be sent first (reboundctl sync now, or wait for the status bar)</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no offline copy at %1</source>
        <translation>there is no offline copy at %1</translation>
    </message>
    <message>
        <source>%1 is not an offline copy of a server</source>
        <translation>%1 is not an offline copy of a server</translation>
    </message>
    <message numerus="yes">
        <source>%n recoveries or follow-ups recorded here while the server was away wait to be sent; removing the copy would lose them. Let them be sent first (reboundctl sync now)</source>
        <translation>
            <numerusform>%n recovery or follow-up recorded here while the server was away waits to be sent; removing the copy would lose it. Let it be sent first (reboundctl sync now)</numerusform>
            <numerusform>%n recoveries or follow-ups recorded here while the server was away wait to be sent; removing the copy would lose them. Let them be sent first (reboundctl sync now)</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>cannot remove %1</translation>
    </message>
    <message>
        <source>the follow-up&apos;s recovery %1 is not on the server</source>
        <translation>the follow-up&apos;s recovery %1 is not on the server</translation>
    </message>
    <message>
        <source>%1, satisfaction %2 of 5</source>
        <translation>%1, satisfaction %2 of 5</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>not reached</translation>
    </message>
    <message>
        <source>follow-up done at counter %1 while it was offline (%2), after it was done here: the customer may have been contacted twice</source>
        <translation>follow-up done at counter %1 while it was offline (%2), after it was done here: the customer may have been contacted twice</translation>
    </message>
    <message>
        <source>not a Rebound database (not an SQLite file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file system cannot hold a write-ahead log (journal mode %1); keep the database on this computer&apos;s own disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another connection has it open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file %1 was moved, replaced or deleted while it was open, and nothing more is written to it; its latest changes may still be in %1-wal: put the file back, and close every program using it before moving it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open database %1: it is on a network file system (%2), whose locks SQLite cannot trust; keep the database on this computer&apos;s own disk, or share a central server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open database %1: it is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open database %1: the file has %2 names (hard links), and each name would get a log of its own; keep one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the write-ahead log %1-wal was deleted or replaced while the database was open, so what is written now would be lost; nothing more is written: close every Rebound and reboundctl on it, then open it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the offline copy %1 is open in another program (Rebound?); close it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a supervisor or a manager may export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a supervisor or a manager may back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voiding a gesture needs a supervisor&apos;s approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a supervisor other than who gave a gesture approves voiding it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a manager may move a counter&apos;s history into the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a manager of the server may move a counter&apos;s history into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked out after %2 wrong PINs until a manager unlocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s PIN is being checked on another counter; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong PIN; %1 is now locked out until a manager unlocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approval: %1 approved %2 for %3; the customer or the gestures changed since, so it must be approved again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gesture voided by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n wrong PIN(s) in one day</source>
        <translation>
            <numerusform>%n wrong PIN in one day</numerusform>
            <numerusform>%n wrong PINs in one day</numerusform>
        </translation>
    </message>
    <message>
        <source>PIN: must be 4 to %1 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN: at least %1 digits for this role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN: too easy to guess (a digit or a pattern repeated, a run up or down, or the employee&apos;s code); choose another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than the %2 left of your offline allowance at this counter (%3 a day in the whole business)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replacement: a gesture replaces a voided one; choose which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breach at counter %1: %2 over the day&apos;s offline allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breach at counter %1: %2 over their authority, with no approval from an active supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the offline copy of counter %1 failed its own check and sends nothing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server has schema version %1, which this Rebound cannot migrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server has schema version %1 and must be migrated to %2 by its owner (reboundctl server init ADDRESS --site NAME --app-role ROLE, as the owner): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this counter&apos;s offline copy failed its own check and sends nothing until a manager looks at it: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DefaultPlaybook</name>
    <message>
        <source>Rebound default playbook</source>
        <translation>Rebound default playbook</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Minor</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderate</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Account credit</source>
        <translation>Account credit</translation>
    </message>
    <message>
        <source>Voucher for a next visit</source>
        <translation>Voucher for a next visit</translation>
    </message>
    <message>
        <source>Personal gift</source>
        <translation>Personal gift</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <source>Fee waived</source>
        <translation>Fee waived</translation>
    </message>
    <message>
        <source>A round of drinks for the table</source>
        <translation>A round of drinks for the table</translation>
    </message>
    <message>
        <source>Dessert on the house</source>
        <translation>Dessert on the house</translation>
    </message>
    <message>
        <source>Breakfast on the house</source>
        <translation>Breakfast on the house</translation>
    </message>
    <message>
        <source>Late check-out</source>
        <translation>Late check-out</translation>
    </message>
    <message>
        <source>Flowers or a small personal gift</source>
        <translation>Flowers or a small personal gift</translation>
    </message>
    <message>
        <source>A driver for the day</source>
        <translation>A driver for the day</translation>
    </message>
    <message>
        <source>One month of service free</source>
        <translation>One month of service free</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Billing</translation>
    </message>
    <message>
        <source>{customer}, I&apos;m sorry we charged you incorrectly. That should never happen, and I&apos;ll put it right with you now. I&apos;m {employee}, and I&apos;ll see this through.</source>
        <translation>{customer}, I&apos;m sorry we charged you incorrectly. That should never happen, and I&apos;ll put it right with you now. I&apos;m {employee}, and I&apos;ll see this through.</translation>
    </message>
    <message>
        <source>Thank you for pointing this out, {customer}. You shouldn&apos;t have to check our bills for us; I&apos;m sorry. Let me correct it right away.</source>
        <translation>Thank you for pointing this out, {customer}. You shouldn&apos;t have to check our bills for us; I&apos;m sorry. Let me correct it right away.</translation>
    </message>
    <message>
        <source>Find the charge or order in the billing system</source>
        <translation>Find the charge or order in the billing system</translation>
    </message>
    <message>
        <source>Reverse or correct the wrong amount</source>
        <translation>Reverse or correct the wrong amount</translation>
    </message>
    <message>
        <source>Remove any fee that followed from the mistake</source>
        <translation>Remove any fee that followed from the mistake</translation>
    </message>
    <message>
        <source>Confirm the correction to the customer in writing</source>
        <translation>Confirm the correction to the customer in writing</translation>
    </message>
    <message>
        <source>Note what made the mistake possible</source>
        <translation>Note what made the mistake possible</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Delay</translation>
    </message>
    <message>
        <source>I&apos;m so sorry for the wait, {customer}. Your time matters, and we didn&apos;t respect it. I&apos;m {employee}, and I&apos;m taking care of this now.</source>
        <translation>I&apos;m so sorry for the wait, {customer}. Your time matters, and we didn&apos;t respect it. I&apos;m {employee}, and I&apos;m taking care of this now.</translation>
    </message>
    <message>
        <source>{customer}, thank you for your patience; you shouldn&apos;t have needed it. Let me make this right straight away.</source>
        <translation>{customer}, thank you for your patience; you shouldn&apos;t have needed it. Let me make this right straight away.</translation>
    </message>
    <message>
        <source>Find out where the order or service is stuck</source>
        <translation>Find out where the order or service is stuck</translation>
    </message>
    <message>
        <source>Give the customer a realistic time and keep it</source>
        <translation>Give the customer a realistic time and keep it</translation>
    </message>
    <message>
        <source>Prioritise the order now</source>
        <translation>Prioritise the order now</translation>
    </message>
    <message>
        <source>Tell the team what happened</source>
        <translation>Tell the team what happened</translation>
    </message>
    <message>
        <source>Defect or outage</source>
        <translation>Defect or outage</translation>
    </message>
    <message>
        <source>{customer}, I&apos;m sorry this isn&apos;t working as it should. You counted on it. I&apos;m {employee}; let&apos;s get you a working solution today.</source>
        <translation>{customer}, I&apos;m sorry this isn&apos;t working as it should. You counted on it. I&apos;m {employee}; let&apos;s get you a working solution today.</translation>
    </message>
    <message>
        <source>We let you down with this, {customer}, and I apologise. Here is what I&apos;ll do right now.</source>
        <translation>We let you down with this, {customer}, and I apologise. Here is what I&apos;ll do right now.</translation>
    </message>
    <message>
        <source>Confirm the defect or outage and its extent</source>
        <translation>Confirm the defect or outage and its extent</translation>
    </message>
    <message>
        <source>Replace, repair or restore service</source>
        <translation>Replace, repair or restore service</translation>
    </message>
    <message>
        <source>Offer a working alternative while the fix is under way</source>
        <translation>Offer a working alternative while the fix is under way</translation>
    </message>
    <message>
        <source>Report the defect to the team that owns it</source>
        <translation>Report the defect to the team that owns it</translation>
    </message>
    <message>
        <source>Broken promise</source>
        <translation>Broken promise</translation>
    </message>
    <message>
        <source>{customer}, we promised you something and didn&apos;t deliver. I&apos;m truly sorry. I&apos;m {employee}, and I&apos;ll make sure you get what you were promised.</source>
        <translation>{customer}, we promised you something and didn&apos;t deliver. I&apos;m truly sorry. I&apos;m {employee}, and I&apos;ll make sure you get what you were promised.</translation>
    </message>
    <message>
        <source>I&apos;m sorry, {customer}. You planned around our word and we let you down. Let me fix that now.</source>
        <translation>I&apos;m sorry, {customer}. You planned around our word and we let you down. Let me fix that now.</translation>
    </message>
    <message>
        <source>Find out exactly what was promised</source>
        <translation>Find out exactly what was promised</translation>
    </message>
    <message>
        <source>Deliver it now, or the closest thing available</source>
        <translation>Deliver it now, or the closest thing available</translation>
    </message>
    <message>
        <source>Keep the customer informed until it is done</source>
        <translation>Keep the customer informed until it is done</translation>
    </message>
    <message>
        <source>Hold the customer&apos;s belongings or time slot meanwhile</source>
        <translation>Hold the customer&apos;s belongings or time slot meanwhile</translation>
    </message>
    <message>
        <source>Staff conduct</source>
        <translation>Staff conduct</translation>
    </message>
    <message>
        <source>{customer}, I&apos;m sorry for how you were spoken to. That is not how we treat our guests. I&apos;m {employee}, and I&apos;d like to make it right.</source>
        <translation>{customer}, I&apos;m sorry for how you were spoken to. That is not how we treat our guests. I&apos;m {employee}, and I&apos;d like to make it right.</translation>
    </message>
    <message>
        <source>Thank you for telling us, {customer}. You deserved courtesy and didn&apos;t get it; I apologise on behalf of all of us.</source>
        <translation>Thank you for telling us, {customer}. You deserved courtesy and didn&apos;t get it; I apologise on behalf of all of us.</translation>
    </message>
    <message>
        <source>Listen to the whole story without interrupting</source>
        <translation>Listen to the whole story without interrupting</translation>
    </message>
    <message>
        <source>Resolve the original request</source>
        <translation>Resolve the original request</translation>
    </message>
    <message>
        <source>Arrange a call from the manager within a day</source>
        <translation>Arrange a call from the manager within a day</translation>
    </message>
    <message>
        <source>Record what happened, without naming blame</source>
        <translation>Record what happened, without naming blame</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <source>{customer}, I&apos;m sorry; this should have been ready and working for you. I&apos;m {employee}, and I&apos;ll sort it out now.</source>
        <translation>{customer}, I&apos;m sorry; this should have been ready and working for you. I&apos;m {employee}, and I&apos;ll sort it out now.</translation>
    </message>
    <message>
        <source>That&apos;s not the stay we wanted for you, {customer}. I apologise, and here&apos;s what I&apos;m going to do.</source>
        <translation>That&apos;s not the stay we wanted for you, {customer}. I apologise, and here&apos;s what I&apos;m going to do.</translation>
    </message>
    <message>
        <source>Check the room, car or equipment in person</source>
        <translation>Check the room, car or equipment in person</translation>
    </message>
    <message>
        <source>Call maintenance or the outside company</source>
        <translation>Call maintenance or the outside company</translation>
    </message>
    <message>
        <source>Move the customer somewhere comfortable meanwhile</source>
        <translation>Move the customer somewhere comfortable meanwhile</translation>
    </message>
    <message>
        <source>Confirm the repair before the customer returns</source>
        <translation>Confirm the repair before the customer returns</translation>
    </message>
</context>
<context>
    <name>Deferred</name>
    <message>
        <source>The reports and printing module is missing:
%1</source>
        <translation>The reports and printing module is missing:
%1</translation>
    </message>
</context>
<context>
    <name>Drill</name>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>must be &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be a list of 1 to %1 drills</source>
        <translation>must be a list of 1 to %1 drills</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice</source>
        <translation>&quot;%1&quot; is used twice</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>unknown field</translation>
    </message>
    <message>
        <source>must be a text, not empty</source>
        <translation>must be a text, not empty</translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation>at most %1 characters</translation>
    </message>
    <message>
        <source>must be a list of at most 100 texts</source>
        <translation>must be a list of at most 100 texts</translation>
    </message>
    <message>
        <source>lower-case letters, digits and dashes, at most 64</source>
        <translation>lower-case letters, digits and dashes, at most 64</translation>
    </message>
    <message>
        <source>customer or staff</source>
        <translation>customer or staff</translation>
    </message>
    <message>
        <source>a whole number of seconds from 10 to 3600</source>
        <translation>a whole number of seconds from 10 to 3600</translation>
    </message>
    <message>
        <source>say the ideal path, one step a line</source>
        <translation>say the ideal path, one step a line</translation>
    </message>
    <message>
        <source>unknown segment &quot;%1&quot;</source>
        <translation>unknown segment &quot;%1&quot;</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>one of %1</translation>
    </message>
    <message>
        <source>must be an object with the customer&apos;s lines</source>
        <translation>must be an object with the customer&apos;s lines</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;</source>
        <translation>unknown category &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown severity &quot;%1&quot;</source>
        <translation>unknown severity &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the playbook&apos;s catalog</source>
        <translation>&quot;%1&quot; is not in the playbook&apos;s catalog</translation>
    </message>
    <message>
        <source>name at least one gesture that would delight</source>
        <translation>name at least one gesture that would delight</translation>
    </message>
    <message>
        <source>must be a list of at most 20 events</source>
        <translation>must be a list of at most 20 events</translation>
    </message>
    <message>
        <source>one of situation, apology, fix, compensation, follow-up</source>
        <translation>one of situation, apology, fix, compensation, follow-up</translation>
    </message>
    <message>
        <source>one of interrupt, above-authority, blame</source>
        <translation>one of interrupt, above-authority, blame</translation>
    </message>
    <message>
        <source>not a drill file: %1</source>
        <translation>not a drill file: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>not a JSON object</translation>
    </message>
    <message>
        <source>[e-mail]</source>
        <translation>[e-mail]</translation>
    </message>
    <message>
        <source>[phone]</source>
        <translation>[phone]</translation>
    </message>
    <message>
        <source>Sam Taylor</source>
        <translation>Sam Taylor</translation>
    </message>
    <message>
        <source>From recovery #%1</source>
        <translation>From recovery #%1</translation>
    </message>
    <message>
        <source>At our counter</source>
        <translation>At our counter</translation>
    </message>
    <message>
        <source>(what the counter knows about them)</source>
        <translation>(what the counter knows about them)</translation>
    </message>
    <message>
        <source>(what the customer says after the apology)</source>
        <translation>(what the customer says after the apology)</translation>
    </message>
    <message>
        <source>(what the customer says once it is fixed)</source>
        <translation>(what the customer says once it is fixed)</translation>
    </message>
    <message>
        <source>(what the customer says about the gesture)</source>
        <translation>(what the customer says about the gesture)</translation>
    </message>
    <message>
        <source>(the ideal path, one step a line)</source>
        <translation>(the ideal path, one step a line)</translation>
    </message>
</context>
<context>
    <name>DrillCard</name>
    <message>
        <source>What went wrong:</source>
        <translation>What went wrong:</translation>
    </message>
    <message>
        <source>The customer:</source>
        <translation>The customer:</translation>
    </message>
    <message>
        <source>They say</source>
        <translation>They say</translation>
    </message>
    <message>
        <source>A good recovery:</source>
        <translation>A good recovery:</translation>
    </message>
    <message>
        <source>Practise it at the counter: Practice a drill (Ctrl+D). Target: %1 s.</source>
        <translation>Practise it at the counter: Practice a drill (Ctrl+D). Target: %1 s.</translation>
    </message>
</context>
<context>
    <name>DrillScore</name>
    <message>
        <source>No gesture was given: the customer was let down and deserved one (up to %1 here).</source>
        <translation>No gesture was given: the customer was let down and deserved one (up to %1 here).</translation>
    </message>
    <message>
        <source>%1 is out of proportion for this situation.</source>
        <translation>%1 is out of proportion for this situation.</translation>
    </message>
    <message>
        <source>%1 in all is above the overreact notch of %2: generous, but more than the playbook&apos;s range.</source>
        <translation>%1 in all is above the overreact notch of %2: generous, but more than the playbook&apos;s range.</translation>
    </message>
    <message>
        <source>%1 in all: within the playbook&apos;s range (up to %2 with the overreact notch).</source>
        <translation>%1 in all: within the playbook&apos;s range (up to %2 with the overreact notch).</translation>
    </message>
    <message>
        <source>No follow-up was booked.</source>
        <translation>No follow-up was booked.</translation>
    </message>
    <message>
        <source>Follow-up within 24 hours, by %1, as the customer prefers.</source>
        <translation>Follow-up within 24 hours, by %1, as the customer prefers.</translation>
    </message>
    <message>
        <source>The follow-up is more than 24 hours away: call back within a day.</source>
        <translation>The follow-up is more than 24 hours away: call back within a day.</translation>
    </message>
    <message>
        <source>The follow-up goes by %1; this customer prefers %2.</source>
        <translation>The follow-up goes by %1; this customer prefers %2.</translation>
    </message>
    <message>
        <source>Done in %1 s, within the target of %2 s.</source>
        <translation>Done in %1 s, within the target of %2 s.</translation>
    </message>
    <message>
        <source>%1 s against a target of %2 s: the customer is still waiting.</source>
        <translation>%1 s against a target of %2 s: the customer is still waiting.</translation>
    </message>
    <message>
        <source>Apologised using the customer&apos;s name</source>
        <translation>Apologised using the customer&apos;s name</translation>
    </message>
    <message>
        <source>Apologised without blaming anyone</source>
        <translation>Apologised without blaming anyone</translation>
    </message>
    <message>
        <source>Category right</source>
        <translation>Category right</translation>
    </message>
    <message>
        <source>Severity right</source>
        <translation>Severity right</translation>
    </message>
    <message>
        <source>Fixed before compensating</source>
        <translation>Fixed before compensating</translation>
    </message>
    <message>
        <source>Gesture in the playbook&apos;s range, not excessive</source>
        <translation>Gesture in the playbook&apos;s range, not excessive</translation>
    </message>
    <message>
        <source>A personal touch from the customer&apos;s notes</source>
        <translation>A personal touch from the customer&apos;s notes</translation>
    </message>
    <message>
        <source>Over-authority gestures approved properly</source>
        <translation>Over-authority gestures approved properly</translation>
    </message>
    <message>
        <source>Follow-up within 24 h by the preferred channel</source>
        <translation>Follow-up within 24 h by the preferred channel</translation>
    </message>
    <message>
        <source>Time against the target</source>
        <translation>Time against the target</translation>
    </message>
    <message>
        <source>The apology spoke to %1 by name.</source>
        <translation>The apology spoke to %1 by name.</translation>
    </message>
    <message>
        <source>Say the customer&apos;s name: &quot;%1&quot;.</source>
        <translation>Say the customer&apos;s name: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The apology points at someone: apologise for the business, blame no one.</source>
        <translation>The apology points at someone: apologise for the business, blame no one.</translation>
    </message>
    <message>
        <source>No blame on a colleague or the system.</source>
        <translation>No blame on a colleague or the system.</translation>
    </message>
    <message>
        <source>Expected: %1.</source>
        <translation>Expected: %1.</translation>
    </message>
    <message>
        <source>The problem was fixed before anything was given.</source>
        <translation>The problem was fixed before anything was given.</translation>
    </message>
    <message>
        <source>Fix the problem first: a gift does not replace the fix.</source>
        <translation>Fix the problem first: a gift does not replace the fix.</translation>
    </message>
    <message>
        <source>It showed you read the notes: %1</source>
        <translation>It showed you read the notes: %1</translation>
    </message>
    <message>
        <source>The notes said: %1 Use it.</source>
        <translation>The notes said: %1 Use it.</translation>
    </message>
    <message>
        <source>Within your own limit of %1: no approval needed.</source>
        <translation>Within your own limit of %1: no approval needed.</translation>
    </message>
    <message>
        <source>Above your limit of %1 and approved by %2.</source>
        <translation>Above your limit of %1 and approved by %2.</translation>
    </message>
    <message>
        <source>Above your limit of %1: a supervisor must approve.</source>
        <translation>Above your limit of %1: a supervisor must approve.</translation>
    </message>
</context>
<context>
    <name>IncidentStatus</name>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>apologized</source>
        <translation>apologized</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>fixed</translation>
    </message>
    <message>
        <source>compensated</source>
        <translation>compensated</translation>
    </message>
    <message>
        <source>follow-up scheduled</source>
        <translation>follow-up scheduled</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
</context>
<context>
    <name>LineUpSheet</name>
    <message>
        <source>Line-up: recoveries to be proud of, week of %1</source>
        <translation>Line-up: recoveries to be proud of, week of %1</translation>
    </message>
    <message>
        <source>No story was approved in the last 30 days.</source>
        <translation>No story was approved in the last 30 days.</translation>
    </message>
    <message>
        <source>Recovery #%1 · %2 · thanks to %3</source>
        <translation>Recovery #%1 · %2 · thanks to %3</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>What we did</source>
        <translation>What we did</translation>
    </message>
    <message>
        <source>How the customer reacted</source>
        <translation>How the customer reacted</translation>
    </message>
    <message>
        <source>What we learned</source>
        <translation>What we learned</translation>
    </message>
    <message>
        <source>Ask the team: what would you have done? What can we change so it does not happen again?</source>
        <translation>Ask the team: what would you have done? What can we change so it does not happen again?</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Service-recovery assistant for the counter</source>
        <translation>Service-recovery assistant for the counter</translation>
    </message>
    <message>
        <source>Database file to open.</source>
        <translation>Database file to open.</translation>
    </message>
    <message>
        <source>Open the demo database (created and filled once).</source>
        <translation>Open the demo database (created and filled once).</translation>
    </message>
    <message>
        <source>Open the database, draw the first window, then quit (exit code 0).</source>
        <translation>Open the database, draw the first window, then quit (exit code 0).</translation>
    </message>
    <message>
        <source>Rebound could not open the database
%1

%2</source>
        <translation>Rebound could not open the database
%1

%2</translation>
    </message>
    <message>
        <source>Rebound cannot open its database</source>
        <translation>Rebound cannot open its database</translation>
    </message>
    <message>
        <source>Load the reports and printing module, say whether it loaded, then quit.</source>
        <translation>Load the reports and printing module, say whether it loaded, then quit.</translation>
    </message>
    <message>
        <source>%1: loaded</source>
        <translation>%1: loaded</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 ago</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>1 earlier recovery</source>
        <translation>1 earlier recovery</translation>
    </message>
    <message>
        <source>%1 earlier recoveries</source>
        <translation>%1 earlier recoveries</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Blown away</source>
        <translation>Blown away</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>Not satisfied</translation>
    </message>
</context>
<context>
    <name>rebound::ActionDialog</name>
    <message>
        <source>New prevention action</source>
        <translation>New prevention action</translation>
    </message>
    <message>
        <source>What to change so this kind of failure stops: a process, a tool, a schedule, a training</source>
        <translation>What to change so this kind of failure stops: a process, a tool, a schedule, a training</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>From story #%1.</source>
        <translation>From story #%1.</translation>
    </message>
    <message>
        <source>From recovery #%1.</source>
        <translation>From recovery #%1.</translation>
    </message>
    <message>
        <source>From a combustion point.</source>
        <translation>From a combustion point.</translation>
    </message>
    <message>
        <source>The owner moves it on and closes it with what was done; the combustion-point report then shows the category&apos;s recoveries before and after.</source>
        <translation>The owner moves it on and closes it with what was done; the combustion-point report then shows the category&apos;s recoveries before and after.</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <source>&amp;What to change</source>
        <translation>&amp;What to change</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Owner</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>D&amp;ue</translation>
    </message>
    <message>
        <source>O&amp;pen the action</source>
        <translation>O&amp;pen the action</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>rebound::ApologyPage</name>
    <message>
        <source>&amp;Apology given</source>
        <translation>&amp;Apology given</translation>
    </message>
    <message>
        <source>Apologize</source>
        <translation>Apologize</translation>
    </message>
    <message>
        <source>Own it: a sincere apology from you, now, without blaming anyone.</source>
        <translation>Own it: a sincere apology from you, now, without blaming anyone.</translation>
    </message>
    <message>
        <source>Suggested apologies</source>
        <translation>Suggested apologies</translation>
    </message>
    <message>
        <source>What you said</source>
        <translation>What you said</translation>
    </message>
    <message>
        <source>Apology given</source>
        <translation>Apology given</translation>
    </message>
    <message>
        <source>S&amp;uggested words (pick one, then say it in your own way)</source>
        <translation>S&amp;uggested words (pick one, then say it in your own way)</translation>
    </message>
    <message>
        <source>What you &amp;said</source>
        <translation>What you &amp;said</translation>
    </message>
</context>
<context>
    <name>rebound::ApprovalDialog</name>
    <message>
        <source>Supervisor approval</source>
        <translation>Supervisor approval</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; wants to give &lt;b&gt;%2&lt;/b&gt;.&lt;br&gt;%3.&lt;br&gt;&lt;br&gt;A supervisor or manager other than %1 enters their own code and PIN to approve it.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wants to give &lt;b&gt;%2&lt;/b&gt;.&lt;br&gt;%3.&lt;br&gt;&lt;br&gt;A supervisor or manager other than %1 enters their own code and PIN to approve it.</translation>
    </message>
    <message>
        <source>Approver&apos;s code</source>
        <translation>Approver&apos;s code</translation>
    </message>
    <message>
        <source>Approver&apos;s PIN</source>
        <translation>Approver&apos;s PIN</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>Approver&apos;s &amp;code</source>
        <translation>Approver&apos;s &amp;code</translation>
    </message>
    <message>
        <source>Approver&apos;s &amp;PIN</source>
        <translation>Approver&apos;s &amp;PIN</translation>
    </message>
</context>
<context>
    <name>rebound::Ask</name>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
</context>
<context>
    <name>rebound::AuditLogModel</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>override</source>
        <translation>override</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recovery</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Recovery total</source>
        <translation>Recovery total</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Override</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>rebound::AuditLogView</name>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Dates</translation>
    </message>
    <message>
        <source>&amp;Overrides only</source>
        <translation>&amp;Overrides only</translation>
    </message>
    <message>
        <source>&amp;Verify audit log</source>
        <translation>&amp;Verify audit log</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>min. total</source>
        <translation>min. total</translation>
    </message>
    <message>
        <source>Minimum recovery total</source>
        <translation>Minimum recovery total</translation>
    </message>
    <message>
        <source>Customer, voucher code, employee or recovery number</source>
        <translation>Customer, voucher code, employee or recovery number</translation>
    </message>
    <message>
        <source>Sorting by recovery total needs a filter that leaves at most %L1 entries.</source>
        <translation>Sorting by recovery total needs a filter that leaves at most %L1 entries.</translation>
    </message>
    <message>
        <source>The recovery&apos;s full history</source>
        <translation>The recovery&apos;s full history</translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;note as PDF…</source>
        <translation>Customer&apos;s &amp;note as PDF…</translation>
    </message>
    <message>
        <source>%L1 entries</source>
        <translation>%L1 entries</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#55615F&apos;&gt;Select an entry that belongs to a recovery to see its whole history here.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#55615F&apos;&gt;Select an entry that belongs to a recovery to see its whole history here.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;The audit log has been tampered with:&lt;/b&gt; %2&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;The audit log has been tampered with:&lt;/b&gt; %2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;The check could not finish:&lt;/b&gt; %2&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;The check could not finish:&lt;/b&gt; %2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Show the raw &amp;entries</source>
        <translation>Show the raw &amp;entries</translation>
    </message>
    <message>
        <source>C&amp;lose a day…</source>
        <translation>C&amp;lose a day…</translation>
    </message>
    <message>
        <source>Closing &amp;slip as PDF…</source>
        <translation>Closing &amp;slip as PDF…</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;The audit log is intact:&lt;/b&gt; %2&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;The audit log is intact:&lt;/b&gt; %2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>No day has been closed yet. A manager closes each business day: its totals go into the audit log and a signed receipt is kept outside the database.</source>
        <translation>No day has been closed yet. A manager closes each business day: its totals go into the audit log and a signed receipt is kept outside the database.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;Everything up to now verifies.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;Everything up to now verifies.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Not verified since this view opened: use Verify.</source>
        <translation>Not verified since this view opened: use Verify.</translation>
    </message>
    <message>
        <source>Close a day</source>
        <translation>Close a day</translation>
    </message>
    <message>
        <source>&amp;Close the day</source>
        <translation>&amp;Close the day</translation>
    </message>
    <message>
        <source>The day&apos;s totals are recorded in the audit log and signed in a receipt kept beside the database. A day closes once.</source>
        <translation>The day&apos;s totals are recorded in the audit log and signed in a receipt kept beside the database. A day closes once.</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>all %L1 entries are chained and unchanged, every table agrees with them, and the receipts kept outside the database match (%L2 checked).</source>
        <translation>all %L1 entries are chained and unchanged, every table agrees with them, and the receipts kept outside the database match (%L2 checked).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Last closed day:&lt;/b&gt; %1 (audit entry %L2; entries since: %L3).</source>
        <translation>&lt;b&gt;Last closed day:&lt;/b&gt; %1 (audit entry %L2; entries since: %L3).</translation>
    </message>
    <message>
        <source>%1 is closed. Recoveries: %2, given: %3, overrides: %4. Receipt: %5</source>
        <translation>%1 is closed. Recoveries: %2, given: %3, overrides: %4. Receipt: %5</translation>
    </message>
    <message>
        <source>Verified up to entry %L1; %L2 entries written since: use Verify again.</source>
        <translation>Verified up to entry %L1; %L2 entries written since: use Verify again.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>All sites</translation>
    </message>
</context>
<context>
    <name>rebound::CompensationPage</name>
    <message>
        <source>Ask a su&amp;pervisor to approve…</source>
        <translation>Ask a su&amp;pervisor to approve…</translation>
    </message>
    <message>
        <source>Compensate</source>
        <translation>Compensate</translation>
    </message>
    <message>
        <source>Make it personal, and when in doubt, overreact.</source>
        <translation>Make it personal, and when in doubt, overreact.</translation>
    </message>
    <message>
        <source>Suggested gestures; Enter adds one</source>
        <translation>Suggested gestures; Enter adds one</translation>
    </message>
    <message>
        <source>Another gesture from the catalog</source>
        <translation>Another gesture from the catalog</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <source>Gestures given; Delete removes one</source>
        <translation>Gestures given; Delete removes one</translation>
    </message>
    <message>
        <source>Gesture</source>
        <translation>Gesture</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Past recoveries</source>
        <translation>Past recoveries</translation>
    </message>
    <message>
        <source>&amp;Suggested (Enter adds)</source>
        <translation>&amp;Suggested (Enter adds)</translation>
    </message>
    <message>
        <source>&amp;Given</source>
        <translation>&amp;Given</translation>
    </message>
    <message>
        <source>About this customer</source>
        <translation>About this customer</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 · %2 · %3 customer&lt;/b&gt; — suggested budget &lt;b&gt;%4&lt;/b&gt;, overreact &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 · %2 · %3 customer&lt;/b&gt; — suggested budget &lt;b&gt;%4&lt;/b&gt;, overreact &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2   ▲ overreact</source>
        <translation>%1 — %2   ▲ overreact</translation>
    </message>
    <message>
        <source>The notch above the standard gesture: for when the failure hurt more than it looks.</source>
        <translation>The notch above the standard gesture: for when the failure hurt more than it looks.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;i&gt;No notes yet for %1.&lt;/i&gt;</source>
        <translation>&lt;i&gt;No notes yet for %1.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>%1 · %2 · gave %3</source>
        <translation>%1 · %2 · gave %3</translation>
    </message>
    <message>
        <source> · satisfaction %1/5</source>
        <translation> · satisfaction %1/5</translation>
    </message>
    <message>
        <source>First recovery for this customer.</source>
        <translation>First recovery for this customer.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>the amount must be more than zero</source>
        <translation>the amount must be more than zero</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#C62828&apos;&gt;%1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#C62828&apos;&gt;%1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>your limit %1 per recovery · %2 left today</source>
        <translation>your limit %1 per recovery · %2 left today</translation>
    </message>
    <message>
        <source>your limit %1 per recovery</source>
        <translation>your limit %1 per recovery</translation>
    </message>
    <message>
        <source>Within your authority.</source>
        <translation>Within your authority.</translation>
    </message>
    <message>
        <source>Approved by %1.</source>
        <translation>Approved by %1.</translation>
    </message>
    <message>
        <source>%1: a supervisor approves it here with their own PIN.</source>
        <translation>%1: a supervisor approves it here with their own PIN.</translation>
    </message>
    <message>
        <source>%1. You may give up to %2 on your own, or more with a supervisor&apos;s approval; lower the amounts.</source>
        <translation>%1. You may give up to %2 on your own, or more with a supervisor&apos;s approval; lower the amounts.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:13pt&apos;&gt;Total &lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; — %2&lt;br&gt;&lt;span style=&apos;color:%3; font-weight:600&apos;&gt;%4&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:13pt&apos;&gt;Total &lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; — %2&lt;br&gt;&lt;span style=&apos;color:%3; font-weight:600&apos;&gt;%4&lt;/span&gt;</translation>
    </message>
    <message>
        <source>· second failure: suggested as %1</source>
        <translation>· second failure: suggested as %1</translation>
    </message>
</context>
<context>
    <name>rebound::CounterSync</name>
    <message numerus="yes">
        <source>Offline — %n recoveries waiting to be sent</source>
        <translation>
            <numerusform>Offline — %n recovery waiting to be sent</numerusform>
            <numerusform>Offline — %n recoveries waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source> · server away since %1</source>
        <translation> · server away since %1</translation>
    </message>
    <message>
        <source> · last error: %1</source>
        <translation> · last error: %1</translation>
    </message>
    <message>
        <source>Sending %1 of %2 recoveries…</source>
        <translation>Sending %1 of %2 recoveries…</translation>
    </message>
    <message>
        <source>Offline copy not refreshed: %1</source>
        <translation>Offline copy not refreshed: %1</translation>
    </message>
    <message numerus="yes">
        <source> and %n follow-ups</source>
        <translation>
            <numerusform> and %n follow-up</numerusform>
            <numerusform> and %n follow-ups</numerusform>
        </translation>
    </message>
    <message>
        <source>The server answers again and every recovery made here is on it: Rebound goes back to the server at the next sign-in</source>
        <translation>The server answers again and every recovery made here is on it: Rebound goes back to the server at the next sign-in</translation>
    </message>
</context>
<context>
    <name>rebound::ExportDialog</name>
    <message>
        <source>&amp;All dates</source>
        <translation>&amp;All dates</translation>
    </message>
    <message>
        <source>Add a &amp;byte-order mark (for spreadsheets that need one to read UTF-8)</source>
        <translation>Add a &amp;byte-order mark (for spreadsheets that need one to read UTF-8)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>Recoveries (incidents)</source>
        <translation>Recoveries (incidents)</translation>
    </message>
    <message>
        <source>Compensations</source>
        <translation>Compensations</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>The first date is after the last one.</source>
        <translation>The first date is after the last one.</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Choose a file to write.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>%L1 rows written to %2.</source>
        <translation>%L1 rows written to %2.</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Cancelled; no file was written.</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Not exported: %1</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Stories</translation>
    </message>
    <message>
        <source>Return visits (each visit)</source>
        <translation>Return visits (each visit)</translation>
    </message>
    <message>
        <source>Prevention actions, with counts before and after</source>
        <translation>Prevention actions, with counts before and after</translation>
    </message>
    <message>
        <source>Recognitions per employee</source>
        <translation>Recognitions per employee</translation>
    </message>
    <message>
        <source>Return visits within 30 and 90 days</source>
        <translation>Return visits within 30 and 90 days</translation>
    </message>
    <message>
        <source>Recovery economics by segment</source>
        <translation>Recovery economics by segment</translation>
    </message>
    <message>
        <source>Follow-up verdicts by category, segment, gesture, employee</source>
        <translation>Follow-up verdicts by category, segment, gesture, employee</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>All sites</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Site</translation>
    </message>
    <message>
        <source>Voids by employee, beside what each gave</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::FirstRunPage</name>
    <message>
        <source>Welcome to Rebound</source>
        <translation>Welcome to Rebound</translation>
    </message>
    <message>
        <source>This database is new. Create the first manager: they set up the rest of the team and the playbook.</source>
        <translation>This database is new. Create the first manager: they set up the rest of the team and the playbook.</translation>
    </message>
    <message>
        <source>Employee code</source>
        <translation>Employee code</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <source>&amp;Create manager</source>
        <translation>&amp;Create manager</translation>
    </message>
    <message>
        <source>Employee &amp;code</source>
        <translation>Employee &amp;code</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>Full &amp;name</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>PIN &amp;again</translation>
    </message>
    <message>
        <source>The two PINs differ; type them again.</source>
        <translation>The two PINs differ; type them again.</translation>
    </message>
    <message>
        <source>&amp;PIN (at least %1 digits)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::FixPage</name>
    <message>
        <source>&amp;Resolved: the problem itself is fixed</source>
        <translation>&amp;Resolved: the problem itself is fixed</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Fix</translation>
    </message>
    <message>
        <source>Put the problem right first; the gesture comes after.</source>
        <translation>Put the problem right first; the gesture comes after.</translation>
    </message>
    <message>
        <source>Fix checklist</source>
        <translation>Fix checklist</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>How to prevent it</source>
        <translation>How to prevent it</translation>
    </message>
    <message>
        <source>Root cause and how to stop it happening again (seen by managers; no names)</source>
        <translation>Root cause and how to stop it happening again (seen by managers; no names)</translation>
    </message>
    <message>
        <source>C&amp;hecklist (Space ticks a step)</source>
        <translation>C&amp;hecklist (Space ticks a step)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>&amp;Prevention note</source>
        <translation>&amp;Prevention note</translation>
    </message>
    <message>
        <source>What was done, and what is still pending (printed on the customer&apos;s note)</source>
        <translation>What was done, and what is still pending (printed on the customer&apos;s note)</translation>
    </message>
</context>
<context>
    <name>rebound::FollowUpDialog</name>
    <message>
        <source>&amp;Reached them</source>
        <translation>&amp;Reached them</translation>
    </message>
    <message>
        <source>&amp;Could not reach them</source>
        <translation>&amp;Could not reach them</translation>
    </message>
    <message>
        <source>Follow-up with %1</source>
        <translation>Follow-up with %1</translation>
    </message>
    <message>
        <source>Satisfaction %1 of 5</source>
        <translation>Satisfaction %1 of 5</translation>
    </message>
    <message>
        <source>Satisfaction now (keys 1–5)</source>
        <translation>Satisfaction now (keys 1–5)</translation>
    </message>
    <message>
        <source>Did we blow them away?</source>
        <translation>Did we blow them away?</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <source>In the customer&apos;s words, if they said something worth keeping</source>
        <translation>In the customer&apos;s words, if they said something worth keeping</translation>
    </message>
    <message>
        <source>C&amp;omment</source>
        <translation>C&amp;omment</translation>
    </message>
</context>
<context>
    <name>rebound::FollowUpPage</name>
    <message>
        <source>Follow up</source>
        <translation>Follow up</translation>
    </message>
    <message>
        <source>A call or a note later shows the customer we meant it. Keys 1–5 record their satisfaction.</source>
        <translation>A call or a note later shows the customer we meant it. Keys 1–5 record their satisfaction.</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Follow-up due</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>1 · very unhappy</source>
        <translation>1 · very unhappy</translation>
    </message>
    <message>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <source>3</source>
        <translation>3</translation>
    </message>
    <message>
        <source>4</source>
        <translation>4</translation>
    </message>
    <message>
        <source>5 · delighted</source>
        <translation>5 · delighted</translation>
    </message>
    <message>
        <source>Satisfaction %1 of 5</source>
        <translation>Satisfaction %1 of 5</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Due</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>C&amp;hannel</translation>
    </message>
    <message>
        <source>Not saved: %1. Everything you typed is still here; try again.</source>
        <translation>Not saved: %1. Everything you typed is still here; try again.</translation>
    </message>
    <message>
        <source>Satisfaction at the counter (optional)</source>
        <translation>Satisfaction at the counter (optional)</translation>
    </message>
    <message>
        <source>&amp;One open day later</source>
        <translation>&amp;One open day later</translation>
    </message>
    <message>
        <source>The customer&apos;s note will say: %1.</source>
        <translation>The customer&apos;s note will say: %1.</translation>
    </message>
    <message>
        <source>That is outside the opening hours.</source>
        <translation>That is outside the opening hours.</translation>
    </message>
    <message>
        <source>Waiting for the central server: %1. Everything you typed is kept, and the recovery is saved as soon as the server answers (trying every %2 seconds).</source>
        <translation>Waiting for the central server: %1. Everything you typed is kept, and the recovery is saved as soon as the server answers (trying every %2 seconds).</translation>
    </message>
</context>
<context>
    <name>rebound::FollowUpsTable</name>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>Done…</translation>
    </message>
    <message>
        <source>Mark the follow-up with %1 done</source>
        <translation>Mark the follow-up with %1 done</translation>
    </message>
</context>
<context>
    <name>rebound::HistoryText</name>
    <message>
        <source>&lt;h3&gt;Recovery #%1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Recovery #%1&lt;/h3&gt;</translation>
    </message>
</context>
<context>
    <name>rebound::HomePage</name>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Recovered in</source>
        <translation>Recovered in</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Follow-up due</translation>
    </message>
    <message>
        <source>Supervisor &amp;workspace</source>
        <translation>Supervisor &amp;workspace</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <source>&amp;Lock  (Ctrl+L)</source>
        <translation>&amp;Lock  (Ctrl+L)</translation>
    </message>
    <message>
        <source>New recovery   Ctrl+N</source>
        <translation>New recovery   Ctrl+N</translation>
    </message>
    <message>
        <source>New recovery</source>
        <translation>New recovery</translation>
    </message>
    <message>
        <source>Customer search</source>
        <translation>Customer search</translation>
    </message>
    <message>
        <source>Open recoveries</source>
        <translation>Open recoveries</translation>
    </message>
    <message>
        <source>Follow-ups due today and overdue</source>
        <translation>Follow-ups due today and overdue</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Hello, %1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Target: %1</translation>
    </message>
    <message>
        <source>running %1</source>
        <translation>running %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notes: %1</translation>
    </message>
    <message>
        <source>Discard it…</source>
        <translation>Discard it…</translation>
    </message>
    <message>
        <source>Find a customer or a recovery: name, phone, email, room, #number, date</source>
        <translation>Find a customer or a recovery: name, phone, email, room, #number, date</translation>
    </message>
    <message>
        <source>a customer not named yet</source>
        <translation>a customer not named yet</translation>
    </message>
    <message>
        <source>Continue the recovery for %1   Ctrl+N</source>
        <translation>Continue the recovery for %1   Ctrl+N</translation>
    </message>
    <message>
        <source>Continue the unfinished recovery</source>
        <translation>Continue the unfinished recovery</translation>
    </message>
    <message>
        <source>Type two letters or digits of a name, phone, email or room to see a customer&apos;s notes and past recoveries; #12 or a date finds a recovery.</source>
        <translation>Type two letters or digits of a name, phone, email or room to see a customer&apos;s notes and past recoveries; #12 or a date finds a recovery.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nothing matches “%1”.</translation>
    </message>
    <message>
        <source>    #%1 · %2 · %3 · %4</source>
        <translation>    #%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>#%1 · %2 · %3 · %4 · %5</source>
        <translation>#%1 · %2 · %3 · %4 · %5</translation>
    </message>
    <message>
        <source>Double-click or Enter: open recovery #%1</source>
        <translation>Double-click or Enter: open recovery #%1</translation>
    </message>
    <message>
        <source>Unfinished, kept at %1: everything typed is still there.</source>
        <translation>Unfinished, kept at %1: everything typed is still there.</translation>
    </message>
    <message>
        <source>Practice a &amp;drill   Ctrl+D</source>
        <translation>Practice a &amp;drill   Ctrl+D</translation>
    </message>
    <message>
        <source>Rehearse a recovery in the real wizard, scored, without touching real data</source>
        <translation>Rehearse a recovery in the real wizard, scored, without touching real data</translation>
    </message>
    <message>
        <source>Customer is &amp;back</source>
        <translation>Customer is &amp;back</translation>
    </message>
    <message>
        <source>The customer chosen above came back: one click records the visit, so the reports show whether recoveries win customers back</source>
        <translation>The customer chosen above came back: one click records the visit, so the reports show whether recoveries win customers back</translation>
    </message>
    <message>
        <source>Recoveries to be proud of</source>
        <translation>Recoveries to be proud of</translation>
    </message>
    <message>
        <source>%1 — %2
%3 (#%4)</source>
        <translation>%1 — %2
%3 (#%4)</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Earlier this month</source>
        <translation>Earlier this month</translation>
    </message>
    <message>
        <source>No story approved this month yet. Proud of a recovery? Open it and nominate it as a story.</source>
        <translation>No story approved this month yet. Proud of a recovery? Open it and nominate it as a story.</translation>
    </message>
    <message>
        <source>Choose a customer in the search results first.</source>
        <translation>Choose a customer in the search results first.</translation>
    </message>
    <message>
        <source>Welcome back: the visit of %1 is recorded.</source>
        <translation>Welcome back: the visit of %1 is recorded.</translation>
    </message>
    <message>
        <source>Customer is back (Alt+B): record this visit</source>
        <translation>Customer is back (Alt+B): record this visit</translation>
    </message>
    <message>
        <source>Your prevention actions</source>
        <translation>Your prevention actions</translation>
    </message>
    <message>
        <source>#%1 · %2, due %3: %4</source>
        <translation>#%1 · %2, due %3: %4</translation>
    </message>
    <message>
        <source>Double-click or Enter: mark it started, or close it with what was done</source>
        <translation>Double-click or Enter: mark it started, or close it with what was done</translation>
    </message>
    <message>
        <source>Prevention action #%1</source>
        <translation>Prevention action #%1</translation>
    </message>
    <message>
        <source>&amp;Started</source>
        <translation>&amp;Started</translation>
    </message>
    <message>
        <source>&amp;Close with what was done…</source>
        <translation>&amp;Close with what was done…</translation>
    </message>
    <message>
        <source>Close action #%1</source>
        <translation>Close action #%1</translation>
    </message>
    <message>
        <source>What was done?</source>
        <translation>What was done?</translation>
    </message>
    <message>
        <source>Action #%1 started.</source>
        <translation>Action #%1 started.</translation>
    </message>
    <message>
        <source>Action #%1 closed: %2</source>
        <translation>Action #%1 closed: %2</translation>
    </message>
</context>
<context>
    <name>rebound::LoginPage</name>
    <message>
        <source>Rebound</source>
        <translation>Rebound</translation>
    </message>
    <message>
        <source>Sign in to open a recovery.</source>
        <translation>Sign in to open a recovery.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;%1&amp;nbsp;&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;td&gt;&amp;nbsp;%3&amp;nbsp;&lt;/td&gt;&lt;td&gt;&amp;nbsp;PIN &lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;%1&amp;nbsp;&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;td&gt;&amp;nbsp;%3&amp;nbsp;&lt;/td&gt;&lt;td&gt;&amp;nbsp;PIN &lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo database&lt;/b&gt; — sign in as any of these:&lt;table&gt;%1&lt;/table&gt;</source>
        <translation>&lt;b&gt;Demo database&lt;/b&gt; — sign in as any of these:&lt;table&gt;%1&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Choose your name from the list.</source>
        <translation>Choose your name from the list.</translation>
    </message>
    <message>
        <source>Type your PIN.</source>
        <translation>Type your PIN.</translation>
    </message>
</context>
<context>
    <name>rebound::MainWindow</name>
    <message>
        <source>Rebound — demo</source>
        <translation>Rebound — demo</translation>
    </message>
    <message>
        <source>Rebound</source>
        <translation>Rebound</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>&amp;New recovery</source>
        <translation>&amp;New recovery</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Discard the unfinished recovery?</source>
        <translation>Discard the unfinished recovery?</translation>
    </message>
    <message>
        <source>What was typed for this recovery will be lost.</source>
        <translation>What was typed for this recovery will be lost.</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Keep it</translation>
    </message>
    <message>
        <source>Practice a &amp;drill</source>
        <translation>Practice a &amp;drill</translation>
    </message>
    <message>
        <source>Central server: %1 · site %2 · counter %3</source>
        <translation>Central server: %1 · site %2 · counter %3</translation>
    </message>
    <message>
        <source>No offline copy to work on: %1</source>
        <translation>No offline copy to work on: %1</translation>
    </message>
    <message>
        <source>Working offline; sign in again: %1</source>
        <translation>Working offline; sign in again: %1</translation>
    </message>
    <message>
        <source>Still on the offline copy: %1</source>
        <translation>Still on the offline copy: %1</translation>
    </message>
    <message>
        <source>Rebound must close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebound closes now: %1.

A recovery being typed is kept as a draft in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::NotePrinter</name>
    <message>
        <source>Save the note as PDF</source>
        <translation>Save the note as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The note was saved to %1.</source>
        <translation>The note was saved to %1.</translation>
    </message>
    <message>
        <source>The note was sent to the printer.</source>
        <translation>The note was sent to the printer.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <source>PRACTICE — NOT A REAL RECOVERY</source>
        <translation>PRACTICE — NOT A REAL RECOVERY</translation>
    </message>
</context>
<context>
    <name>rebound::PlaybookEditor</name>
    <message>
        <source>&amp;Save the playbook</source>
        <translation>&amp;Save the playbook</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Amount (empty: typed)</source>
        <translation>Amount (empty: typed)</translation>
    </message>
    <message>
        <source>Cost (empty: the amount)</source>
        <translation>Cost (empty: the amount)</translation>
    </message>
    <message>
        <source>Add a &amp;category</source>
        <translation>Add a &amp;category</translation>
    </message>
    <message>
        <source>Remo&amp;ve it</source>
        <translation>Remo&amp;ve it</translation>
    </message>
    <message>
        <source>Gestures in the catalog</source>
        <translation>Gestures in the catalog</translation>
    </message>
    <message>
        <source>Only a manager may change the playbook.</source>
        <translation>Only a manager may change the playbook.</translation>
    </message>
    <message>
        <source>One script a line; {customer} and {employee} are filled in</source>
        <translation>One script a line; {customer} and {employee} are filled in</translation>
    </message>
    <message>
        <source>One step a line</source>
        <translation>One step a line</translation>
    </message>
    <message>
        <source>Hours after the recovery, the first the default: 4, 24</source>
        <translation>Hours after the recovery, the first the default: 4, 24</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Apologies</source>
        <translation>&amp;Apologies</translation>
    </message>
    <message>
        <source>&amp;Fix checklist</source>
        <translation>&amp;Fix checklist</translation>
    </message>
    <message>
        <source>Follow-up &amp;hours</source>
        <translation>Follow-up &amp;hours</translation>
    </message>
    <message>
        <source>New category %1</source>
        <translation>New category %1</translation>
    </message>
    <message>
        <source>Saved: playbook version %1, in force from the next recovery.</source>
        <translation>Saved: playbook version %1, in force from the next recovery.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>rebound::PlaybookView</name>
    <message>
        <source>&amp;Save limits</source>
        <translation>&amp;Save limits</translation>
    </message>
    <message>
        <source>&amp;Import playbook…</source>
        <translation>&amp;Import playbook…</translation>
    </message>
    <message>
        <source>E&amp;xport playbook…</source>
        <translation>E&amp;xport playbook…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Per recovery</source>
        <translation>Per recovery</translation>
    </message>
    <message>
        <source>Per day (empty: no cap)</source>
        <translation>Per day (empty: no cap)</translation>
    </message>
    <message>
        <source>May approve up to</source>
        <translation>May approve up to</translation>
    </message>
    <message>
        <source>Spending limits</source>
        <translation>Spending limits</translation>
    </message>
    <message>
        <source>Within these limits the front line acts at once; above them a supervisor approves on the spot. Every change makes a new playbook version and is audited.</source>
        <translation>Within these limits the front line acts at once; above them a supervisor approves on the spot. Every change makes a new playbook version and is audited.</translation>
    </message>
    <message>
        <source>Only a manager may change the playbook and the limits.</source>
        <translation>Only a manager may change the playbook and the limits.</translation>
    </message>
    <message>
        <source>Import playbook</source>
        <translation>Import playbook</translation>
    </message>
    <message>
        <source>Playbook (*.json)</source>
        <translation>Playbook (*.json)</translation>
    </message>
    <message>
        <source>Export playbook</source>
        <translation>Export playbook</translation>
    </message>
    <message>
        <source>&lt;b&gt;In force:&lt;/b&gt; “%1”, version %2 — %3 categories, %4 catalog items, %5 segments, currency %6.</source>
        <translation>&lt;b&gt;In force:&lt;/b&gt; “%1”, version %2 — %3 categories, %4 catalog items, %5 segments, currency %6.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Not imported; the playbook in force is unchanged. %1: %2</source>
        <translation>Not imported; the playbook in force is unchanged. %1: %2</translation>
    </message>
    <message>
        <source>Playbook version %1 is now in force.</source>
        <translation>Playbook version %1 is now in force.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Playbook version %1 written to %2.</source>
        <translation>Playbook version %1 written to %2.</translation>
    </message>
    <message>
        <source>per recovery</source>
        <translation>per recovery</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>per day</translation>
    </message>
    <message>
        <source>may approve up to</source>
        <translation>may approve up to</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Limits saved as playbook version %1; they apply to the next recovery.</source>
        <translation>Limits saved as playbook version %1; they apply to the next recovery.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>rebound::PracticeCoach</name>
    <message>
        <source>PRACTICE&lt;br&gt;&lt;span style=&apos;font-size:9pt; font-weight:400&apos;&gt;nothing here is real&lt;/span&gt;</source>
        <translation>PRACTICE&lt;br&gt;&lt;span style=&apos;font-size:9pt; font-weight:400&apos;&gt;nothing here is real&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1:&lt;/b&gt; &lt;i&gt;“%2”&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1:&lt;/b&gt; &lt;i&gt;“%2”&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The customer interrupts</source>
        <translation>The customer interrupts</translation>
    </message>
    <message>
        <source>Above your authority</source>
        <translation>Above your authority</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>A colleague</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; · %2 · prefers %3&lt;br&gt;%4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; · %2 · prefers %3&lt;br&gt;%4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What went wrong:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;What went wrong:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Drill target: %1 s.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Drill target: %1 s.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rebound::PracticePicker</name>
    <message>
        <source>Practice a drill</source>
        <translation>Practice a drill</translation>
    </message>
    <message>
        <source>last %1, best %2</source>
        <translation>last %1, best %2</translation>
    </message>
    <message>
        <source>not practised yet</source>
        <translation>not practised yet</translation>
    </message>
    <message>
        <source>The real wizard, against a practice copy of the playbook and limits: nothing you record here reaches real reports, exports or follow-ups. Your score is kept.</source>
        <translation>The real wizard, against a practice copy of the playbook and limits: nothing you record here reaches real reports, exports or follow-ups. Your score is kept.</translation>
    </message>
    <message>
        <source>&amp;Start the drill</source>
        <translation>&amp;Start the drill</translation>
    </message>
    <message>
        <source>Drill of the &amp;day</source>
        <translation>Drill of the &amp;day</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;&lt;i&gt;%2&lt;/i&gt;&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;Target: %4 s.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;&lt;i&gt;%2&lt;/i&gt;&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;Target: %4 s.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rebound::PracticeResultDialog</name>
    <message>
        <source>Practice result — %1</source>
        <translation>Practice result — %1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:28pt; font-weight:700; color:%1&apos;&gt;%2&lt;/span&gt;&lt;span style=&apos;font-size:14pt&apos;&gt; / 100&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:28pt; font-weight:700; color:%1&apos;&gt;%2&lt;/span&gt;&lt;span style=&apos;font-size:14pt&apos;&gt; / 100&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 s against a target of %2 s.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 s against a target of %2 s.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;What the customer did not say&lt;/h4&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h4&gt;What the customer did not say&lt;/h4&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;The ideal path&lt;/h4&gt;&lt;ol&gt;</source>
        <translation>&lt;h4&gt;The ideal path&lt;/h4&gt;&lt;ol&gt;</translation>
    </message>
</context>
<context>
    <name>rebound::PracticeRun</name>
    <message>
        <source>Practice</source>
        <translation>Practice</translation>
    </message>
    <message>
        <source>The score could not be kept: %1</source>
        <translation>The score could not be kept: %1</translation>
    </message>
</context>
<context>
    <name>rebound::PracticeView</name>
    <message>
        <source>Edit the drill, then add it to the library</source>
        <translation>Edit the drill, then add it to the library</translation>
    </message>
    <message>
        <source>&amp;Add to the library</source>
        <translation>&amp;Add to the library</translation>
    </message>
    <message>
        <source>Names and contact details were replaced; read the text once more for anything else that could identify the customer.</source>
        <translation>Names and contact details were replaced; read the text once more for anything else that could identify the customer.</translation>
    </message>
    <message>
        <source>Drill &amp;card as PDF…</source>
        <translation>Drill &amp;card as PDF…</translation>
    </message>
    <message>
        <source>Drill from a &amp;recovery…</source>
        <translation>Drill from a &amp;recovery…</translation>
    </message>
    <message>
        <source>Last score and days since each drill was practised; an empty cell was never practised.</source>
        <translation>Last score and days since each drill was practised; an empty cell was never practised.</translation>
    </message>
    <message>
        <source>Drill from a recovery</source>
        <translation>Drill from a recovery</translation>
    </message>
    <message>
        <source>Recovery number (closed):</source>
        <translation>Recovery number (closed):</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2 d</source>
        <translation>%1 · %2 d</translation>
    </message>
    <message>
        <source>last %1, best %2, played %3 times</source>
        <translation>last %1, best %2, played %3 times</translation>
    </message>
    <message>
        <source>Everyone has practised in the last 30 days.</source>
        <translation>Everyone has practised in the last 30 days.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not practised in 30 days:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Not practised in 30 days:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>No criterion missed yet.</source>
        <translation>No criterion missed yet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Missed most by the team:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Missed most by the team:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Added to the library: %1</source>
        <translation>Added to the library: %1</translation>
    </message>
</context>
<context>
    <name>rebound::PreventionView</name>
    <message>
        <source>Show &amp;done ones too</source>
        <translation>Show &amp;done ones too</translation>
    </message>
    <message>
        <source>Category to act on</source>
        <translation>Category to act on</translation>
    </message>
    <message>
        <source>&amp;New action on it…</source>
        <translation>&amp;New action on it…</translation>
    </message>
    <message>
        <source>&amp;Started</source>
        <translation>&amp;Started</translation>
    </message>
    <message>
        <source>&amp;Close with what was done…</source>
        <translation>&amp;Close with what was done…</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>What to change</source>
        <translation>What to change</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>Act on</source>
        <translation>Act on</translation>
    </message>
    <message>
        <source>%1 — flagged by the c-chart this week</source>
        <translation>%1 — flagged by the c-chart this week</translation>
    </message>
    <message>
        <source>No category is flagged by the c-chart this week.</source>
        <translation>No category is flagged by the c-chart this week.</translation>
    </message>
    <message>
        <source>Combustion points this week (beyond 3σ of their last 12 weeks, or 8 weeks in a row above their mean): %1.</source>
        <translation>Combustion points this week (beyond 3σ of their last 12 weeks, or 8 weeks in a row above their mean): %1.</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Done %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>No prevention action is open.</source>
        <translation>No prevention action is open.</translation>
    </message>
    <message>
        <source>%L1 actions open.</source>
        <translation>%L1 actions open.</translation>
    </message>
    <message>
        <source>Choose an action first.</source>
        <translation>Choose an action first.</translation>
    </message>
    <message>
        <source>Close action #%1</source>
        <translation>Close action #%1</translation>
    </message>
    <message>
        <source>What was done? (%1)</source>
        <translation>What was done? (%1)</translation>
    </message>
</context>
<context>
    <name>rebound::RecoveryDialog</name>
    <message>
        <source>Recovery #%1</source>
        <translation>Recovery #%1</translation>
    </message>
    <message>
        <source>&amp;Reprint the customer&apos;s note…</source>
        <translation>&amp;Reprint the customer&apos;s note…</translation>
    </message>
    <message>
        <source>C&amp;orrect…</source>
        <translation>C&amp;orrect…</translation>
    </message>
    <message>
        <source>Another follow-up</source>
        <translation>Another follow-up</translation>
    </message>
    <message>
        <source>&amp;Add follow-up</source>
        <translation>&amp;Add follow-up</translation>
    </message>
    <message>
        <source>Correct the recovery (kept beside it, with your reason)</source>
        <translation>Correct the recovery (kept beside it, with your reason)</translation>
    </message>
    <message>
        <source>Why: a wrong category, a typo, a gesture typed twice…</source>
        <translation>Why: a wrong category, a typo, a gesture typed twice…</translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation>&amp;Save correction</translation>
    </message>
    <message>
        <source>Category, severity</source>
        <translation>Category, severity</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>No such recovery.</source>
        <translation>No such recovery.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2, %3 · opened %4 · given %5 · %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2, %3 · opened %4 · given %5 · %6</translation>
    </message>
    <message>
        <source>%1 — %2%3</source>
        <translation>%1 — %2%3</translation>
    </message>
    <message>
        <source> (withdrawn)</source>
        <translation> (withdrawn)</translation>
    </message>
    <message>
        <source>Follow-up added for %1.</source>
        <translation>Follow-up added for %1.</translation>
    </message>
    <message>
        <source>Corrected; the amendment and its reason are in the story above.</source>
        <translation>Corrected; the amendment and its reason are in the story above.</translation>
    </message>
    <message>
        <source>Nominate as a s&amp;tory…</source>
        <translation>Nominate as a s&amp;tory…</translation>
    </message>
    <message>
        <source>A recovery to be proud of: told in four parts, approved by a supervisor, it goes on the board and recognises everyone who worked it</source>
        <translation>A recovery to be proud of: told in four parts, approved by a supervisor, it goes on the board and recognises everyone who worked it</translation>
    </message>
    <message>
        <source>&amp;Prevention action…</source>
        <translation>&amp;Prevention action…</translation>
    </message>
    <message>
        <source>Change what caused this failure, with an owner and a due date</source>
        <translation>Change what caused this failure, with an owner and a due date</translation>
    </message>
    <message>
        <source>Story nominated: a supervisor reads it next.</source>
        <translation>Story nominated: a supervisor reads it next.</translation>
    </message>
    <message>
        <source>Prevention action opened; supervisors follow it on the Prevention tab.</source>
        <translation>Prevention action opened; supervisors follow it on the Prevention tab.</translation>
    </message>
    <message>
        <source>Story #%1 nominated</source>
        <translation>Story #%1 nominated</translation>
    </message>
    <message>
        <source>Tick a gesture to void</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Voiding %n gesture(s) of this recovery.&lt;br&gt;Reason: %1&lt;br&gt;&lt;br&gt;A supervisor or manager who did not give them enters their own code and PIN to approve it. A voided gesture still counts towards its giver&apos;s day.</source>
        <translation>
            <numerusform>Voiding %n gesture of this recovery.&lt;br&gt;Reason: %1&lt;br&gt;&lt;br&gt;A supervisor or manager who did not give it enters their own code and PIN to approve it. A voided gesture still counts towards its giver&apos;s day.</numerusform>
            <numerusform>Voiding %n gestures of this recovery.&lt;br&gt;Reason: %1&lt;br&gt;&lt;br&gt;A supervisor or manager who did not give them enters their own code and PIN to approve it. A voided gesture still counts towards its giver&apos;s day.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace &amp;with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement amount: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished">Amount</translation>
    </message>
    <message>
        <source>Empty: the item&apos;s price</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::RecoveryNote</name>
    <message>
        <source>Our apologies</source>
        <translation>Our apologies</translation>
    </message>
    <message>
        <source>For %1 · %2 · reference R-%3</source>
        <translation>For %1 · %2 · reference R-%3</translation>
    </message>
    <message>
        <source>We are sorry</source>
        <translation>We are sorry</translation>
    </message>
    <message>
        <source>What we did</source>
        <translation>What we did</translation>
    </message>
    <message>
        <source>The problem has been put right.</source>
        <translation>The problem has been put right.</translation>
    </message>
    <message>
        <source>We are still working on it.</source>
        <translation>We are still working on it.</translation>
    </message>
    <message>
        <source>With our compliments</source>
        <translation>With our compliments</translation>
    </message>
    <message>
        <source>voucher code %1</source>
        <translation>voucher code %1</translation>
    </message>
    <message>
        <source>We will be in touch</source>
        <translation>We will be in touch</translation>
    </message>
    <message>
        <source>%1 is your contact for anything more.</source>
        <translation>%1 is your contact for anything more.</translation>
    </message>
    <message>
        <source>Questions? %1</source>
        <translation>Questions? %1</translation>
    </message>
    <message>
        <source>Thank you for giving us the chance to make this right.</source>
        <translation>Thank you for giving us the chance to make this right.</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>text message</source>
        <translation>text message</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>in person</translation>
    </message>
    <message>
        <source>%1 will contact you by %2 %3.</source>
        <translation>%1 will contact you by %2 %3.</translation>
    </message>
</context>
<context>
    <name>rebound::RecoveryPage</name>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>When it happened</translation>
    </message>
    <message>
        <source>Apology</source>
        <translation>Apology</translation>
    </message>
    <message>
        <source>Prevention note</source>
        <translation>Prevention note</translation>
    </message>
    <message>
        <source>Fix notes</source>
        <translation>Fix notes</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Follow-up due</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
</context>
<context>
    <name>rebound::RecoveryWizard</name>
    <message>
        <source>New recovery</source>
        <translation>New recovery</translation>
    </message>
    <message>
        <source>&amp;Save recovery</source>
        <translation>&amp;Save recovery</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Apologize</source>
        <translation>Apologize</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Fix</translation>
    </message>
    <message>
        <source>Compensate</source>
        <translation>Compensate</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Follow up</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recovery</translation>
    </message>
    <message>
        <source>Time so far: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Time so far: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Target for %1: %2</source>
        <translation>Target for %1: %2</translation>
    </message>
    <message>
        <source>Discard this recovery?</source>
        <translation>Discard this recovery?</translation>
    </message>
    <message>
        <source>What you typed for this recovery will be lost.</source>
        <translation>What you typed for this recovery will be lost.</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Keep working</translation>
    </message>
    <message>
        <source>PRACTICE — New recovery</source>
        <translation>PRACTICE — New recovery</translation>
    </message>
</context>
<context>
    <name>rebound::ReportsView</name>
    <message>
        <source>Combustion points</source>
        <translation>Combustion points</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Spend</translation>
    </message>
    <message>
        <source>Found by staff first</source>
        <translation>Found by staff first</translation>
    </message>
    <message>
        <source>by employee</source>
        <translation>by employee</translation>
    </message>
    <message>
        <source>by category</source>
        <translation>by category</translation>
    </message>
    <message>
        <source>by month</source>
        <translation>by month</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Recoveries per category, week by week (weeks start on Monday)</source>
        <translation>Recoveries per category, week by week (weeks start on Monday)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Given and what it cost, %1</source>
        <translation>Given and what it cost, %1</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Cost to the business</source>
        <translation>Cost to the business</translation>
    </message>
    <message>
        <source>Who / what / when</source>
        <translation>Who / what / when</translation>
    </message>
    <message>
        <source>Recoveries</source>
        <translation>Recoveries</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Total given in the period: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Total given in the period: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Minutes from opening to the scheduled follow-up</source>
        <translation>Minutes from opening to the scheduled follow-up</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90th percentile</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Median (min)</source>
        <translation>Median (min)</translation>
    </message>
    <message>
        <source>90th percentile (min)</source>
        <translation>90th percentile (min)</translation>
    </message>
    <message>
        <source>Target (min)</source>
        <translation>Target (min)</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Within target</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 of 5</translation>
    </message>
    <message>
        <source>How satisfied customers left, per category</source>
        <translation>How satisfied customers left, per category</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <source>3</source>
        <translation>3</translation>
    </message>
    <message>
        <source>4</source>
        <translation>4</translation>
    </message>
    <message>
        <source>5</source>
        <translation>5</translation>
    </message>
    <message>
        <source>Who noticed first</source>
        <translation>Who noticed first</translation>
    </message>
    <message>
        <source>Staff, before a complaint</source>
        <translation>Staff, before a complaint</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>The customer</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Found by staff</source>
        <translation>Found by staff</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Found by staff before the customer complained: &lt;b&gt;%1&lt;/b&gt; of all recoveries in the period.</source>
        <translation>Found by staff before the customer complained: &lt;b&gt;%1&lt;/b&gt; of all recoveries in the period.</translation>
    </message>
    <message>
        <source>Time to the counter&apos;s part done</source>
        <translation>Time to the counter&apos;s part done</translation>
    </message>
    <message>
        <source>Satisfaction at the counter</source>
        <translation>Satisfaction at the counter</translation>
    </message>
    <message>
        <source>After the follow-up</source>
        <translation>After the follow-up</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Tries not reached</source>
        <translation>Tries not reached</translation>
    </message>
    <message>
        <source>Satisfaction then</source>
        <translation>Satisfaction then</translation>
    </message>
    <message>
        <source>No follow-up was done in the period.</source>
        <translation>No follow-up was done in the period.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Blown away:&lt;/b&gt; %1 of %2 customers reached (%3).</source>
        <translation>&lt;b&gt;Blown away:&lt;/b&gt; %1 of %2 customers reached (%3).</translation>
    </message>
    <message>
        <source>Categories, most first (Pareto)</source>
        <translation>Categories, most first (Pareto)</translation>
    </message>
    <message>
        <source>Signal (beyond 3σ, or 8 weeks above the mean)</source>
        <translation>Signal (beyond 3σ, or 8 weeks above the mean)</translation>
    </message>
    <message>
        <source>beyond 3σ (limit %1)</source>
        <translation>beyond 3σ (limit %1)</translation>
    </message>
    <message>
        <source>8 weeks in a row above the mean</source>
        <translation>8 weeks in a row above the mean</translation>
    </message>
    <message>
        <source>%1 ▲ %2</source>
        <translation>%1 ▲ %2</translation>
    </message>
    <message>
        <source>not judged: less than 12 weeks of history</source>
        <translation>not judged: less than 12 weeks of history</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Mean of the 12 weeks before</source>
        <translation>Mean of the 12 weeks before</translation>
    </message>
    <message>
        <source>Limit (3σ)</source>
        <translation>Limit (3σ)</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Not judged yet: each week is set against the 12 weeks before it, so combustion points show once 12 weeks of history are recorded.</source>
        <translation>Not judged yet: each week is set against the 12 weeks before it, so combustion points show once 12 weeks of history are recorded.</translation>
    </message>
    <message>
        <source>No category signals this week: every count is within its c-chart&apos;s limit.</source>
        <translation>No category signals this week: every count is within its c-chart&apos;s limit.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Combustion points this week:&lt;/b&gt; %1. Each week is set against the mean of the 12 weeks before it; a count beyond 3σ (√mean) or 8 weeks in a row above the mean is a signal, not noise.</source>
        <translation>&lt;b&gt;Combustion points this week:&lt;/b&gt; %1. Each week is set against the mean of the 12 weeks before it; a count beyond 3σ (√mean) or 8 weeks in a row above the mean is a signal, not noise.</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>Cumulative share</translation>
    </message>
    <message>
        <source>Recoveries per category, most first, and the cumulative share</source>
        <translation>Recoveries per category, most first, and the cumulative share</translation>
    </message>
    <message>
        <source>No recoveries in this period.</source>
        <translation>No recoveries in this period.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The vital few:&lt;/b&gt; %1 — about 80 % of the recoveries in the period.</source>
        <translation>&lt;b&gt;The vital few:&lt;/b&gt; %1 — about 80 % of the recoveries in the period.</translation>
    </message>
    <message>
        <source>by segment</source>
        <translation>by segment</translation>
    </message>
    <message>
        <source>by gesture</source>
        <translation>by gesture</translation>
    </message>
    <message>
        <source>What the follow-ups heard, %1</source>
        <translation>What the follow-ups heard, %1</translation>
    </message>
    <message>
        <source>Blown away</source>
        <translation>Blown away</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>Not satisfied</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>No verdict</translation>
    </message>
    <message>
        <source>All recovered</source>
        <translation>All recovered</translation>
    </message>
    <message>
        <source>Never let down</source>
        <translation>Never let down</translation>
    </message>
    <message>
        <source>Did they come back?</source>
        <translation>Did they come back?</translation>
    </message>
    <message>
        <source>Recovery economics</source>
        <translation>Recovery economics</translation>
    </message>
    <message>
        <source>Recognitions</source>
        <translation>Recognitions</translation>
    </message>
    <message>
        <source>Prevention: 4 weeks before → after</source>
        <translation>Prevention: 4 weeks before → after</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Prevention actions&lt;/b&gt; (recoveries in the 4 weeks before → after): %1</source>
        <translation>&lt;b&gt;Prevention actions&lt;/b&gt; (recoveries in the 4 weeks before → after): %1</translation>
    </message>
    <message>
        <source>#%1 done %2: %3 → %4 in %5 days</source>
        <translation>#%1 done %2: %3 → %4 in %5 days</translation>
    </message>
    <message>
        <source>#%1 %2: %3 before</source>
        <translation>#%1 %2: %3 before</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 of %3)</translation>
    </message>
    <message>
        <source>Customers back within 30 and 90 days (%)</source>
        <translation>Customers back within 30 and 90 days (%)</translation>
    </message>
    <message>
        <source>within 30 days</source>
        <translation>within 30 days</translation>
    </message>
    <message>
        <source>within 90 days</source>
        <translation>within 90 days</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>How many</translation>
    </message>
    <message>
        <source>Back within 30 days</source>
        <translation>Back within 30 days</translation>
    </message>
    <message>
        <source>Back within 90 days</source>
        <translation>Back within 90 days</translation>
    </message>
    <message>
        <source>Each customer once, from their first recovery in the range, by what the follow-up heard; a visit marked “Customer is back”, or another recovery at least 12 hours later, is a return. Customers never let down count from their first recorded visit. A share counts only customers whose 30 or 90 days are over.</source>
        <translation>Each customer once, from their first recovery in the range, by what the follow-up heard; a visit marked “Customer is back”, or another recovery at least 12 hours later, is a return. Customers never let down count from their first recorded visit. A share counts only customers whose 30 or 90 days are over.</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>All segments</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>What recoveries cost the business, per segment (%1)</source>
        <translation>What recoveries cost the business, per segment (%1)</translation>
    </message>
    <message>
        <source>per recovery</source>
        <translation>per recovery</translation>
    </message>
    <message>
        <source>per customer who came back</source>
        <translation>per customer who came back</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Per recovery</source>
        <translation>Per recovery</translation>
    </message>
    <message>
        <source>Back in 90 days</source>
        <translation>Back in 90 days</translation>
    </message>
    <message>
        <source>Per returning customer</source>
        <translation>Per returning customer</translation>
    </message>
    <message>
        <source>Average lifetime value</source>
        <translation>Average lifetime value</translation>
    </message>
    <message>
        <source>Cost / value</source>
        <translation>Cost / value</translation>
    </message>
    <message>
        <source>To recover, p50 / p90</source>
        <translation>To recover, p50 / p90</translation>
    </message>
    <message>
        <source>Amounts in %1. Given is the gestures&apos; face value; cost is what they cost the business, per recovery and per customer back within 90 days. Lifetime value is what a customer had spent when first recorded, where known; cost / value sets the cost per customer against it. Time to recover runs from the moment of failure to the counter&apos;s part done.</source>
        <translation>Amounts in %1. Given is the gestures&apos; face value; cost is what they cost the business, per recovery and per customer back within 90 days. Lifetime value is what a customer had spent when first recorded, where known; cost / value sets the cost per customer against it. Time to recover runs from the moment of failure to the counter&apos;s part done.</translation>
    </message>
    <message>
        <source>%1 of %2 recognised</source>
        <translation>%1 of %2 recognised</translation>
    </message>
    <message>
        <source>Approved stories naming each employee</source>
        <translation>Approved stories naming each employee</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Recoveries opened</source>
        <translation>Recoveries opened</translation>
    </message>
    <message>
        <source>Stories nominated</source>
        <translation>Stories nominated</translation>
    </message>
    <message>
        <source>Everyone who opened a recovery in the range is recognised in a story.</source>
        <translation>Everyone who opened a recovery in the range is recognised in a story.</translation>
    </message>
    <message>
        <source>Opened recoveries but not yet recognised: %1. A story of theirs may be waiting to be told.</source>
        <translation>Opened recoveries but not yet recognised: %1. A story of theirs may be waiting to be told.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>All sites</translation>
    </message>
    <message>
        <source>Sites side by side</source>
        <translation>Sites side by side</translation>
    </message>
    <message>
        <source>Recoveries in the last %1 weeks (▲ signals this week)</source>
        <translation>Recoveries in the last %1 weeks (▲ signals this week)</translation>
    </message>
    <message>
        <source>Given, %1</source>
        <translation>Given, %1</translation>
    </message>
    <message>
        <source>Median minutes from opening to the scheduled follow-up</source>
        <translation>Median minutes from opening to the scheduled follow-up</translation>
    </message>
    <message>
        <source>Average satisfaction at the counter (1–5)</source>
        <translation>Average satisfaction at the counter (1–5)</translation>
    </message>
    <message>
        <source>Share found by staff first (%)</source>
        <translation>Share found by staff first (%)</translation>
    </message>
    <message>
        <source>Share blown away of the customers reached (%), %1</source>
        <translation>Share blown away of the customers reached (%), %1</translation>
    </message>
    <message>
        <source>Recoveries per category</source>
        <translation>Recoveries per category</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sites side by side:&lt;/b&gt; %1. Each site counts the recoveries opened there, with their gestures and follow-ups; “—” where a site has none.</source>
        <translation>&lt;b&gt;Sites side by side:&lt;/b&gt; %1. Each site counts the recoveries opened there, with their gestures and follow-ups; “—” where a site has none.</translation>
    </message>
</context>
<context>
    <name>rebound::ReviewQueueView</name>
    <message>
        <source>Review recoveries that give at least</source>
        <translation>Review recoveries that give at least</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>&amp;Set</translation>
    </message>
    <message>
        <source>&amp;Mark reviewed…</source>
        <translation>&amp;Mark reviewed…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Review every recovery that gives at least</source>
        <translation>Review every recovery that gives at least</translation>
    </message>
    <message>
        <source>Recovery #%1 </source>
        <translation>Recovery #%1 </translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>week of %1</translation>
    </message>
    <message>
        <source>Nothing waits for review.</source>
        <translation>Nothing waits for review.</translation>
    </message>
    <message>
        <source>%L1 items wait for review.</source>
        <translation>%L1 items wait for review.</translation>
    </message>
    <message>
        <source>Choose an item first.</source>
        <translation>Choose an item first.</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Mark reviewed</translation>
    </message>
    <message>
        <source>What did you find? (%1)</source>
        <translation>What did you find? (%1)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>All sites</translation>
    </message>
    <message>
        <source>Recovery #%1 (%2) </source>
        <translation>Recovery #%1 (%2) </translation>
    </message>
</context>
<context>
    <name>rebound::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Printed at the top of the customer&apos;s note</source>
        <translation>Printed at the top of the customer&apos;s note</translation>
    </message>
    <message>
        <source>Who the customer may call, e.g. “Front desk, +1 555 0100”</source>
        <translation>Who the customer may call, e.g. “Front desk, +1 555 0100”</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>%1 · amounts in %2, e.g. %3 · dates like %4</source>
        <translation>%1 · amounts in %2, e.g. %3 · dates like %4</translation>
    </message>
    <message>
        <source>&amp;Business name</source>
        <translation>&amp;Business name</translation>
    </message>
    <message>
        <source>&amp;Contact on notes</source>
        <translation>&amp;Contact on notes</translation>
    </message>
    <message>
        <source>&amp;Lock the counter after</source>
        <translation>&amp;Lock the counter after</translation>
    </message>
    <message>
        <source>&amp;Database (next start)</source>
        <translation>&amp;Database (next start)</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>Shown as</translation>
    </message>
    <message>
        <source>Only a manager may change these settings.</source>
        <translation>Only a manager may change these settings.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>The folder of %1 does not exist.</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>As the system (%1)</translation>
    </message>
    <message>
        <source>La&amp;nguage (next start)</source>
        <translation>La&amp;nguage (next start)</translation>
    </message>
    <message>
        <source>There is no database at %1; create it first with reboundctl init.</source>
        <translation>There is no database at %1; create it first with reboundctl init.</translation>
    </message>
    <message>
        <source>&amp;Opening hours</source>
        <translation>&amp;Opening hours</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Time zone</translation>
    </message>
    <message>
        <source>Each day once: “mon 09:00-18:00”, … “sun closed”. Follow-ups are set inside them.</source>
        <translation>Each day once: “mon 09:00-18:00”, … “sun closed”. Follow-ups are set inside them.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>S&amp;ite of this counter</source>
        <translation>S&amp;ite of this counter</translation>
    </message>
    <message>
        <source>Counter &amp;name</source>
        <translation>Counter &amp;name</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>Central server</source>
        <translation>Central server</translation>
    </message>
    <message>
        <source>The password is never typed here: it goes in ~/.pgpass.</source>
        <translation>The password is never typed here: it goes in ~/.pgpass.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Connected: a Rebound database, schema %1.</source>
        <translation>Connected: a Rebound database, schema %1.</translation>
    </message>
    <message>
        <source>Recoveries, follow-ups and audit entries made here carry this site and counter.</source>
        <translation>Recoveries, follow-ups and audit entries made here carry this site and counter.</translation>
    </message>
</context>
<context>
    <name>rebound::SituationPage</name>
    <message>
        <source>New customer &amp;instead</source>
        <translation>New customer &amp;instead</translation>
    </message>
    <message>
        <source>The c&amp;ustomer told us</source>
        <translation>The c&amp;ustomer told us</translation>
    </message>
    <message>
        <source>We n&amp;oticed first</source>
        <translation>We n&amp;oticed first</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>What happened?</translation>
    </message>
    <message>
        <source>Find the customer, say what went wrong and how much it matters to them.</source>
        <translation>Find the customer, say what went wrong and how much it matters to them.</translation>
    </message>
    <message>
        <source>Type a name, phone, email or room to find a returning customer</source>
        <translation>Type a name, phone, email or room to find a returning customer</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Room or account</source>
        <translation>Room or account</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>What makes a gesture personal: favourite drink, anniversary, a dog…</source>
        <translation>What makes a gesture personal: favourite drink, anniversary, a dog…</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>In the customer&apos;s words. No blame: what went wrong, not who. (Ctrl+Enter: next)</source>
        <translation>In the customer&apos;s words. No blame: what went wrong, not who. (Ctrl+Enter: next)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation>Se&amp;verity</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Customer</translation>
    </message>
    <message>
        <source>P&amp;hone / email</source>
        <translation>P&amp;hone / email</translation>
    </message>
    <message>
        <source>&amp;Room / account</source>
        <translation>&amp;Room / account</translation>
    </message>
    <message>
        <source>Se&amp;gment</source>
        <translation>Se&amp;gment</translation>
    </message>
    <message>
        <source>&amp;Preferences</source>
        <translation>&amp;Preferences</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>&amp;What happened</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>C&amp;ategory</translation>
    </message>
    <message>
        <source>Detected by</source>
        <translation>Detected by</translation>
    </message>
    <message>
        <source>%1 (target %2 min)</source>
        <translation>%1 (target %2 min)</translation>
    </message>
    <message>
        <source>Returning customer, no earlier recoveries.</source>
        <translation>Returning customer, no earlier recoveries.</translation>
    </message>
    <message>
        <source>Returning customer: %1.</source>
        <translation>Returning customer: %1.</translation>
    </message>
    <message>
        <source>Second failure: let down on %1 too (%2, recovery #%3). What to give is suggested one severity notch up.</source>
        <translation>Second failure: let down on %1 too (%2, recovery #%3). What to give is suggested one severity notch up.</translation>
    </message>
    <message>
        <source>Spent with us so far</source>
        <translation>Spent with us so far</translation>
    </message>
    <message>
        <source>if known, from the till or the booking system</source>
        <translation>if known, from the till or the booking system</translation>
    </message>
    <message>
        <source>What this customer has spent with the business: the economics report weighs what recoveries cost against it</source>
        <translation>What this customer has spent with the business: the economics report weighs what recoveries cost against it</translation>
    </message>
    <message>
        <source>Spent with us so &amp;far</source>
        <translation>Spent with us so &amp;far</translation>
    </message>
</context>
<context>
    <name>rebound::StaffView</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Only a manager may change the team.</source>
        <translation>Only a manager may change the team.</translation>
    </message>
    <message>
        <source>Selected employee</source>
        <translation>Selected employee</translation>
    </message>
    <message>
        <source>C&amp;hange role</source>
        <translation>C&amp;hange role</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>New PIN again</translation>
    </message>
    <message>
        <source>&amp;Reset PIN</source>
        <translation>&amp;Reset PIN</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>New PIN, twice</source>
        <translation>New PIN, twice</translation>
    </message>
    <message>
        <source>Add an employee</source>
        <translation>Add an employee</translation>
    </message>
    <message>
        <source>What they type or pick to sign in, e.g. A7</source>
        <translation>What they type or pick to sign in, e.g. A7</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <source>&amp;Add employee</source>
        <translation>&amp;Add employee</translation>
    </message>
    <message>
        <source>Co&amp;de</source>
        <translation>Co&amp;de</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>R&amp;ole</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>Locked out until %1</source>
        <translation>Locked out until %1</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong PIN(s) in a row</source>
        <translation>
            <numerusform>%n wrong PIN in a row</numerusform>
            <numerusform>%n wrong PINs in a row</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>Nobody selected</source>
        <translation>Nobody selected</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Re&amp;activate</translation>
    </message>
    <message>
        <source>The two PINs differ; type them again.</source>
        <translation>The two PINs differ; type them again.</translation>
    </message>
    <message>
        <source>%1 can sign in now.</source>
        <translation>%1 can sign in now.</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 is now: %2.</translation>
    </message>
    <message>
        <source>%1&apos;s PIN is reset; tell them the new one in person.</source>
        <translation>%1&apos;s PIN is reset; tell them the new one in person.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 can sign in again.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 can no longer sign in.</translation>
    </message>
    <message>
        <source>Locked out until a manager unlocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · PIN older than the rule for this role (%2 digits): give a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN, twice (%1 digits, %2 for a supervisor or a manager)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::StoriesView</name>
    <message>
        <source>Declined by %1</source>
        <translation>Declined by %1</translation>
    </message>
    <message>
        <source>Waiting for a supervisor</source>
        <translation>Waiting for a supervisor</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>All stories</source>
        <translation>All stories</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Review…</translation>
    </message>
    <message>
        <source>Prevention &amp;action…</source>
        <translation>Prevention &amp;action…</translation>
    </message>
    <message>
        <source>Open a prevention action on what this story teaches</source>
        <translation>Open a prevention action on what this story teaches</translation>
    </message>
    <message>
        <source>&amp;Line-up sheet as PDF…</source>
        <translation>&amp;Line-up sheet as PDF…</translation>
    </message>
    <message>
        <source>Two approved stories of the week, recognising different people, for the team briefing</source>
        <translation>Two approved stories of the week, recognising different people, for the team briefing</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Story</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recovery</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Recognises</source>
        <translation>Recognises</translation>
    </message>
    <message>
        <source>Nominated by</source>
        <translation>Nominated by</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>No story here yet. Anyone nominates one from a recovery: open it from the main screen and choose “Nominate as a story”.</source>
        <translation>No story here yet. Anyone nominates one from a recovery: open it from the main screen and choose “Nominate as a story”.</translation>
    </message>
    <message>
        <source>%L1 stories.</source>
        <translation>%L1 stories.</translation>
    </message>
    <message>
        <source>Choose a story first.</source>
        <translation>Choose a story first.</translation>
    </message>
    <message>
        <source>Prevention action opened; it is on the Prevention tab.</source>
        <translation>Prevention action opened; it is on the Prevention tab.</translation>
    </message>
    <message>
        <source>The line-up could not be read.</source>
        <translation>The line-up could not be read.</translation>
    </message>
    <message>
        <source>Line-up</source>
        <translation>Line-up</translation>
    </message>
    <message>
        <source>Line-up sheet written to %1.</source>
        <translation>Line-up sheet written to %1.</translation>
    </message>
    <message>
        <source>line-up.pdf</source>
        <translation>line-up.pdf</translation>
    </message>
</context>
<context>
    <name>rebound::StoryDialog</name>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>What went wrong for the customer</source>
        <translation>What went wrong for the customer</translation>
    </message>
    <message>
        <source>What we did</source>
        <translation>What we did</translation>
    </message>
    <message>
        <source>The apology, the fix, what was given, anything beyond the rules</source>
        <translation>The apology, the fix, what was given, anything beyond the rules</translation>
    </message>
    <message>
        <source>How the customer reacted</source>
        <translation>How the customer reacted</translation>
    </message>
    <message>
        <source>What they said or did: at the counter, at the follow-up, afterwards</source>
        <translation>What they said or did: at the counter, at the follow-up, afterwards</translation>
    </message>
    <message>
        <source>What we learned</source>
        <translation>What we learned</translation>
    </message>
    <message>
        <source>What others can copy, and what could stop it happening again</source>
        <translation>What others can copy, and what could stop it happening again</translation>
    </message>
    <message>
        <source>Why it is declined (the nominating employee reads it)</source>
        <translation>Why it is declined (the nominating employee reads it)</translation>
    </message>
    <message>
        <source>Nominate recovery #%1 as a story</source>
        <translation>Nominate recovery #%1 as a story</translation>
    </message>
    <message>
        <source>A recovery worth telling: say it in four parts, in your own words. A supervisor reads it; once approved it goes on the board and recognises everyone who worked the recovery.</source>
        <translation>A recovery worth telling: say it in four parts, in your own words. A supervisor reads it; once approved it goes on the board and recognises everyone who worked the recovery.</translation>
    </message>
    <message>
        <source>Story #%1</source>
        <translation>Story #%1</translation>
    </message>
    <message>
        <source>Recovery #%1 · %2 · %3. Nominated by %4 on %5. It recognises %6.</source>
        <translation>Recovery #%1 · %2 · %3. Nominated by %4 on %5. It recognises %6.</translation>
    </message>
    <message>
        <source>Declined by %1: %2</source>
        <translation>Declined by %1: %2</translation>
    </message>
    <message>
        <source>What &amp;happened</source>
        <translation>What &amp;happened</translation>
    </message>
    <message>
        <source>What we &amp;did</source>
        <translation>What we &amp;did</translation>
    </message>
    <message>
        <source>How the customer &amp;reacted</source>
        <translation>How the customer &amp;reacted</translation>
    </message>
    <message>
        <source>What we &amp;learned</source>
        <translation>What we &amp;learned</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>&amp;Save the edits</source>
        <translation>&amp;Save the edits</translation>
    </message>
    <message>
        <source>D&amp;ecline</source>
        <translation>D&amp;ecline</translation>
    </message>
    <message>
        <source>Decline &amp;because</source>
        <translation>Decline &amp;because</translation>
    </message>
    <message>
        <source>&amp;Nominate</source>
        <translation>&amp;Nominate</translation>
    </message>
</context>
<context>
    <name>rebound::SummaryPage</name>
    <message>
        <source>Recovery saved</source>
        <translation>Recovery saved</translation>
    </message>
    <message>
        <source>Summary of the recovery</source>
        <translation>Summary of the recovery</translation>
    </message>
    <message>
        <source>&amp;Print the customer&apos;s note…</source>
        <translation>&amp;Print the customer&apos;s note…</translation>
    </message>
    <message>
        <source>Recovery #%1, recovered in %2.</source>
        <translation>Recovery #%1, recovered in %2.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 — %2, %3&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1 — %2, %3&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What happened:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;What happened:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Apology:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Apology:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(the playbook&apos;s words)</source>
        <translation>(the playbook&apos;s words)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Fix:&lt;/b&gt; %1&lt;br&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Fix:&lt;/b&gt; %1&lt;br&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
    <message>
        <source>not yet resolved</source>
        <translation>not yet resolved</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Gestures:&lt;/b&gt; none&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Gestures:&lt;/b&gt; none&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Gestures:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Gestures:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;%1 — %2&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1 — %2&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;/ul&gt;&lt;p&gt;Total &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;/ul&gt;&lt;p&gt;Total &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>, approved by %1</source>
        <translation>, approved by %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Voucher code(s) for the customer:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Voucher code(s) for the customer:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Follow-up:&lt;/b&gt; %1 by %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Follow-up:&lt;/b&gt; %1 by %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Satisfaction:&lt;/b&gt; %1 / 5&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Satisfaction:&lt;/b&gt; %1 / 5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#55615F&apos;&gt;Recorded by %1 at %2 under playbook “%3”.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#55615F&apos;&gt;Recorded by %1 at %2 under playbook “%3”.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Save the customer&apos;s note as PD&amp;F…</source>
        <translation>Save the customer&apos;s note as PD&amp;F…</translation>
    </message>
    <message>
        <source>Saved on this counter while the server is away; it is sent as soon as the server answers.</source>
        <translation>Saved on this counter while the server is away; it is sent as soon as the server answers.</translation>
    </message>
</context>
<context>
    <name>rebound::SupervisorWorkspace</name>
    <message>
        <source>Supervisor workspace</source>
        <translation>Supervisor workspace</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>Back to the &amp;counter</source>
        <translation>Back to the &amp;counter</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Audit log</translation>
    </message>
    <message>
        <source>&amp;Review queue</source>
        <translation>&amp;Review queue</translation>
    </message>
    <message>
        <source>Every follow-up due today or overdue, whoever owns it.</source>
        <translation>Every follow-up due today or overdue, whoever owns it.</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Follow-ups</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>Re&amp;ports</translation>
    </message>
    <message>
        <source>Play&amp;book and limits</source>
        <translation>Play&amp;book and limits</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>&amp;Staff</translation>
    </message>
    <message>
        <source>Categories and &amp;gestures</source>
        <translation>Categories and &amp;gestures</translation>
    </message>
    <message>
        <source>Prac&amp;tice</source>
        <translation>Prac&amp;tice</translation>
    </message>
    <message>
        <source>St&amp;ories</source>
        <translation>St&amp;ories</translation>
    </message>
    <message>
        <source>Pre&amp;vention</source>
        <translation>Pre&amp;vention</translation>
    </message>
</context>
</TS>
