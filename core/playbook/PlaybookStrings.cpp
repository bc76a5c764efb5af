// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Generated from resources/playbook/default.json by scripts/playbook-strings.py: the built-in playbook's
// words, so lupdate offers them to translators. Custom playbooks are shown as written.
#include "playbook/PlaybookText.h"

#include <QtGlobal>

namespace rebound::PlaybookText {

const char* const BuiltInStrings[] = {
    QT_TRANSLATE_NOOP("DefaultPlaybook", "Rebound default playbook"),
    QT_TRANSLATE_NOOP("DefaultPlaybook", "Standard"),
    QT_TRANSLATE_NOOP("DefaultPlaybook", "Regular"),
    QT_TRANSLATE_NOOP("DefaultPlaybook", "VIP"),
    QT_TRANSLATE_NOOP("DefaultPlaybook", "Minor"),
    QT_TRANSLATE_NOOP("DefaultPlaybook", "Moderate"),
    QT_TRANSLATE_NOOP("DefaultPlaybook", "Major"),
    QT_TRANSLATE_NOOP("DefaultPlaybook", "Critical"),
    QT_TRANSLATE_NOOP("DefaultPlaybook", "Refund"),
    QT_TRANSLATE_NOOP("DefaultPlaybook", "Account credit"),
    QT_TRANSLATE_NOOP("DefaultPlaybook", "Voucher for a next visit"),
    QT_TRANSLATE_NOOP("DefaultPlaybook", "Personal gift"),
    QT_TRANSLATE_NOOP("DefaultPlaybook", "Upgrade"),
    QT_TRANSLATE_NOOP("DefaultPlaybook", "Fee waived"),
    QT_TRANSLATE_NOOP("DefaultPlaybook", "A round of drinks for the table"),
    QT_TRANSLATE_NOOP("DefaultPlaybook", "Dessert on the house"),
    QT_TRANSLATE_NOOP("DefaultPlaybook", "Breakfast on the house"),
    QT_TRANSLATE_NOOP("DefaultPlaybook", "Late check-out"),
    QT_TRANSLATE_NOOP("DefaultPlaybook", "Flowers or a small personal gift"),
    QT_TRANSLATE_NOOP("DefaultPlaybook", "A driver for the day"),
    QT_TRANSLATE_NOOP("DefaultPlaybook", "One month of service free"),
    QT_TRANSLATE_NOOP("DefaultPlaybook", "Billing"),
    QT_TRANSLATE_NOOP("DefaultPlaybook",
                      "{customer}, I'm sorry we charged you incorrectly. That should never happen, and I'll "
                      "put it right with you now. I'm {employee}, and I'll see this through."),
    QT_TRANSLATE_NOOP("DefaultPlaybook", "Thank you for pointing this out, {customer}. You shouldn't have to "
                                         "check our bills for us; I'm sorry. Let me correct it right away."),
    QT_TRANSLATE_NOOP("DefaultPlaybook", "Find the charge or order in the billing system"),
    QT_TRANSLATE_NOOP("DefaultPlaybook", "Reverse or correct the wrong amount"),
    QT_TRANSLATE_NOOP("DefaultPlaybook", "Remove any fee that followed from the mistake"),
    QT_TRANSLATE_NOOP("DefaultPlaybook", "Confirm the correction to the customer in writing"),
    QT_TRANSLATE_NOOP("DefaultPlaybook", "Note what made the mistake possible"),
    QT_TRANSLATE_NOOP("DefaultPlaybook", "Delay"),
    QT_TRANSLATE_NOOP("DefaultPlaybook",
                      "I'm so sorry for the wait, {customer}. Your time matters, and we didn't respect it. "
                      "I'm {employee}, and I'm taking care of this now."),
    QT_TRANSLATE_NOOP("DefaultPlaybook", "{customer}, thank you for your patience; you shouldn't have needed "
                                         "it. Let me make this right straight away."),
    QT_TRANSLATE_NOOP("DefaultPlaybook", "Find out where the order or service is stuck"),
    QT_TRANSLATE_NOOP("DefaultPlaybook", "Give the customer a realistic time and keep it"),
    QT_TRANSLATE_NOOP("DefaultPlaybook", "Prioritise the order now"),
    QT_TRANSLATE_NOOP("DefaultPlaybook", "Tell the team what happened"),
    QT_TRANSLATE_NOOP("DefaultPlaybook", "Defect or outage"),
    QT_TRANSLATE_NOOP("DefaultPlaybook", "{customer}, I'm sorry this isn't working as it should. You counted "
                                         "on it. I'm {employee}; let's get you a working solution today."),
    QT_TRANSLATE_NOOP(
        "DefaultPlaybook",
        "We let you down with this, {customer}, and I apologise. Here is what I'll do right now."),
    QT_TRANSLATE_NOOP("DefaultPlaybook", "Confirm the defect or outage and its extent"),
    QT_TRANSLATE_NOOP("DefaultPlaybook", "Replace, repair or restore service"),
    QT_TRANSLATE_NOOP("DefaultPlaybook", "Offer a working alternative while the fix is under way"),
    QT_TRANSLATE_NOOP("DefaultPlaybook", "Report the defect to the team that owns it"),
    QT_TRANSLATE_NOOP("DefaultPlaybook", "Broken promise"),
    QT_TRANSLATE_NOOP("DefaultPlaybook",
                      "{customer}, we promised you something and didn't deliver. I'm truly sorry. I'm "
                      "{employee}, and I'll make sure you get what you were promised."),
    QT_TRANSLATE_NOOP(
        "DefaultPlaybook",
        "I'm sorry, {customer}. You planned around our word and we let you down. Let me fix that now."),
    QT_TRANSLATE_NOOP("DefaultPlaybook", "Find out exactly what was promised"),
    QT_TRANSLATE_NOOP("DefaultPlaybook", "Deliver it now, or the closest thing available"),
    QT_TRANSLATE_NOOP("DefaultPlaybook", "Keep the customer informed until it is done"),
    QT_TRANSLATE_NOOP("DefaultPlaybook", "Hold the customer's belongings or time slot meanwhile"),
    QT_TRANSLATE_NOOP("DefaultPlaybook", "Staff conduct"),
    QT_TRANSLATE_NOOP("DefaultPlaybook",
                      "{customer}, I'm sorry for how you were spoken to. That is not how we treat our "
                      "guests. I'm {employee}, and I'd like to make it right."),
    QT_TRANSLATE_NOOP("DefaultPlaybook", "Thank you for telling us, {customer}. You deserved courtesy and "
                                         "didn't get it; I apologise on behalf of all of us."),
    QT_TRANSLATE_NOOP("DefaultPlaybook", "Listen to the whole story without interrupting"),
    QT_TRANSLATE_NOOP("DefaultPlaybook", "Resolve the original request"),
    QT_TRANSLATE_NOOP("DefaultPlaybook", "Arrange a call from the manager within a day"),
    QT_TRANSLATE_NOOP("DefaultPlaybook", "Record what happened, without naming blame"),
    QT_TRANSLATE_NOOP("DefaultPlaybook", "Facility"),
    QT_TRANSLATE_NOOP("DefaultPlaybook", "{customer}, I'm sorry; this should have been ready and working for "
                                         "you. I'm {employee}, and I'll sort it out now."),
    QT_TRANSLATE_NOOP(
        "DefaultPlaybook",
        "That's not the stay we wanted for you, {customer}. I apologise, and here's what I'm going to do."),
    QT_TRANSLATE_NOOP("DefaultPlaybook", "Check the room, car or equipment in person"),
    QT_TRANSLATE_NOOP("DefaultPlaybook", "Call maintenance or the outside company"),
    QT_TRANSLATE_NOOP("DefaultPlaybook", "Move the customer somewhere comfortable meanwhile"),
    QT_TRANSLATE_NOOP("DefaultPlaybook", "Confirm the repair before the customer returns"),
};

const std::size_t BuiltInStringCount = sizeof BuiltInStrings / sizeof BuiltInStrings[0];

} // namespace rebound::PlaybookText
