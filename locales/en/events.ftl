# Workshops and salons people register for: the seats and the reader's own registration on the
# card, its buttons, the answers to them, needs, and the messages an event sends one person
# (an offered seat, "still coming?", reminders, a move or a cancel, the organisers' message).
# "Thursday, 3/12/2026, 18:00": a deadline or a time in the event's zone.
ev-moment = { $weekday }, { $date }, { $time }
ev-over = ⏱️ This event has taken place.
ev-seats-open = 🪑 Seats are free.
ev-seats-few = { $count ->
    [one] 🪑 Only 1 seat left.
   *[other] 🪑 Only { $count } seats left.
}
ev-seats-full = 🪑 Full: you can join the waitlist.
ev-mine-registered = ✅ You have a seat. Your check-in code: { $code }
ev-mine-waiting = 🕒 You are on the waitlist: number { $place }.
ev-mine-offered = 🎟️ A seat is free for you! Please answer by { $deadline }.
btn-ev-come = ✅ I'll come
btn-ev-join = 🕒 Join the waitlist
btn-ev-cant = ❌ Can't come
btn-ev-needs = 🙋 What I need to take part
btn-ev-calendar = 📅 Add to my calendar
btn-ev-cancel = ❌ Give up my seat
btn-ev-leave = ❌ Leave the waitlist
btn-ev-accept = ✅ Take the seat
btn-ev-decline = ❌ I can't come
btn-ev-still = ✅ Yes, I'm coming
btn-ev-free = ❌ Free my seat
ev-registered = ✅ You have a seat. Show this code at the entrance: { $code }
    The file below adds the event to your phone's calendar.
ev-waiting = 🕒 All seats are taken. You are number { $place } on the waitlist. When a seat frees, you get a message and can take it.
ev-left = Done: your seat is free for someone else. You can register again while seats are free.
ev-left-line = Done: you have left the waitlist.
ev-noted = Thank you for telling us.
ev-offer-gone = This offer has ended.
ev-declined = Thank you for telling us: the seat goes to the next person in line.
ev-still-thanks = Thank you! See you there.
ev-no-seat = You have no seat for this event.
ev-is-cancelled = This event is cancelled.
ev-is-over = This event has taken place; nothing can be changed any more.
ev-calendar-caption = 📅 { $title }: open this file to add it to your calendar.
ev-needs-ask = Do you need anything to take part? Tap what applies. The organisers only see how many people need what, never who.
ev-needs-no-interpreter = none
btn-ev-interpreter = 🗣️ Interpreter: { $language }
btn-ev-childcare = Childcare
btn-ev-access = Step-free access
btn-ev-no-interpreter = No interpreter
btn-ev-needs-done = ✅ Done
ev-needs-interpreter-ask = Into which language should someone interpret for you?
ev-needs-saved = Saved. Thank you!
ev-offer = 🎟️ A seat is free for you: { $title }
    { $when }
    Do you want it? Please answer by { $deadline }; after that it goes to the next person in line.
ev-offer-lapsed = ⌛ The seat for "{ $title }" went to the next person in line, as there was no answer in time. You can join the waitlist again on the event's message.
ev-still = Are you still coming to "{ $title }"?
    { $when }
    If not, one tap frees your seat for someone on the waitlist.
ev-reminder = ⏰ Reminder: { $title }
    { $when }
    📍 { $place }
    Your check-in code: { $code }
ev-reminder-no-place = ⏰ Reminder: { $title }
    { $when }
    Your check-in code: { $code }
ev-moved = 🗓️ New time for "{ $title }":
    { $when }
    Your seat stays yours. A new calendar file follows.
ev-moved-waiting = 🗓️ New time for "{ $title }":
    { $when }
    You are still on the waitlist.
ev-cancelled = ❌ "{ $title }" is cancelled and does not take place. We are sorry.
ev-organisers = ✉️ From the organisers of "{ $title }":

    { $body }

# Coordinators: /events, the buttons under each event, /checkin, moving and writing.
staff-ev-none = You have no open events. Announce a workshop or salon with /announce.
staff-ev-unlimited = unlimited
staff-ev-counts = Registered: { $registered } of { $seats } (+{ $reserved } reserved) · waitlist: { $waiting } · offers open: { $offered } · checked in: { $checked }
staff-ev-needs = Needs: { $list }
staff-ev-needs-interpreters = interpreters: { $list }
staff-ev-needs-childcare = childcare: { $count }
staff-ev-needs-access = step-free access: { $count }
staff-ev-needs-none = Needs: none stated so far.
btn-staff-ev-export = 📋 Attendee list (CSV)
btn-staff-ev-message = ✉️ Message the registered
btn-staff-ev-move = 🗓️ Move
btn-staff-ev-cancel = 🚫 Cancel the event
btn-staff-ev-close = 🏁 Close: count attendance
staff-ev-export-caption = Attendee list: pseudonyms, status, check-in and needs. No names or Telegram ids.
staff-ev-cancel-ask = Cancel this event? Every card shows "cancelled" and everyone registered or waiting is told.
btn-staff-ev-cancel-yes = Yes, cancel it
btn-staff-ev-cancel-no = No, keep it
staff-ev-cancelled = Cancelled. { $count } people taking part are being told.
staff-ev-not-yet = The event has not started yet; you can close it once it has.
staff-ev-closed = Closed. { $attended } of { $registered } registered people checked in.
staff-ev-closed-before = This event was closed before.
staff-ev-move-flow = 🗓️ Move an event
staff-ev-move-ask = 🗓️ The new date and time:
staff-ev-message-flow = ✉️ Message the registered
staff-ev-message-ask = ✉️ Your message to everyone registered (it is sent as you write it):
staff-ev-label-message = Message
staff-ev-summary = Please check:
staff-ev-saving = Saving…
staff-ev-moved = Moved to { $when }. { $count } people taking part are being told and get a new calendar file.
staff-ev-message-sent = Your message is going out to { $count } registered people.
staff-ev-checkin-usage = Type /checkin and the code from the person's card, e.g. /checkin K7M2 PQ9X
staff-ev-checked-in = ✅ Checked in for "{ $title }". { $checked } of { $registered } are here.
staff-ev-checked-in-before = This code was checked in before ("{ $title }"). { $checked } of { $registered } are here.
staff-ev-checkin-unknown = ⚠️ No seat with this code in your open events. Please check the code (letters and digits, no 0, O, 1, I or L).
staff-ev-which-ideas = Which ideas were discussed at this salon? Tap each one: its author is told at once, in their language (this cannot be taken back).
staff-ev-no-ideas = There are no open ideas from your regions to mark as discussed.
staff-ev-idea-marked = { $idea }: marked as discussed; its author is being told.
