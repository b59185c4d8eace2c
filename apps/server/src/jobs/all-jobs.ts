/**
 * Every module that registers scheduled jobs, imported once by the scheduler. Add one import line per module
 * (e.g. `import '../modules/reminders/reminder.jobs';`).
 */
import './builtin-jobs';
import './reminder-jobs';
