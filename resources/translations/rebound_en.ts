<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DefaultPlaybook</name>
    <message>
        <source>Rebound default playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher for a next visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A round of drinks for the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dessert on the house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakfast on the house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late check-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flowers or a small personal gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A driver for the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One month of service free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{customer}, I&apos;m sorry we charged you incorrectly. That should never happen, and I&apos;ll put it right with you now. I&apos;m {employee}, and I&apos;ll see this through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for pointing this out, {customer}. You shouldn&apos;t have to check our bills for us; I&apos;m sorry. Let me correct it right away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the charge or order in the billing system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse or correct the wrong amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove any fee that followed from the mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the correction to the customer in writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note what made the mistake possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m so sorry for the wait, {customer}. Your time matters, and we didn&apos;t respect it. I&apos;m {employee}, and I&apos;m taking care of this now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{customer}, thank you for your patience; you shouldn&apos;t have needed it. Let me make this right straight away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find out where the order or service is stuck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the customer a realistic time and keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prioritise the order now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the team what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defect or outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{customer}, I&apos;m sorry this isn&apos;t working as it should. You counted on it. I&apos;m {employee}; let&apos;s get you a working solution today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We let you down with this, {customer}, and I apologise. Here is what I&apos;ll do right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the defect or outage and its extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace, repair or restore service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer a working alternative while the fix is under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report the defect to the team that owns it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{customer}, we promised you something and didn&apos;t deliver. I&apos;m truly sorry. I&apos;m {employee}, and I&apos;ll make sure you get what you were promised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m sorry, {customer}. You planned around our word and we let you down. Let me fix that now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find out exactly what was promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver it now, or the closest thing available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the customer informed until it is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the customer&apos;s belongings or time slot meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff conduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{customer}, I&apos;m sorry for how you were spoken to. That is not how we treat our guests. I&apos;m {employee}, and I&apos;d like to make it right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for telling us, {customer}. You deserved courtesy and didn&apos;t get it; I apologise on behalf of all of us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen to the whole story without interrupting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the original request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrange a call from the manager within a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what happened, without naming blame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{customer}, I&apos;m sorry; this should have been ready and working for you. I&apos;m {employee}, and I&apos;ll sort it out now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That&apos;s not the stay we wanted for you, {customer}. I apologise, and here&apos;s what I&apos;m going to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the room, car or equipment in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call maintenance or the outside company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the customer somewhere comfortable meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the repair before the customer returns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Service-recovery assistant for the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo database (created and filled once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebound could not open the database
%1

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebound cannot open its database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 earlier recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 earlier recoveries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::ApologyPage</name>
    <message>
        <source>&amp;Apology given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apologize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own it: a sincere apology from you, now, without blaming anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested apologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apology given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;uggested words (pick one, then say it in your own way)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you &amp;said</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::ApprovalDialog</name>
    <message>
        <source>Supervisor approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; wants to give &lt;b&gt;%2&lt;/b&gt;.&lt;br&gt;%3.&lt;br&gt;&lt;br&gt;A supervisor or manager other than %1 enters their own code and PIN to approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver&apos;s PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver&apos;s &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver&apos;s &amp;PIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::AuditLogModel</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::AuditLogView</name>
    <message>
        <source>&amp;Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overrides only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min. total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum recovery total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery&apos;s full history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;note as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#55615F&apos;&gt;Select an entry that belongs to a recovery to see its whole history here.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Recovery #%1&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;The audit log is intact:&lt;/b&gt; all %L2 entries are chained and unchanged.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;The audit log has been tampered with:&lt;/b&gt; %2&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;The check could not finish:&lt;/b&gt; %2&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::CompensationPage</name>
    <message>
        <source>Ask a su&amp;pervisor to approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it personal, and when in doubt, overreact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested gestures; Enter adds one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another gesture from the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gestures given; Delete removes one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gesture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past recoveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suggested (Enter adds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 · %2 · %3 customer&lt;/b&gt; — suggested budget &lt;b&gt;%4&lt;/b&gt;, overreact &lt;b&gt;%5&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2   ▲ overreact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notch above the standard gesture: for when the failure hurt more than it looks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;No notes yet for %1.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · gave %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · satisfaction %1/5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First recovery for this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount must be more than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#C62828&apos;&gt;%1&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your limit %1 per recovery · %2 left today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your limit %1 per recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within your authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a supervisor approves it here with their own PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. You may give up to %2 on your own, or more with a supervisor&apos;s approval; lower the amounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:13pt&apos;&gt;Total &lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; — %2&lt;br&gt;&lt;span style=&apos;color:%3; font-weight:600&apos;&gt;%4&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::ExportDialog</name>
    <message>
        <source>&amp;All dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;byte-order mark (for spreadsheets that need one to read UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recoveries (incidents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first date is after the last one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 rows written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::FirstRunPage</name>
    <message>
        <source>Welcome to Rebound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is new. Create the first manager: they set up the rest of the team and the playbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN (4–8 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs differ; type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::FixPage</name>
    <message>
        <source>&amp;Resolved: the problem itself is fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the problem right first; the gesture comes after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done, and what is still pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to prevent it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause and how to stop it happening again (seen by managers; no names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hecklist (Space ticks a step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prevention note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::FollowUpPage</name>
    <message>
        <source>Follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call or a note later shows the customer we meant it. Keys 1–5 record their satisfaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 · very unhappy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 · delighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction %1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1. Everything you typed is still here; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::FollowUpsTable</name>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the follow-up with %1 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did the follow-up with %1 go?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::HomePage</name>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor &amp;workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock  (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery   Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a customer by name, phone, email or room/account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open recoveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups due today and overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type two letters or digits of a name, phone, email or room to see a customer&apos;s notes and past recoveries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::LoginPage</name>
    <message>
        <source>Rebound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to open a recovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;%1&amp;nbsp;&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;td&gt;&amp;nbsp;%3&amp;nbsp;&lt;/td&gt;&lt;td&gt;&amp;nbsp;PIN &lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo database&lt;/b&gt; — sign in as any of these:&lt;table&gt;%1&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your name from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::MainWindow</name>
    <message>
        <source>Rebound — demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::NotePrinter</name>
    <message>
        <source>Save the note as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note was saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note was sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::PlaybookView</name>
    <message>
        <source>&amp;Save limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import playbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport playbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per day (empty: no cap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May approve up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spending limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within these limits the front line acts at once; above them a supervisor approves on the spot. Every change makes a new playbook version and is audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager may change the playbook and the limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playbook (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;In force:&lt;/b&gt; “%1”, version %2 — %3 categories, %4 catalog items, %5 segments, currency %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported; the playbook in force is unchanged. %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playbook version %1 is now in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playbook version %1 written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may approve up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits saved as playbook version %1; they apply to the next recovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::RecoveryNote</name>
    <message>
        <source>Our apologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1 · %2 · reference R-%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We are sorry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problem has been put right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We are still working on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With our compliments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voucher code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We will be in touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will contact you by %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is your contact for anything more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions? %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for giving us the chance to make this right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::RecoveryWizard</name>
    <message>
        <source>New recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apologize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time so far: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::ReportsView</name>
    <message>
        <source>Combustion points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction after recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found by staff first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recoveries per category, week by week (weeks start on Monday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ▲ rising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No category is rising this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Rising this week:&lt;/b&gt; %1 — more than one and a half times the four weeks before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given and what it cost, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost to the business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who / what / when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recoveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total given in the period: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes from opening to the scheduled follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How satisfied customers left, per category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who noticed first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff, before a complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found by staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found by staff before the customer complained: &lt;b&gt;%1&lt;/b&gt; of all recoveries in the period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::ReviewQueueView</name>
    <message>
        <source>Review recoveries that give at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark reviewed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review every recovery that gives at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery #%1 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 items wait for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an item first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you find? (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed at the top of the customer&apos;s note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the customer may call, e.g. “Front desk, +1 555 0100”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · amounts in %2, e.g. %3 · dates like %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Business name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact on notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock the counter after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database (next start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager may change these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::SituationPage</name>
    <message>
        <source>New customer &amp;instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The c&amp;ustomer told us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We n&amp;oticed first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the customer, say what went wrong and how much it matters to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, phone, email or room to find a returning customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room or account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What makes a gesture personal: favourite drink, anniversary, a dog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the customer&apos;s words. No blame: what went wrong, not who. (Ctrl+Enter: next)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone / email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Room / account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;gment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (target %2 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning customer, no earlier recoveries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning customer: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::SummaryPage</name>
    <message>
        <source>Recovery saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the customer&apos;s note as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the customer&apos;s note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery #%1, recovered in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 — %2, %3&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What happened:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Apology:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the playbook&apos;s words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Fix:&lt;/b&gt; %1&lt;br&gt;%2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Gestures:&lt;/b&gt; none&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Gestures:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;%1 — %2&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;/ul&gt;&lt;p&gt;Total &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, approved by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Voucher code(s) for the customer:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Follow-up:&lt;/b&gt; %1 by %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Satisfaction:&lt;/b&gt; %1 / 5&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#55615F&apos;&gt;Recorded by %1 at %2 under playbook “%3”.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::SupervisorWorkspace</name>
    <message>
        <source>Supervisor workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the &amp;counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every follow-up due today or overdue, whoever owns it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play&amp;book and limits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
